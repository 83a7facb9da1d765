// The award history on the real stack: the template, an import refused as a whole for one bad row
// (nothing written), then imported, again without change; a holder found by name and date of birth
// however the name is typed; and the eligibility a cycle's standard computes from what was imported.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { assessEligibility, type EligibilityStandard } from '#domain';
import { recordConferredAward } from '#persistence';
import { startStack, type Stack } from './support/stack.js';
import { expectStatus } from './support/scenario.js';

const OFFICE = 'standing.office';
const UNIT = 'BQLDA-DTXD';
const HEADER = ['Họ và tên', 'Ngày sinh (dd/MM/yyyy)', 'Đơn vị (mã)', 'Loại (Cá nhân/Tập thể)', 'Danh hiệu', 'Năm', 'Số quyết định'];
const STANDARD: EligibilityStandard = {
  titles: ['CHIEN_SI_THI_DUA_CO_SO'],
  consecutiveYears: 3,
  periodEndYear: 2018,
  onIneligible: 'FLAG',
};

/** A filled template: the header, then these rows. */
async function sheet(rows: (string | number | Date)[][], header = HEADER): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet('Lịch sử khen thưởng');
  ws.addRow(header);
  for (const row of rows) ws.addRow(row);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const HUNG = ['Nguyễn Văn Hùng', '05/09/1980', UNIT, 'Cá nhân'];
const LAN = ['Trần Thị Lan', '12/03/1985', UNIT, 'Cá nhân'];
const GOOD_ROWS = [
  [...HUNG, 'Chiến sĩ thi đua cơ sở', 2016, '101/QĐ-BQLDA'],
  [...HUNG, 'Chiến sĩ thi đua cơ sở', 2017, '102/QĐ-BQLDA'],
  [...HUNG, 'CHIEN_SI_THI_DUA_CO_SO', 2018, ''],
  [...LAN, 'Chiến sĩ thi đua cơ sở', 2016, ''],
  [...LAN, 'Lao động tiên tiến', 2017, ''],
  // A date of birth Excel took for a date (a date cell, not text) reads the same.
  [LAN[0], new Date(Date.UTC(1985, 2, 12)), UNIT, 'Cá nhân', 'Chiến sĩ thi đua cơ sở', 2018, ''],
  ['Phòng Kỹ thuật', '', UNIT, 'Tập thể', 'Tập thể lao động xuất sắc', 2018, '55/QĐ-BTNMT'],
];

