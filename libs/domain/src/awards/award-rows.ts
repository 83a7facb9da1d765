import type { FieldProblem } from '../errors.js';
import { slugify } from '../nomination/nominee-key.js';
import type { NomineeKind } from '../nomination/vocabulary.js';
import { findAwardTitle, FIRST_AWARD_YEAR } from './catalogue.js';
import { awardIdentityKey, tidyName } from './identity.js';

/** The columns of the award-history spreadsheet: the key of a row's field, its header in the template, and its short name in messages. */
export const AWARD_SHEET_COLUMNS = [
  { key: 'fullName', header: 'Họ và tên', label: 'Họ và tên', required: true },
  { key: 'dateOfBirth', header: 'Ngày sinh (dd/MM/yyyy)', label: 'Ngày sinh', required: true },
  { key: 'unitCode', header: 'Đơn vị (mã)', label: 'Đơn vị', required: true },
  { key: 'kind', header: 'Loại (Cá nhân/Tập thể)', label: 'Loại', required: true },
  { key: 'title', header: 'Danh hiệu', label: 'Danh hiệu', required: true },
  { key: 'year', header: 'Năm', label: 'Năm', required: true },
  { key: 'decisionRef', header: 'Số quyết định', label: 'Số quyết định', required: false },
] as const;

export type AwardSheetField = (typeof AWARD_SHEET_COLUMNS)[number]['key'];

/** One row as read from the sheet, every cell as text (a date cell as dd/MM/yyyy); `row` is the row's number as the spreadsheet shows it. */
export type AwardSheetRow = { row: number } & Record<AwardSheetField, string>;

/** A checked row, ready to be stored. */
export interface AwardRecordInput {
  identityKey: string;
  fullName: string;
  /** YYYY-MM-DD; null for a collective. */
  dateOfBirth: string | null;
  unitCode: string;
  nomineeKind: NomineeKind;
  titleCode: string;
  year: number;
  decisionRef: string | null;
  /** Where it came from, e.g. the file and its row. */
  sourceRef: string;
}

/** A problem of one cell (or of the whole row: `column` is then "Cả dòng"), with the row as the spreadsheet numbers it. */
export interface AwardRowProblem extends FieldProblem {
  row: number;
  column: string;
}

export interface AwardRowsContext {
  /** The units that exist (their codes, upper case). */
  unitCodes: ReadonlySet<string>;
  /** Today in Hanoi, YYYY-MM-DD: dates of birth may not be after it, nor years of award. */
  today: string;
  /** Prefix of each record's sourceRef, e.g. the file's name. */
  source: string;
}

export const MAX_AWARD_ROWS = 10_000;
const WHOLE_ROW = 'Cả dòng';
const LABEL = Object.fromEntries(AWARD_SHEET_COLUMNS.map((c) => [c.key, c.label])) as Record<AwardSheetField, string>;

/**
 * Checks every row of an award-history sheet and answers the records, or every problem of every
 * row: an import is all or nothing, so the office fixes the whole file at once. Rows with no
 * cell filled are skipped (a spreadsheet keeps empty formatted rows).
 */
export function checkAwardRows(
  rows: readonly AwardSheetRow[],
  context: AwardRowsContext,
): { records: (AwardRecordInput & { row: number })[]; problems: AwardRowProblem[] } {
  const records: (AwardRecordInput & { row: number })[] = [];
  const problems: AwardRowProblem[] = [];
  const seen = new Map<string, number>();
  for (const raw of rows) {
    if (AWARD_SHEET_COLUMNS.every((c) => !raw[c.key].trim())) continue;
    const rowProblems: AwardRowProblem[] = [];
    const problem = (field: AwardSheetField | null, code: string, message: string) =>
      rowProblems.push({
        field: field ? `rows[${raw.row}].${field}` : `rows[${raw.row}]`,
        row: raw.row,
        column: field ? LABEL[field] : WHOLE_ROW,
        code,
        message,
      });
    const record = checkRow(raw, context, problem);
    if (record && rowProblems.length === 0) {
      const key = `${record.identityKey}|${record.titleCode}|${record.year}`;
      const first = seen.get(key);
      if (first !== undefined) {
        problem(null, 'DUPLICATE_ROW', `Trùng với dòng ${first}: cùng người (tập thể), cùng danh hiệu, cùng năm.`);
      } else {
        seen.set(key, raw.row);
        records.push({ ...record, row: raw.row });
      }
    }
    problems.push(...rowProblems);
  }
  return { records, problems };
}

type Report = (field: AwardSheetField | null, code: string, message: string) => void;

