import { HttpStatus } from '@nestjs/common';
import ExcelJS from 'exceljs';
import yauzl from 'yauzl';
import {
  AWARD_LEVEL_LABELS,
  AWARD_SHEET_COLUMNS,
  AWARD_TITLES,
  NOMINEE_KIND_LABELS,
  slugify,
  type AwardRowProblem,
  type AwardSheetField,
  type AwardSheetRow,
} from '#domain';
import { ApiError } from '../common/api-error.js';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DATA_SHEET = 'Lịch sử khen thưởng';
const CATALOGUE_SHEET = 'Danh mục danh hiệu';
/** Rows of the template that offer the lists (Loại, Danh hiệu) in a drop-down. */
const TEMPLATE_ROWS = 500;
/** An XLSX is a zip: what it may expand to when read (exceljs inflates it whole in memory). */
const MAX_EXPANDED_BYTES = 50 * 1024 * 1024;

/**
 * The template the units fill: the columns in Vietnamese on the first sheet (the date of birth a
 * text column, so Excel does not read 05/09 as 9 May), drop-downs for the kind and the title, and
 * the catalogue of titles on the second sheet.
 */
export async function awardTemplate(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Hệ thống xét chọn điển hình tiên tiến';
  const data = workbook.addWorksheet(DATA_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  const widths: Record<AwardSheetField, number> = {
    fullName: 30,
    dateOfBirth: 22,
    unitCode: 16,
    kind: 22,
    title: 32,
    year: 8,
    decisionRef: 22,
  };
  data.columns = AWARD_SHEET_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: widths[c.key] }));
  data.getRow(1).font = { bold: true };
  data.getColumn('dateOfBirth').numFmt = '@';
  data.getColumn('decisionRef').numFmt = '@';
  const kinds = Object.values(NOMINEE_KIND_LABELS).join(',');
  for (let r = 2; r <= TEMPLATE_ROWS + 1; r++) {
    data.getCell(r, column('kind')).dataValidation = { type: 'list', allowBlank: true, formulae: [`"${kinds}"`] };
    data.getCell(r, column('title')).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [`'${CATALOGUE_SHEET}'!$B$2:$B$${AWARD_TITLES.length + 1}`],
    };
  }

  const catalogue = workbook.addWorksheet(CATALOGUE_SHEET);
  catalogue.columns = [
    { header: 'Mã', key: 'code', width: 30 },
    { header: 'Danh hiệu', key: 'name', width: 32 },
    { header: 'Dành cho', key: 'kinds', width: 20 },
    { header: 'Cấp', key: 'level', width: 14 },
  ];
  catalogue.getRow(1).font = { bold: true };
  for (const t of AWARD_TITLES) {
    catalogue.addRow({
      code: t.code,
      name: t.name,
      kinds: t.kinds.map((k) => NOMINEE_KIND_LABELS[k]).join(', '),
      level: AWARD_LEVEL_LABELS[t.level],
    });
  }
  catalogue.addRow([]);
  for (const line of [
    'Cách điền: mỗi dòng của trang “Lịch sử khen thưởng” là một danh hiệu của một cá nhân hoặc tập thể trong một năm.',
    'Cá nhân: ghi họ và tên, ngày sinh (dd/MM/yyyy, ví dụ 05/09/1980) và mã đơn vị. Tập thể: ghi tên tập thể và mã đơn vị, để trống ngày sinh.',
    'Danh hiệu: chọn trong danh sách (cột “Danh hiệu” ở trên) hoặc ghi mã. Năm: năm được tặng danh hiệu, 4 chữ số.',
    'Tệp được kiểm tra toàn bộ: nếu có dòng sai, không dòng nào được nhập và hệ thống chỉ ra từng dòng, từng cột cần sửa.',
  ]) {
    catalogue.addRow([line]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function column(key: AwardSheetField): number {
  return AWARD_SHEET_COLUMNS.findIndex((c) => c.key === key) + 1;
}

/** A refusal about the file as a whole: 422 AWARD_IMPORT_INVALID with its problems. */
export function importInvalid(problems: AwardRowProblem[], message: string): ApiError {
  return new ApiError(HttpStatus.UNPROCESSABLE_ENTITY, 'AWARD_IMPORT_INVALID', message, problems);
}

/**
 * The rows of an uploaded award-history spreadsheet, every cell as text, from its first sheet,
 * its columns found by their headers (in any order; with or without diacritics). Refuses a
 * file that is not an XLSX workbook, one that would expand too far, and one whose header lacks
 * a column.
 */
export async function readAwardRows(filename: string, content: Buffer): Promise<AwardSheetRow[]> {
  const notXlsx = () =>
    new ApiError(
      HttpStatus.UNPROCESSABLE_ENTITY,
      'AWARD_FILE_NOT_XLSX',
      `Tệp “${filename}” không phải là bảng tính Excel (.xlsx). Xin vui lòng dùng tệp mẫu tải từ hệ thống.`,
      [{ field: 'file', code: 'AWARD_FILE_NOT_XLSX', message: 'Tệp không phải là bảng tính Excel (.xlsx).' }],
    );
  // Every XLSX is a zip: its first bytes say so before anything is inflated.
  if (content.length < 4 || content.readUInt32LE(0) !== 0x04034b50) throw notXlsx();
  const expanded = await expandedSize(content, MAX_EXPANDED_BYTES);
  if (expanded === null) throw notXlsx();
  if (expanded > MAX_EXPANDED_BYTES) {
    const message = `Tệp “${filename}” khi giải nén vượt quá ${MAX_EXPANDED_BYTES / 1024 / 1024} MB nên không được nhận.`;
    throw new ApiError(HttpStatus.UNPROCESSABLE_ENTITY, 'FILE_ARCHIVE_TOO_LARGE', message, [
      { field: 'file', code: 'FILE_ARCHIVE_TOO_LARGE', message },
    ]);
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
  } catch {
    throw notXlsx();
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw notXlsx();

  const header = sheet.getRow(1);
  const columns = new Map<AwardSheetField, number>();
  header.eachCell((cell, col) => {
    const slug = slugify(cellText(cell.value));
    const found = AWARD_SHEET_COLUMNS.find((c) => slug === slugify(c.header) || slug === slugify(c.label));
    if (found && !columns.has(found.key)) columns.set(found.key, col);
  });
  const missing = AWARD_SHEET_COLUMNS.filter((c) => c.required && !columns.has(c.key));
  if (missing.length > 0) {
    throw importInvalid(
      missing.map((c) => ({
        field: `header.${c.key}`,
        row: 1,
        column: c.label,
        code: 'COLUMN_MISSING',
        message: `Dòng tiêu đề thiếu cột “${c.header}”.`,
      })),
      `Tệp “${filename}” không theo mẫu: dòng tiêu đề thiếu cột ${missing.map((c) => `“${c.label}”`).join(', ')}. Chưa dòng nào được nhập.`,
    );
  }

  const rows: AwardSheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber === 1) return;
    const cells = Object.fromEntries(
      AWARD_SHEET_COLUMNS.map((c) => {
        const col = columns.get(c.key);
        return [c.key, col ? cellText(row.getCell(col).value) : ''];
      }),
    ) as Record<AwardSheetField, string>;
    rows.push({ row: rowNumber, ...cells });
  });
  return rows;
}

