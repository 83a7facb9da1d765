// The rows of an award-history spreadsheet: each checked, every problem named by row and column; all or nothing.
import { describe, expect, it } from '@jest/globals';
import { checkAwardRows, parseDate, type AwardSheetRow } from './award-rows.js';

const CONTEXT = { unitCodes: new Set(['BQLDA-DTXD', 'BAO-TNMT']), today: '2026-03-01', source: 'lich-su.xlsx' };
const good = (row: number, change: Partial<AwardSheetRow> = {}): AwardSheetRow => ({
  row,
  fullName: 'Nguyễn Văn Hùng',
  dateOfBirth: '05/09/1980',
  unitCode: 'BQLDA-DTXD',
  kind: 'Cá nhân',
  title: 'Chiến sĩ thi đua cơ sở',
  year: '2017',
  decisionRef: '123/QĐ-BTNMT',
  ...change,
});

describe('checking the rows of a spreadsheet', () => {
  it('gives a record per good row, tidied, with its identity and where it came from', () => {
    const { records, problems } = checkAwardRows([good(2, { fullName: '  Nguyễn  Văn Hùng ', unitCode: 'bqlda-dtxd' })], CONTEXT);
    expect(problems).toEqual([]);
    expect(records).toEqual([
      {
        row: 2,
        identityKey: 'ca-nhan:nguyễn văn hùng:1980-09-05',
        fullName: 'Nguyễn Văn Hùng',
        dateOfBirth: '1980-09-05',
        unitCode: 'BQLDA-DTXD',
        nomineeKind: 'INDIVIDUAL',
        titleCode: 'CHIEN_SI_THI_DUA_CO_SO',
        year: 2017,
        decisionRef: '123/QĐ-BTNMT',
        sourceRef: 'lich-su.xlsx, dòng 2',
      },
    ]);
  });

  it('knows a collective by its unit, without a date of birth; the kind may follow from the title', () => {
    const { records, problems } = checkAwardRows(
      [good(2, { fullName: 'Phòng Kỹ thuật', dateOfBirth: '', kind: '', title: 'Tập thể lao động xuất sắc', decisionRef: '' })],
      CONTEXT,
    );
    expect(problems).toEqual([]);
    expect(records[0]).toMatchObject({
      identityKey: 'tap-the:BQLDA-DTXD:phòng kỹ thuật',
      nomineeKind: 'COLLECTIVE',
      dateOfBirth: null,
      decisionRef: null,
    });
  });

  it('skips rows with nothing in them', () => {
    const empty = { row: 3, fullName: ' ', dateOfBirth: '', unitCode: '', kind: '', title: '', year: '', decisionRef: '' };
    expect(checkAwardRows([good(2), empty], CONTEXT).records).toHaveLength(1);
  });

  it.each([
    ['fullName', { fullName: '' }, 'NAME_REQUIRED', 'Họ và tên'],
    ['fullName', { fullName: '12345' }, 'NAME_INVALID', 'Họ và tên'],
    ['title', { title: 'Huân chương Lao động' }, 'TITLE_UNKNOWN', 'Danh hiệu'],
    ['title', { title: 'Tập thể lao động xuất sắc' }, 'TITLE_NOT_FOR_KIND', 'Danh hiệu'],
    ['kind', { kind: 'Nhóm' }, 'KIND_INVALID', 'Loại'],
    ['kind', { kind: '', title: 'Bằng khen của Bộ trưởng' }, 'KIND_REQUIRED', 'Loại'],
    ['dateOfBirth', { dateOfBirth: '31/02/1980' }, 'DATE_INVALID', 'Ngày sinh'],
    ['dateOfBirth', { dateOfBirth: '1980' }, 'DATE_INVALID', 'Ngày sinh'],
    ['dateOfBirth', { dateOfBirth: '02/03/2026' }, 'DATE_OF_BIRTH_IN_FUTURE', 'Ngày sinh'],
    ['dateOfBirth', { dateOfBirth: '01/01/1899' }, 'DATE_OF_BIRTH_OUT_OF_RANGE', 'Ngày sinh'],
    ['dateOfBirth', { dateOfBirth: '' }, 'DATE_OF_BIRTH_REQUIRED', 'Ngày sinh'],
    ['dateOfBirth', { kind: 'Tập thể', title: 'Bằng khen của Bộ trưởng' }, 'DATE_OF_BIRTH_NOT_FOR_COLLECTIVE', 'Ngày sinh'],
    ['unitCode', { unitCode: 'KHONG-CO' }, 'UNIT_UNKNOWN', 'Đơn vị'],
    ['unitCode', { unitCode: '' }, 'UNIT_REQUIRED', 'Đơn vị'],
    ['year', { year: '' }, 'YEAR_REQUIRED', 'Năm'],
    ['year', { year: '17' }, 'YEAR_INVALID', 'Năm'],
    ['year', { year: '2027' }, 'YEAR_OUT_OF_RANGE', 'Năm'],
    ['year', { year: '1947' }, 'YEAR_OUT_OF_RANGE', 'Năm'],
    ['year', { year: '1979' }, 'YEAR_BEFORE_BIRTH', 'Năm'],
    ['decisionRef', { decisionRef: 'x'.repeat(101) }, 'DECISION_REF_TOO_LONG', 'Số quyết định'],
  ])('%s: %j is refused as %s, in column %s', (field, change, code, column) => {
    const { records, problems } = checkAwardRows([good(2), good(5, change as Partial<AwardSheetRow>)], CONTEXT);
    expect(problems).toEqual([expect.objectContaining({ field: `rows[5].${field}`, row: 5, column, code })]);
    expect(problems[0].message).toMatch(/[À-ỹ]/u);
    expect(records.map((r) => r.row)).toEqual([2]);
  });

  it('names every problem of a row, and of every row', () => {
    const { problems } = checkAwardRows([good(2, { title: '?', year: 'x' }), good(3), good(4, { unitCode: 'X' })], CONTEXT);
    expect(problems.map((p) => [p.row, p.code])).toEqual([
      [2, 'TITLE_UNKNOWN'],
      [2, 'YEAR_INVALID'],
      [4, 'UNIT_UNKNOWN'],
    ]);
  });

  it('refuses the same person, title and year twice in a file, naming the first row', () => {
    const { problems } = checkAwardRows([good(2), good(3, { year: '2018' }), good(7, { fullName: 'NGUYỄN VĂN HÙNG' })], CONTEXT);
    expect(problems).toEqual([
      {
        field: 'rows[7]',
        row: 7,
        column: 'Cả dòng',
        code: 'DUPLICATE_ROW',
        message: 'Trùng với dòng 2: cùng người (tập thể), cùng danh hiệu, cùng năm.',
      },
    ]);
  });
});

describe('dates as people type them', () => {
  it.each([
    ['05/09/1980', '1980-09-05'],
    ['5/9/1980', '1980-09-05'],
    ['05-09-1980', '1980-09-05'],
    ['05.09.1980', '1980-09-05'],
    ['1980-09-05', '1980-09-05'],
    ['29/02/2000', '2000-02-29'],
  ])('%s is %s', (text, iso) => expect(parseDate(text)).toBe(iso));

  it.each(['29/02/1900', '31/04/1980', '00/01/1980', '1/13/1980', '1980/09/05', 'ngày 5 tháng 9'])('%s is not a date', (text) =>
    expect(parseDate(text)).toBeNull(),
  );
});
