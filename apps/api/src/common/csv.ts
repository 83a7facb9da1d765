import { stringify } from 'csv-stringify/sync';
import type { Response } from 'express';

/**
 * A published list as CSV: a title line, a header, the rows. Starts with the UTF-8 byte-order
 * mark so that spreadsheet programs read the Vietnamese correctly.
 */
export function csvDownload(res: Response, filename: string, title: string, header: string[], rows: unknown[][]): string {
  res.setHeader('content-type', 'text/csv; charset=utf-8');
  res.setHeader('content-disposition', `attachment; filename="${filename}"`);
  return '\uFEFF' + stringify([[title], header, ...rows]);
}