describe('award history', () => {
  let stack: Stack;
  const count = async () => Number((await stack.db.query('SELECT count(*)::int AS n FROM award_history'))[0].n);
  const upload = async (content: Uint8Array, name = 'lịch sử khen thưởng.xlsx', user = OFFICE) =>
    stack.api.upload(user, '/award-history/import', {}, { name, content });

  beforeAll(async () => {
    stack = await startStack('award-history');
  });
  afterAll(() => stack?.close());

  it('offers the template: the columns in Vietnamese, the catalogue of titles on its second sheet', async () => {
    const file = await stack.api.download('unit.BQLDA-DTXD', '/award-history/template');
    expect(file.status).toBe(200);
    expect(file.contentType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.bytes) as unknown as ArrayBuffer);
    const [data, catalogue] = workbook.worksheets;
    expect((data.getRow(1).values as string[]).slice(1)).toEqual(HEADER);
    const names = catalogue.getColumn(2).values.slice(2, 11);
    expect(names).toEqual(expect.arrayContaining(['Lao động tiên tiến', 'Chiến sĩ thi đua cơ sở', 'Tập thể lao động xuất sắc']));
  });

  it('refuses a file with one bad row as a whole, naming the row and the column, and writes nothing', async () => {
    const rows = [...GOOD_ROWS];
    rows[2] = [...HUNG.slice(0, 1), '31/02/1980', ...HUNG.slice(2), 'Chiến sĩ thi đua cơ sở', 2018, ''];
    const reply = await upload(await sheet(rows));
    expect(reply.status).toBe(422);
    expect(reply.body).toMatchObject({ statusCode: 422, code: 'AWARD_IMPORT_INVALID' });
    expect(reply.body.message).toBe(
      'Tệp “lịch sử khen thưởng.xlsx” có 1 dòng chưa hợp lệ (dòng 4); chưa dòng nào được nhập. Xin vui lòng sửa các dòng này rồi tải lên lại toàn bộ tệp.',
    );
    expect(reply.body.errors).toEqual([
      {
        field: 'rows[4].dateOfBirth',
        row: 4,
        column: 'Ngày sinh',
        code: 'DATE_INVALID',
        message: '“31/02/1980” không phải là một ngày hợp lệ (ghi theo dạng dd/MM/yyyy, ví dụ 05/09/1980).',
      },
    ]);
    expect(await count()).toBe(0);
  });

  it('lists every bad row at once: unknown title, future birth, year out of range, unknown unit, no name, a duplicate', async () => {
    const reply = await upload(
      await sheet([
        [...HUNG, 'Huân chương Lao động', 2016, ''],
        ['Lê Văn Tám', '01/01/2099', UNIT, 'Cá nhân', 'Lao động tiên tiến', 2016, ''],
        [...LAN, 'Lao động tiên tiến', 1900, ''],
        ['Lê Văn Tư', '01/01/1970', 'KHONG-CO', 'Cá nhân', 'Lao động tiên tiến', 2016, ''],
        ['', '01/01/1970', UNIT, 'Cá nhân', 'Lao động tiên tiến', 2016, ''],
        [...LAN, 'Lao động tiên tiến', 2015, ''],
        ['  trần  thị LAN ', '12/03/1985', UNIT, 'Cá nhân', 'lao dong tien tien', 2015, ''],
      ]),
    );
    expect(reply.status).toBe(422);
    expect(reply.body.errors.map((e: { row: number; code: string }) => [e.row, e.code])).toEqual([
      [2, 'TITLE_UNKNOWN'],
      [3, 'DATE_OF_BIRTH_IN_FUTURE'],
      [4, 'YEAR_OUT_OF_RANGE'],
      [5, 'UNIT_UNKNOWN'],
      [6, 'NAME_REQUIRED'],
      [8, 'DUPLICATE_ROW'],
    ]);
    expect(await count()).toBe(0);
  });

  it('refuses what is not a spreadsheet of the template, in Vietnamese, and writes nothing', async () => {
    const text = await upload(new TextEncoder().encode('Họ và tên;Ngày sinh\n'), 'lich-su.xlsx');
    expect(text.status).toBe(422);
    expect(text.body).toMatchObject({ code: 'AWARD_FILE_NOT_XLSX', message: expect.stringContaining('không phải là bảng tính Excel') });

    const noColumn = await upload(await sheet([['Nguyễn Văn Hùng', UNIT]], ['Họ và tên', 'Đơn vị (mã)']));
    expect(noColumn.status).toBe(422);
    expect(noColumn.body.code).toBe('AWARD_IMPORT_INVALID');
    expect(noColumn.body.errors.map((e: { column: string }) => e.column)).toEqual(['Ngày sinh', 'Loại', 'Danh hiệu', 'Năm']);

    const empty = await upload(await sheet([]));
    expect(empty.status).toBe(422);
    expect(empty.body.errors[0].code).toBe('NO_ROWS');

    const huge = await upload(new Uint8Array(5 * 1024 * 1024 + 1));
    expect(huge.status).toBe(413);
    expect(huge.body).toMatchObject({ code: 'FILE_TOO_LARGE', message: expect.stringContaining('5 MB') });

    const none = await stack.api.upload(OFFICE, '/award-history/import', {});
    expect(none.status).toBe(400);
    expect(none.body.code).toBe('FILE_REQUIRED');
    expect(await count()).toBe(0);
  });

  it('lets only the standing office and the administrator import', async () => {
    const reply = await upload(await sheet(GOOD_ROWS), 'x.xlsx', 'unit.BQLDA-DTXD');
    expect(reply.status).toBe(403);
    expect(await count()).toBe(0);
  });

  it('imports a good file, and importing it again changes nothing', async () => {
    const content = await sheet(GOOD_ROWS);
    expect(expectStatus(await upload(content), 201)).toEqual({ imported: 7, alreadyKnown: 0 });
    expect(expectStatus(await upload(content), 201)).toEqual({ imported: 0, alreadyKnown: 7 });
    expect(await count()).toBe(7);
  });

  it('finds a person by name and date of birth however the name is spaced, cased or composed', async () => {
    for (const fullName of ['Nguyễn Văn Hùng', '  nguyễn   VĂN hùng ', 'Nguyễn Văn Hùng'.normalize('NFD')]) {
      const query = new URLSearchParams({ fullName, dateOfBirth: '1980-09-05' });
      const records = expectStatus(await stack.api.as('council.1', 'GET', `/award-history?${query}`), 200);
      expect(records.map((r: { year: number; titleName: string }) => [r.year, r.titleName])).toEqual([
        [2016, 'Chiến sĩ thi đua cơ sở'],
        [2017, 'Chiến sĩ thi đua cơ sở'],
        [2018, 'Chiến sĩ thi đua cơ sở'],
      ]);
      expect(records[0]).toMatchObject({
        fullName: 'Nguyễn Văn Hùng',
        dateOfBirth: '1980-09-05',
        unitCode: UNIT,
        nomineeKind: 'INDIVIDUAL',
        decisionRef: '101/QĐ-BQLDA',
        source: 'IMPORT',
        sourceRef: 'lịch sử khen thưởng.xlsx, dòng 2',
        recordedBy: OFFICE,
      });
    }
    const namesake = new URLSearchParams({ fullName: 'Nguyễn Văn Hùng', dateOfBirth: '1980-09-06' });
    expect(expectStatus(await stack.api.as(OFFICE, 'GET', `/award-history?${namesake}`), 200)).toEqual([]);
    const team = new URLSearchParams({ fullName: 'phòng kỹ thuật', unitCode: 'bqlda-dtxd' });
    const teamRecords = expectStatus(await stack.api.as('unit.BQLDA-DTXD', 'GET', `/award-history?${team}`), 200);
    expect(teamRecords).toEqual([expect.objectContaining({ nomineeKind: 'COLLECTIVE', dateOfBirth: null, year: 2018 })]);
  });

  it('refuses a query that cannot name one holder, in Vietnamese', async () => {
    const reply = await stack.api.as(OFFICE, 'GET', `/award-history?fullName=${encodeURIComponent('Trần Thị Lan')}&dateOfBirth=12/03/1985`);
    expect(reply.status).toBe(400);
    expect(reply.body).toMatchObject({ code: 'VALIDATION_FAILED', errors: [expect.objectContaining({ field: 'dateOfBirth' })] });
    expect(reply.body.message).toContain('Ngày sinh phải là một ngày có thật');
    const none = await stack.api.as(OFFICE, 'GET', '/award-history?fullName=');
    expect(none.body.errors.map((e: { field: string }) => e.field)).toEqual(['fullName', 'dateOfBirth']);
  });

  it('the standard computed over the imported history: one person meets it, the other does not', async () => {
    const historyOf = async (fullName: string, dateOfBirth: string) =>
      expectStatus(await stack.api.as(OFFICE, 'GET', `/award-history?${new URLSearchParams({ fullName, dateOfBirth })}`), 200) as {
        titleCode: string;
        year: number;
      }[];
    const hung = assessEligibility(STANDARD, await historyOf('Nguyễn Văn Hùng', '1980-09-05'));
    expect(hung).toMatchObject({ eligible: true, consecutiveYears: 3, historyFound: true });
    expect(hung.reasons).toContain('Đạt danh hiệu Chiến sĩ thi đua cơ sở 3 năm liên tục (2016, 2017, 2018).');
    const lan = assessEligibility(STANDARD, await historyOf('Trần Thị Lan', '1985-03-12'));
    expect(lan).toMatchObject({ eligible: false, consecutiveYears: 1, historyFound: true });
    expect(lan.reasons).toContain('Thiếu năm 2017: chuỗi danh hiệu không liên tục.');
    const stranger = assessEligibility(STANDARD, await historyOf('Lê Văn Tám', '1970-01-01'));
    expect(stranger).toMatchObject({ eligible: false, historyFound: false });
  });

  it('records an honour the engine conferred once, in the caller’s transaction, beside the imported ones', async () => {
    const award = {
      holder: { kind: 'INDIVIDUAL' as const, fullName: 'Nguyễn  Văn Hùng', dateOfBirth: '1980-09-05' },
      unitCode: UNIT,
      year: 2018,
      decisionRef: '382/QĐ-BTNMT',
      nominationId: '7f1c2a9e-0000-4000-8000-000000000001',
      recordedBy: 'worker',
      recordedAt: new Date('2018-06-08T03:00:00Z'),
    };
    expect(await stack.db.transaction((m) => recordConferredAward(m, award))).toBe(true);
    expect(await stack.db.transaction((m) => recordConferredAward(m, award))).toBe(true);
    expect(
      await stack.db.transaction((m) =>
        recordConferredAward(m, { ...award, holder: { kind: 'INDIVIDUAL', fullName: 'X', dateOfBirth: '' } }),
      ),
    ).toBe(false);
    const query = new URLSearchParams({ fullName: 'Nguyễn Văn Hùng', dateOfBirth: '1980-09-05' });
    const records = expectStatus(await stack.api.as(OFFICE, 'GET', `/award-history?${query}`), 200);
    expect(records.filter((r: { source: string }) => r.source === 'ENGINE')).toEqual([
      expect.objectContaining({
        titleCode: 'DIEN_HINH_TIEN_TIEN',
        titleName: 'Điển hình tiên tiến',
        year: 2018,
        decisionRef: '382/QĐ-BTNMT',
        sourceRef: 'nomination:7f1c2a9e-0000-4000-8000-000000000001',
        recordedAt: '2018-06-08T03:00:00.000Z',
      }),
    ]);
    expect(await count()).toBe(8);
  });
});