/** A cell as the person sees it: a date as dd/MM/yyyy, a formula by its result, rich text as its text. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    // exceljs gives a date cell as midnight UTC of the day Excel shows.
    const two = (n: number) => String(n).padStart(2, '0');
    return `${two(value.getUTCDate())}/${two(value.getUTCMonth() + 1)}/${value.getUTCFullYear()}`;
  }
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
    if ('error' in value) return '';
    return '';
  }
  return String(value);
}

/** How far a zip inflates, counted as it inflates (its headers may lie), stopping past `cap`; null for a zip that cannot be read. */
function expandedSize(content: Buffer, cap: number): Promise<number | null> {
  return new Promise((resolve) => {
    let total = 0;
    const unreadable = () => resolve(null);
    yauzl.fromBuffer(content, { lazyEntries: true, validateEntrySizes: true }, (err, zip) => {
      if (err || !zip) return unreadable();
      const tooLarge = () => {
        zip.close();
        resolve(Number.POSITIVE_INFINITY);
      };
      zip.on('error', unreadable);
      zip.on('end', () => resolve(total));
      zip.on('entry', (entry: yauzl.Entry) => {
        if (total + entry.uncompressedSize > cap) return tooLarge();
        zip.openReadStream(entry, (streamErr, stream) => {
          if (streamErr || !stream) return unreadable();
          stream.on('data', (chunk: Buffer) => {
            total += chunk.length;
            if (total > cap) {
              stream.destroy();
              tooLarge();
            }
          });
          stream.on('error', unreadable);
          stream.on('end', () => zip.readEntry());
        });
      });
      zip.readEntry();
    });
  });
}
