// A unit prepares its dossier as a draft (seen by nobody else), edits it, and submits it; a cycle's
// required documents are checked at submission; a draft left at the cutoff is kept as never
// submitted and the unit is told; a nominee withdrawn may be nominated again, and one person is
// nominated by one unit only. Against the real stack.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NominationView } from '#domain';
import { startStack, type Stack } from './support/stack.js';
import { createCycle, cutoffIn, dossier, expectStatus } from './support/scenario.js';
import { lastRead } from './support/wait.js';

const CYCLE = 'T-DRAFTS';
const STRICT = 'T-DRAFTS-DOCS';
const SOON = 'T-DRAFTS-SOON';
const UNIT = 'BQLDA-DTXD';
const OTHER = 'TAPCHI-TNMT';
const REQUIRED = [
  { kind: 'ACHIEVEMENT_REPORT', title: 'Báo cáo thành tích' },
  { kind: 'SELECTION_MINUTES', title: 'Biên bản họp bình xét của đơn vị' },
];

describe('drafts', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack('dossier_drafts');
    await createCycle(stack.api, CYCLE, { councilProcess: 'SESSIONS' });
    await createCycle(stack.api, STRICT, { councilProcess: 'SESSIONS', requiredDocuments: REQUIRED });
  });
  afterAll(() => stack?.close());

  const as = <T>(user: string, method: string, path: string, body?: unknown) => stack.api.as<T>(user, method, path, body);
  const officer = (unit: string) => `unit.${unit}`;
  const draftOf = (cycle: string, nominee: Record<string, unknown> = {}) => ({ ...dossier(cycle, nominee), documents: [], draft: true });

  it('a draft is edited twice and submitted; nobody else sees it until then', async () => {
    const draft = expectStatus(await as<NominationView>(officer(UNIT), 'POST', '/nominations', draftOf(CYCLE)), 201);
    expect(draft).toMatchObject({ stage: 'DRAFT', status: 'IN_PROGRESS', draftedAt: expect.any(String) });

    // Not a submission: the block leader, the standing office and another unit do not see it.
    for (const user of [officer('BAO-TNMT'), 'standing.office', officer(OTHER)]) {
      expect((await as(user, 'GET', `/nominations/${draft.id}`)).status).toBe(404);
      const page = expectStatus(await as<{ items: NominationView[] }>(user, 'GET', `/nominations?cycle=${CYCLE}`), 200);
      expect(page.items.map((n) => n.id)).not.toContain(draft.id);
    }
    const own = expectStatus(await as<{ items: NominationView[] }>(officer(UNIT), 'GET', `/nominations?cycle=${CYCLE}`), 200);
    expect(own.items.map((n) => n.id)).toContain(draft.id);

    const first = expectStatus(
      await as<NominationView>(officer(UNIT), 'PATCH', `/nominations/${draft.id}`, { achievements: 'Chủ trì 4 dự án đúng tiến độ.' }),
      200,
    );
    expect(first.achievements).toBe('Chủ trì 4 dự án đúng tiến độ.');
    const second = expectStatus(
      await as<NominationView>(officer(UNIT), 'PATCH', `/nominations/${draft.id}`, {
        nominee: { position: 'Trưởng phòng Kế hoạch', dateOfBirth: '1981-03-09' },
      }),
      200,
    );
    expect(second).toMatchObject({
      achievements: 'Chủ trì 4 dự án đúng tiến độ.',
      nominee: { position: 'Trưởng phòng Kế hoạch', dateOfBirth: '1981-03-09' },
    });
    expect(second.version).toBe(3);

    // Another unit may not touch it; a date of birth to come is refused.
    expect((await as(officer(OTHER), 'PATCH', `/nominations/${draft.id}`, { achievements: 'x' })).status).toBe(404);
    const future = await as<{ code: string; errors: { field: string; message: string }[] }>(
      officer(UNIT),
      'PATCH',
      `/nominations/${draft.id}`,
      {
        nominee: { dateOfBirth: '2999-01-01' },
      },
    );
    expect(future.status).toBe(400);
    expect(future.body.errors[0]).toMatchObject({
      field: 'nominee.dateOfBirth',
      message: 'Ngày sinh phải là một ngày có thật, trước ngày hôm nay',
    });

    const submitted = expectStatus(await as<NominationView>(officer(UNIT), 'POST', `/nominations/${draft.id}/submit`), 200);
    expect(submitted).toMatchObject({ stage: 'BLOCK_REVIEW', achievements: 'Chủ trì 4 dự án đúng tiến độ.', draftedAt: draft.draftedAt });
    expect(Date.parse(submitted.submittedAt)).toBeGreaterThan(Date.parse(draft.submittedAt));
    expect((await as(officer('BAO-TNMT'), 'GET', `/nominations/${draft.id}`)).status).toBe(200);

    // Submitted, it is no longer edited as a draft, nor submitted twice.
    const edit = await as<{ code: string }>(officer(UNIT), 'PATCH', `/nominations/${draft.id}`, { achievements: 'Sửa sau khi nộp' });
    expect(edit.status).toBe(409);
    expect(edit.body.code).toBe('WRONG_STAGE');
    expect((await as<{ code: string }>(officer(UNIT), 'POST', `/nominations/${draft.id}/submit`)).status).toBe(409);

    const timeline = expectStatus(await as<{ text: string }[]>(officer(UNIT), 'GET', `/nominations/${draft.id}/timeline`), 200);
    expect(timeline.map((e) => e.text)).toEqual(
      expect.arrayContaining([expect.stringContaining('bắt đầu soạn hồ sơ (bản nháp)'), 'Đơn vị sửa hồ sơ: Thành tích']),
    );
  });

  it('a submission without the required documents is refused with 422 naming each, and writes nothing', async () => {
    const draft = expectStatus(await as<NominationView>(officer(UNIT), 'POST', '/nominations', draftOf(STRICT)), 201);
    const refused = await as<{ code: string; message: string; errors: { field: string; message: string }[] }>(
      officer(UNIT),
      'POST',
      `/nominations/${draft.id}/submit`,
    );
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('DOCUMENTS_MISSING');
    expect(refused.body.errors.map((e) => e.message)).toEqual([
      'Hồ sơ còn thiếu tài liệu bắt buộc: Báo cáo thành tích.',
      'Hồ sơ còn thiếu tài liệu bắt buộc: Biên bản họp bình xét của đơn vị.',
    ]);
    const after = expectStatus(await as<NominationView>(officer(UNIT), 'GET', `/nominations/${draft.id}`), 200);
    expect(after).toMatchObject({ stage: 'DRAFT', version: draft.version });
    // Submitted at once, with checksums typed by hand: no file, so refused the same way.
    const atOnce = await as<{ code: string }>(officer(UNIT), 'POST', '/nominations', dossier(STRICT));
    expect(atOnce.status).toBe(422);
    expect(atOnce.body.code).toBe('DOCUMENTS_MISSING');
  });

  it('a nominee withdrawn is nominated again; one person is nominated by one unit only', async () => {
    const person = { fullName: 'Hoàng  Thị   Mai', dateOfBirth: '1984-12-01' };
    const first = expectStatus(await as<NominationView>(officer(UNIT), 'POST', '/nominations', dossier(CYCLE, person)), 201);

    const again = await as<{ code: string; message: string }>(officer(UNIT), 'POST', '/nominations', dossier(CYCLE, person));
    expect(again.status).toBe(409);
    expect(again.body.message).toContain(first.id);
    const elsewhere = await as<{ code: string; message: string }>(
      officer(OTHER),
      'POST',
      '/nominations',
      dossier(CYCLE, { ...person, fullName: 'hoàng thị mai'.normalize('NFD') }),
    );
    expect(elsewhere.status).toBe(409);
    expect(elsewhere.body).toMatchObject({ code: 'NOMINEE_ALREADY_NOMINATED' });
    expect(elsewhere.body.message).toBe(
      `“hoàng thị mai” đã được đơn vị ${UNIT} đề nghị trong đợt ${CYCLE} (hồ sơ ${first.id}). Một người chỉ được một đơn vị đề nghị trong một đợt.`,
    );
    // Same name, another date of birth: another person.
    expectStatus(await as(officer(OTHER), 'POST', '/nominations', dossier(CYCLE, { ...person, dateOfBirth: '1990-01-01' })), 201);

    expectStatus(await as(officer(UNIT), 'POST', `/nominations/${first.id}/withdraw`, { reason: 'Rút để bổ sung hồ sơ' }), 200);
    const renewed = expectStatus(await as<NominationView>(officer(UNIT), 'POST', '/nominations', dossier(CYCLE, person)), 201);
    expect(renewed.id).not.toBe(first.id);
    expect(renewed.workflowId).not.toBe(first.workflowId);
    const withdrawn = expectStatus(await as<NominationView>(officer(UNIT), 'GET', `/nominations/${first.id}`), 200);
    expect(withdrawn.status).toBe('WITHDRAWN');
  });

  it('a draft left at the cutoff is kept as never submitted, and its unit is told', async () => {
    await createCycle(stack.api, SOON, { councilProcess: 'SESSIONS', ...cutoffIn(6) });
    const draft = expectStatus(await as<NominationView>(officer(UNIT), 'POST', '/nominations', draftOf(SOON)), 201);
    const lapsed = await lastRead(
      async () => expectStatus(await as<NominationView>(officer(UNIT), 'GET', `/nominations/${draft.id}`), 200),
      (v) => v.status === 'NOT_SUBMITTED',
      30_000,
    );
    expect(lapsed).toMatchObject({ stage: 'CLOSED', status: 'NOT_SUBMITTED', outcome: { stage: 'DRAFT' } });
    expect((await as('standing.office', 'GET', `/nominations/${draft.id}`)).status).toBe(404);
    // The unit is told once the lapse is recorded (a moment after the nomination shows it).
    const notices = await lastRead(
      async (): Promise<{ subject: string }[]> =>
        stack.db.query(`SELECT subject FROM notifications WHERE nomination_id = $1 AND kind = 'NOMINATION_OUTCOME'`, [draft.id]),
      (rows) => rows.length > 0,
      20_000,
    );
    expect(notices.map((n) => n.subject)).toContain(`Bản nháp hồ sơ của ${lapsed.nominee.fullName} chưa được nộp trước hạn`);
    // The nominee is free again (in another cycle's terms: the claim is given up).
    const claims: unknown[] = await stack.db.query(`SELECT 1 FROM nominee_claims WHERE nomination_id = $1`, [draft.id]);
    expect(claims).toHaveLength(0);
  });
});
