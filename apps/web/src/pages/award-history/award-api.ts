import type { components } from '../../api/schema';
import type { ResponseOf } from '../../api/types';
import { readToken } from '../../auth/token';
import { toApiError } from '../../api/errors';

export type AwardRecord = ResponseOf<'/api/v1/award-history', 'get'>[number];
export type AwardImportResult = components['schemas']['AwardImportResult'];
/** One bad cell of a refused spreadsheet: its row as the spreadsheet numbers it, its column, why. */
export type AwardImportProblem = components['schemas']['AwardImportProblem'];

/** Sends a filled template; a refusal carries every bad row in its field errors. */
export async function postAwardFile(file: File): Promise<AwardImportResult> {
  const form = new FormData();
  form.append('file', file, file.name);
  const response = await fetch('/api/v1/award-history/import', {
    method: 'POST',
    headers: { Authorization: `Bearer ${readToken() ?? ''}` },
    body: form,
  });
  const body = await response.json().catch(() => null);
  if (!response.ok) throw toApiError(response.status, body);
  return body as AwardImportResult;
}

/** The problems of a refused import as the API listed them (row and column included). */
export function importProblems(fieldErrors: unknown[]): AwardImportProblem[] {
  return fieldErrors.filter((e): e is AwardImportProblem => typeof (e as AwardImportProblem).row === 'number');
}
