// Whether a nominee qualifies, on the real stack: a cycle states its standard of titles; at
// submission the engine reads the award history, records the result and its reasons on the
// nomination for every reviewer, and refuses or flags a nominee short of it as the cycle chose;
// an import that fills the gap makes the next nominee eligible. The engine's own honours join the
// history, and leave it when revoked.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import type { NominationView } from '#domain';
import { startStack, type Stack } from './support/stack.js';
import { createCycle, cutoffIn, dossier, eventually, expectStatus, holdConference, openCycle, toApproved } from './support/scenario.js';

const FLAGGING = 'T-ELIG-FLAG';
const REFUSING = 'T-ELIG-REFUSE';
const HONOURS = 'T-ELIG-HONOUR';
const UNIT = 'BQLDA-DTXD';
const standard = (onIneligible: 'FLAG' | 'REFUSE') => ({
  titles: ['CHIEN_SI_THI_DUA_CO_SO'],
  consecutiveYears: 3,
  periodEndYear: 2017,
  onIneligible,
});
const HEADER = ['Họ và tên', 'Ngày sinh (dd/MM/yyyy)', 'Đơn vị (mã)', 'Loại (Cá nhân/Tập thể)', 'Danh hiệu', 'Năm', 'Số quyết định'];

async function sheet(rows: (string | number)[][]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet('Lịch sử khen thưởng');
  ws.addRow(HEADER);
  for (const row of rows) ws.addRow(row);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
const titled = (name: string, dob: string, years: number[]) =>
  years.map((year) => [name, dob, UNIT, 'Cá nhân', 'Chiến sĩ thi đua cơ sở', year, '']);

describe('eligibility', () => {
  let stack: Stack;
  const as = <T>(user: string, method: string, path: string, body?: unknown) => stack.api.as<T>(user, method, path, body);
  const importAwards = async (rows: (string | number)[][]) =>
    expectStatus(
      await stack.api.upload('standing.office', '/award-history/import', {}, { name: 'khen-thuong.xlsx', content: await sheet(rows) }),
      201,
    );
  const nominate = (cycle: string, fullName: string, dateOfBirth: string, continuousYears = 5) =>
    as<NominationView & { code?: string; message?: string }>(
      `unit.${UNIT}`,
      'POST',
      '/nominations',
      dossier(cycle, { fullName, dateOfBirth, continuousYears }),
    );

  beforeAll(async () => {
    stack = await startStack('eligibility');
    await createCycle(stack.api, FLAGGING, { eligibility: standard('FLAG'), councilProcess: 'SESSIONS' });
    await createCycle(stack.api, REFUSING, { eligibility: standard('REFUSE') });
  });
  afterAll(() => stack?.close());

  it('a cycle keeps its standard, and refuses one that names no title of the catalogue', async () => {
    const cycle = expectStatus(await as<{ eligibility: unknown }>('admin', 'GET', `/cycles/${FLAGGING}`), 200);
    expect(cycle.eligibility).toEqual(standard('FLAG'));
    const bad = await as<{ code: string; errors: { field: string; message: string }[] }>('admin', 'POST', '/cycles', {
      ...openCycle('T-ELIG-BAD'),
      eligibility: { ...standard('FLAG'), titles: ['HUY_CHUONG'] },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('eligibility.titles');
    expect(bad.body.errors[0].message).toMatch(
      /^Mỗi mục của danh hiệu được tính phải là một trong: Lao động tiên tiến, Chiến sĩ thi đua cơ sở/,
    );
    expect((await as('admin', 'GET', '/cycles/T-ELIG-BAD')).status).toBe(404);
  });

  it('an import that makes a nominee eligible: recorded with its reasons, and the years derived from the history', async () => {
    await importAwards(titled('Đặng Thu Hà', '14/02/1983', [2015, 2016, 2017]));
    const created = expectStatus(await nominate(FLAGGING, 'Đặng  Thu Hà', '1983-02-14', 7), 201);
    expect(created.eligibility).toMatchObject({ eligible: true, historyFound: true, consecutiveYears: 3, declaredYears: 7 });
    expect(created.eligibility?.reasons).toEqual([
      'Tiêu chuẩn của đợt xét chọn: đạt danh hiệu Chiến sĩ thi đua cơ sở ít nhất 3 năm liên tục đến năm 2017.',
      'Đạt danh hiệu Chiến sĩ thi đua cơ sở 3 năm liên tục (2015, 2016, 2017).',
    ]);
    expect(created.nominee.continuousYears).toBe(3);
    // The block leader, who reviews it, reads the same.
    const read = expectStatus(await as<NominationView>('unit.BAO-TNMT', 'GET', `/nominations/${created.id}`), 200);
    expect(read.eligibility?.eligible).toBe(true);
  });

  it('one that does not: a gap is flagged in a flagging cycle, refused with 422 in a refusing one (nothing started)', async () => {
    await importAwards(titled('Lý Văn Khoa', '02/10/1979', [2014, 2015, 2017]));
    const flagged = expectStatus(await nominate(FLAGGING, 'Lý Văn Khoa', '1979-10-02'), 201);
    expect(flagged.eligibility).toMatchObject({ eligible: false, historyFound: true, consecutiveYears: 1 });
    expect(flagged.eligibility?.reasons).toContain('Thiếu năm 2016: chuỗi danh hiệu không liên tục.');

    const refused = await nominate(REFUSING, 'Lý Văn Khoa', '1979-10-02');
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({ code: 'NOMINEE_NOT_ELIGIBLE' });
    expect(refused.body.message).toContain('Thiếu năm 2016');
    const rows = await stack.db.query(`SELECT count(*)::int AS n FROM nominations WHERE cycle_code = $1`, [REFUSING]);
    expect(rows[0].n).toBe(0);
    // The claim was given up: once the history is complete the same person is accepted.
    await importAwards(titled('Lý Văn Khoa', '02/10/1979', [2016]));
    const accepted = expectStatus(await nominate(REFUSING, 'Lý Văn Khoa', '1979-10-02'), 201);
    expect(accepted.eligibility).toMatchObject({ eligible: true, consecutiveYears: 4 });
  });

  it('a nominee the history does not know is accepted even where the cycle refuses, keeping the typed years, and flagged', async () => {
    const unknown = expectStatus(await nominate(REFUSING, 'Tô Minh Châu', '1990-06-30', 4), 201);
    expect(unknown.eligibility).toMatchObject({ eligible: false, historyFound: false, declaredYears: 4 });
    expect(unknown.nominee.continuousYears).toBe(4);
    expect(unknown.eligibility?.reasons[1]).toContain('Chưa có lịch sử khen thưởng');
  });

  it('a draft is assessed when it is submitted, against the history as it is then', async () => {
    const draft = expectStatus(
      await as<NominationView>(`unit.${UNIT}`, 'POST', '/nominations', {
        ...dossier(FLAGGING, { fullName: 'Hà Thị Mai', dateOfBirth: '1986-01-20' }),
        documents: [],
        draft: true,
      }),
      201,
    );
    expect(draft.eligibility).toBeUndefined();
    await importAwards(titled('Hà Thị Mai', '20/01/1986', [2015, 2016, 2017]));
    const submitted = expectStatus(await as<NominationView>(`unit.${UNIT}`, 'POST', `/nominations/${draft.id}/submit`), 200);
    expect(submitted.eligibility).toMatchObject({ eligible: true, consecutiveYears: 3 });
  });

  it("the engine's honour joins the history in the conference's year, with the decision, and leaves it when revoked", async () => {
    await createCycle(stack.api, HONOURS, cutoffIn(20));
    const approved = await toApproved(stack.api, HONOURS);
    await holdConference(stack.api, HONOURS);
    const honoured = await eventually(stack.api, approved.id, (v) => v.status === 'HONOURED');
    const n = honoured.nominee;
    const historyOf = async () =>
      expectStatus(
        await as<{ titleCode: string; year: number; decisionRef: string | null; source: string }[]>(
          'unit.BAO-TNMT',
          'GET',
          `/award-history?fullName=${encodeURIComponent(n.fullName)}&dateOfBirth=${n.dateOfBirth}`,
        ),
        200,
      );
    expect(await historyOf()).toEqual([
      expect.objectContaining({
        titleCode: 'DIEN_HINH_TIEN_TIEN',
        year: new Date(Date.now() + 7 * 3_600_000).getUTCFullYear(),
        decisionRef: honoured.decisionNumber,
        source: 'ENGINE',
      }),
    ]);
    expectStatus(
      await as('minister', 'POST', `/nominations/${honoured.id}/revoke`, { reason: 'Thành tích kê khai không đúng sự thật' }),
      200,
    );
    expect(await historyOf()).toEqual([]);
  });
});