function checkRow(raw: AwardSheetRow, context: AwardRowsContext, problem: Report): AwardRecordInput | null {
  const fullName = tidyName(raw.fullName);
  if (!fullName) problem('fullName', 'NAME_REQUIRED', 'Chưa có họ và tên (hoặc tên tập thể).');
  else if (!/\p{L}/u.test(fullName)) problem('fullName', 'NAME_INVALID', `“${fullName}” không phải là một tên.`);
  else if (fullName.length > 200) problem('fullName', 'NAME_TOO_LONG', 'Tên dài quá 200 ký tự.');

  const title = raw.title.trim() ? findAwardTitle(raw.title) : undefined;
  if (!raw.title.trim()) problem('title', 'TITLE_REQUIRED', 'Chưa có danh hiệu.');
  else if (!title) {
    problem(
      'title',
      'TITLE_UNKNOWN',
      `Danh hiệu “${tidyName(raw.title)}” không có trong danh mục (xem trang “Danh mục danh hiệu” của tệp mẫu).`,
    );
  }

  const kind = kindOf(raw.kind) ?? (title?.kinds.length === 1 && !raw.kind.trim() ? title.kinds[0] : undefined);
  if (!kind) {
    if (raw.kind.trim()) problem('kind', 'KIND_INVALID', `Loại “${raw.kind.trim()}” không hợp lệ: ghi “Cá nhân” hoặc “Tập thể”.`);
    else problem('kind', 'KIND_REQUIRED', 'Chưa ghi loại: “Cá nhân” hoặc “Tập thể”.');
  } else if (title && !title.kinds.includes(kind)) {
    problem('title', 'TITLE_NOT_FOR_KIND', `Danh hiệu “${title.name}” không dành cho ${kind === 'INDIVIDUAL' ? 'cá nhân' : 'tập thể'}.`);
  }

  const unitCode = raw.unitCode.trim().toUpperCase();
  if (!unitCode) problem('unitCode', 'UNIT_REQUIRED', 'Chưa có mã đơn vị.');
  else if (!context.unitCodes.has(unitCode)) problem('unitCode', 'UNIT_UNKNOWN', `Không có đơn vị mang mã “${unitCode}”.`);

  const thisYear = Number(context.today.slice(0, 4));
  let dateOfBirth: string | null = null;
  let birthYear: number | null = null;
  if (raw.dateOfBirth.trim()) {
    dateOfBirth = parseDate(raw.dateOfBirth);
    if (kind === 'COLLECTIVE') {
      problem('dateOfBirth', 'DATE_OF_BIRTH_NOT_FOR_COLLECTIVE', 'Tập thể không có ngày sinh: để trống ô này hoặc sửa cột Loại.');
    } else if (!dateOfBirth) {
      problem(
        'dateOfBirth',
        'DATE_INVALID',
        `“${raw.dateOfBirth.trim()}” không phải là một ngày hợp lệ (ghi theo dạng dd/MM/yyyy, ví dụ 05/09/1980).`,
      );
    } else if (dateOfBirth > context.today) {
      problem('dateOfBirth', 'DATE_OF_BIRTH_IN_FUTURE', `Ngày sinh ${vietnameseDate(dateOfBirth)} là một ngày trong tương lai.`);
    } else if (dateOfBirth < '1900-01-01') {
      problem('dateOfBirth', 'DATE_OF_BIRTH_OUT_OF_RANGE', `Ngày sinh ${vietnameseDate(dateOfBirth)} trước năm 1900.`);
    } else {
      birthYear = Number(dateOfBirth.slice(0, 4));
    }
  } else if (kind === 'INDIVIDUAL') {
    problem('dateOfBirth', 'DATE_OF_BIRTH_REQUIRED', 'Chưa có ngày sinh: cá nhân được nhận biết bằng họ tên và ngày sinh.');
  }

  const yearText = raw.year.trim();
  const year = /^\d{4}$/.test(yearText) ? Number(yearText) : NaN;
  if (!yearText) problem('year', 'YEAR_REQUIRED', 'Chưa có năm được tặng danh hiệu.');
  else if (Number.isNaN(year)) problem('year', 'YEAR_INVALID', `“${yearText}” không phải là một năm (ghi 4 chữ số, ví dụ 2017).`);
  else if (year < FIRST_AWARD_YEAR || year > thisYear) {
    problem('year', 'YEAR_OUT_OF_RANGE', `Năm ${year} nằm ngoài khoảng ${FIRST_AWARD_YEAR}–${thisYear}.`);
  } else if (birthYear !== null && year < birthYear) {
    problem('year', 'YEAR_BEFORE_BIRTH', `Năm ${year} trước năm sinh ${birthYear}.`);
  }

  const decisionRef = tidyName(raw.decisionRef);
  if (decisionRef.length > 100) problem('decisionRef', 'DECISION_REF_TOO_LONG', 'Số quyết định dài quá 100 ký tự.');

  if (!fullName || !title || !kind || !unitCode || Number.isNaN(year)) return null;
  if (kind === 'INDIVIDUAL' && !dateOfBirth) return null;
  const identityKey =
    kind === 'INDIVIDUAL'
      ? awardIdentityKey({ kind, fullName, dateOfBirth: dateOfBirth as string })
      : awardIdentityKey({ kind, fullName, unitCode });
  return {
    identityKey,
    fullName,
    dateOfBirth: kind === 'INDIVIDUAL' ? dateOfBirth : null,
    unitCode,
    nomineeKind: kind,
    titleCode: title.code,
    year,
    decisionRef: decisionRef || null,
    sourceRef: `${context.source}, dòng ${raw.row}`,
  };
}

function kindOf(text: string): NomineeKind | undefined {
  const slug = slugify(text);
  if (slug === 'ca-nhan' || slug === 'individual') return 'INDIVIDUAL';
  if (slug === 'tap-the' || slug === 'collective') return 'COLLECTIVE';
  return undefined;
}

/** dd/MM/yyyy (also d/M/yyyy, with - or . between) or YYYY-MM-DD, a real calendar date → YYYY-MM-DD; anything else → null. */
export function parseDate(text: string): string | null {
  const t = text.trim();
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  const ymd = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  const [y, m, d] = dmy ? [+dmy[3], +dmy[2], +dmy[1]] : ymd ? [+ymd[1], +ymd[2], +ymd[3]] : [NaN, NaN, NaN];
  if (Number.isNaN(y) || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

/** YYYY-MM-DD → dd/MM/yyyy, as Vietnamese documents write a date. */
export function vietnameseDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}
