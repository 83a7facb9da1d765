// The standing office's proposal and the minister's one decision on the real stack (councilProcess
// SESSIONS, numbers from the engine's register): over the quota only with a written justification;
// spread rules change the list and say why the others are left out; the minister strikes an entry
// with a reason and signs the rest under one number (a deputy on the minister's behalf); two
// decisions signed at once get consecutive numbers and a revocation the next (a number entered for
// it is ignored); a returned list waits again and a new one is approved; a withdrawal leaves a
// draft session's agenda and a pending proposal.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { hanoiYear, type NominationView } from '#domain';
import { startStack, type Stack } from './support/stack.js';
import { countRows, cutoffIn, eventTypes, eventually, expectStatus, holdConference, nomination, openCycle } from './support/scenario.js';
import {
  composeSession,
  CUM_MNPB,
  decideProposal,
  decisionOf,
  draftOf,
  endorsed,
  KHOI_II,
  KHOI_VI,
  openAndAgree,
  passed,
  propose,
  proposalOf,
  refusal,
  sendProposal,
  serial,
  sessionView,
} from './support/proposal.js';
import { waitForValue } from './support/wait.js';

const MINISTER = { username: 'minister', fullName: 'Trần Hồng Hà' };
const DEPUTY = { username: 'deputy.minister', fullName: 'Nguyễn Thị Phương Hoa' };
const JUSTIFICATION = 'Hai hồ sơ có thành tích ngang nhau, đề nghị Bộ trưởng xem xét công nhận cả hai.';

describe('the proposal and the one decision for the list', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack('proposal');
  });
  afterAll(() => stack?.close());

  const api = () => stack.api;
  /** A cycle created without naming its council process: sessions are the API's default. */
  const sessionsCycle = async (code: string, overrides: Record<string, unknown> = {}) => {
    const { councilProcess: _perNomination, ...body } = openCycle(code, overrides);
    const created = expectStatus(await api().as('admin', 'POST', '/cycles', body), 201);
    expect(created).toMatchObject({ code, councilProcess: 'SESSIONS' });
  };
  const proposalRows = (cycleCode: string) =>
    countRows(stack.db, `SELECT count(*)::int AS n FROM proposals WHERE cycle_code = $1`, [cycleCode]);
  const decisionRows = (cycleCode: string) =>
    countRows(stack.db, `SELECT count(*)::int AS n FROM decisions WHERE cycle_code = $1`, [cycleCode]);
  const lastRegisterNumber = async () => {
    const rows = (await stack.db.query(`SELECT last_number FROM decision_number_counters WHERE year = $1`, [hanoiYear(new Date())])) as {
      last_number: number;
    }[];
    return rows[0]?.last_number ?? 0;
  };

  it('a list over the quota is refused without a written justification, and nothing is written; with one it goes to the minister', async () => {
    const CYCLE = 'T-OVER';
    await sessionsCycle(CYCLE, { quota: 1 });
    const [a, b] = await passed(api(), CYCLE, [{ score: 95 }, { score: 80 }]);

    const bare = refusal(await sendProposal(api(), CYCLE, [a.id, b.id]), 400);
    expect(bare).toMatchObject({
      code: 'VALIDATION_FAILED',
      message: 'Dữ liệu không hợp lệ: Danh sách đề nghị có 2 hồ sơ, vượt chỉ tiêu 1 (1 hồ sơ): cần nêu lý do bằng văn bản.',
      errors: [{ field: 'justification', code: 'overQuotaNeedsJustification' }],
    });
    const short = refusal(await sendProposal(api(), CYCLE, [a.id, b.id], '  Cần   thiết  '), 400);
    expect(short).toMatchObject({
      code: 'VALIDATION_FAILED',
      errors: [{ field: 'justification', code: 'overQuotaNeedsJustification' }],
    });
    expect(short.errors?.[0].message).toContain('lý do nêu quá ngắn, cần ít nhất 20 ký tự (không kể khoảng trắng)');

    // Nothing written: no proposal, no task for the minister, the nominations on none.
    expect(expectStatus(await api().as('admin', 'GET', `/cycles/${CYCLE}/proposals`), 200)).toEqual([]);
    expect(await proposalRows(CYCLE)).toBe(0);
    expect(await countRows(stack.db, `SELECT count(*)::int AS n FROM tasks WHERE proposal_id IS NOT NULL`)).toBe(0);
    for (const n of [a, b]) expect(await nomination(api(), n.id)).toMatchObject({ stage: 'MINISTER_DECISION', proposalId: null });

    const proposal = await propose(api(), CYCLE, [a.id, b.id], `  ${JUSTIFICATION}  `);
    expect(proposal).toMatchObject({
      status: 'SUBMITTED',
      quota: 1,
      justification: JUSTIFICATION,
      submittedBy: 'standing.office',
      entries: [
        { nominationId: a.id, rank: 1 },
        { nominationId: b.id, rank: 2 },
      ],
      leftOut: [],
      decision: null,
    });
    for (const n of [a, b]) await eventually(api(), n.id, (v) => v.proposalId === proposal.id);
    // One proposal before the minister at a time.
    const second = refusal(await sendProposal(api(), CYCLE, [a.id]), 409);
    expect(second).toMatchObject({ code: 'PROPOSAL_PENDING' });

    // The minister signs it himself: no one on whose behalf.
    const decided = expectStatus(await decideProposal(api(), 'minister', proposal, { decision: 'APPROVE' }), 200);
    expect(decided).toMatchObject({
      status: 'APPROVED',
      decision: { onBehalfOf: null, signedBy: 'minister', nominationIds: [a.id, b.id] },
    });
    const read = await decisionOf(api(), decided.decision!.id);
    expect(read).toMatchObject({ signer: MINISTER, nominationIds: [a.id, b.id], struck: [] });
    expect(read).not.toHaveProperty('onBehalfOf');
  });

  it('spread rules change who is proposed, and say why the others are left out; invalid rules are refused', async () => {
    // The same six candidates in two cycles with a quota of 4: three of Khối VI (95, 90, 85), one of
    // Khối II (80), one more of Khối II (50) and one of a remote area in Cụm MNPB (40).
    const six = [
      { ...KHOI_VI, score: 95 },
      { ...KHOI_VI, score: 90 },
      { ...KHOI_VI, score: 85 },
      { ...KHOI_II, score: 80 },
      { ...KHOI_II, score: 50 },
      { ...CUM_MNPB, score: 40, nominee: { remoteArea: true } },
    ];
    await sessionsCycle('T-RANK', { quota: 4 });
    const plain = await passed(api(), 'T-RANK', six);
    const plainDraft = await draftOf(api(), 'T-RANK');
    expect(plainDraft.proposed.map((c) => [c.nominationId, c.rank])).toEqual(plain.slice(0, 4).map((n, i) => [n.id, i + 1]));
    expect(plainDraft.leftOut.map((c) => [c.nominationId, c.reason, c.explanation])).toEqual([
      [plain[4].id, 'BEYOND_QUOTA', 'Ngoài chỉ tiêu 4 (xếp thứ 5)'],
      [plain[5].id, 'BEYOND_QUOTA', 'Ngoài chỉ tiêu 4 (xếp thứ 6)'],
    ]);
    expect(plainDraft.shortfalls).toEqual([]);

    // Half the quota at most per block (2 places), and at least one from a remote area.
    await sessionsCycle('T-SPREAD', { quota: 4, spreadRules: { maxBlockShare: 0.5, minRemoteArea: 1 } });
    const [a, b, c, d, e, f] = await passed(api(), 'T-SPREAD', six);
    const spread = await draftOf(api(), 'T-SPREAD');
    expect(spread.proposed.map((x) => [x.nominationId, x.rank, x.reasons])).toEqual([
      [a.id, 1, []],
      [b.id, 2, []],
      [d.id, 3, []],
      [f.id, 4, ['Bảo đảm tối thiểu 1 tập thể, cá nhân công tác ở vùng sâu, vùng xa, biên giới, hải đảo']],
    ]);
    expect(spread.leftOut.map((x) => [x.nominationId, x.rank, x.reason, x.explanation])).toEqual([
      [c.id, 5, 'BLOCK_SHARE_CAP', 'Khối KHOI-VI đã đủ 2 suất (tối đa 50% chỉ tiêu)'],
      [
        e.id,
        6,
        'BEYOND_QUOTA',
        'Ngoài chỉ tiêu 4 (xếp thứ 6); nhường suất để bảo đảm tối thiểu 1 tập thể, cá nhân công tác ở vùng sâu, vùng xa, biên giới, hải đảo',
      ],
    ]);

    // The list as drafted goes through; the left out end NOT_PROPOSED, told the draft's reason.
    const proposal = await propose(
      api(),
      'T-SPREAD',
      spread.proposed.map((x) => x.nominationId),
    );
    expect(proposal.leftOut.map((l) => l.nominationId)).toEqual([c.id, e.id]);
    const decided = expectStatus(await decideProposal(api(), 'minister', proposal, { decision: 'APPROVE' }), 200);
    const capped = await eventually(api(), c.id, (v) => v.status === 'NOT_PROPOSED' && v.openEffects.length === 0);
    expect(capped).toMatchObject({ stage: 'CLOSED', decisionNumber: null });
    expect(capped.outcome?.reason).toContain('Khối KHOI-VI đã đủ 2 suất (tối đa 50% chỉ tiêu)');
    const gaveWay = await eventually(api(), e.id, (v) => v.status === 'NOT_PROPOSED');
    expect(gaveWay.outcome?.reason).toContain('nhường suất để bảo đảm tối thiểu 1 tập thể, cá nhân công tác ở vùng sâu');
    expect(await eventually(api(), f.id, (v) => v.stage === 'AWAITING_CONFERENCE')).toMatchObject({
      decisionNumber: decided.decision!.number,
    });

    // Rules that cannot hold are refused when the cycle is created, and no cycle is made.
    const share = refusal(
      await api().as('admin', 'POST', '/cycles', {
        ...cycleBody('T-BAD-SHARE'),
        spreadRules: { maxBlockShare: 1.5 },
      }),
      400,
    );
    expect(share).toMatchObject({
      code: 'VALIDATION_FAILED',
      errors: [expect.objectContaining({ field: 'spreadRules.maxBlockShare' })],
    });
    const minimum = refusal(
      await api().as('admin', 'POST', '/cycles', {
        ...cycleBody('T-BAD-MIN'),
        quota: 3,
        spreadRules: { minCollectives: 5 },
      }),
      400,
    );
    expect(minimum).toMatchObject({
      code: 'VALIDATION_FAILED',
      errors: [{ field: 'spreadRules.minCollectives', code: 'max', message: 'Số tập thể tối thiểu không được lớn hơn chỉ tiêu (3)' }],
    });
    for (const code of ['T-BAD-SHARE', 'T-BAD-MIN']) expect((await api().as('admin', 'GET', `/cycles/${code}`)).status).toBe(404);
  });

  it('the minister strikes one entry with a reason and a deputy signs the rest under one number, on the minister’s behalf', async () => {
    const CYCLE = 'T-STRIKE';
    await sessionsCycle(CYCLE, { quota: 3 });
    const [a, b, c] = await passed(api(), CYCLE, [{ score: 95 }, { score: 90 }, { score: 85 }]);
    const proposal = await propose(api(), CYCLE, [a.id, b.id, c.id]);
    const REASON = 'Đơn vị đang bị thanh tra, chưa có kết luận';

    // Striking every entry is not a decision: the list goes back instead. Nothing is written.
    const all = refusal(
      await decideProposal(api(), 'deputy.minister', proposal, {
        decision: 'APPROVE',
        excluded: [a, b, c].map((n) => ({ nominationId: n.id, reason: REASON })),
      }),
      400,
    );
    expect(all).toMatchObject({ code: 'VALIDATION_FAILED', message: expect.stringContaining('Không thể loại toàn bộ danh sách') });
    const unreasoned = refusal(
      await decideProposal(api(), 'deputy.minister', proposal, {
        decision: 'APPROVE',
        excluded: [{ nominationId: c.id, reason: '' }],
      }),
      400,
    );
    expect(unreasoned).toMatchObject({ code: 'VALIDATION_FAILED', errors: [expect.objectContaining({ field: 'excluded.0.reason' })] });
    expect(await decisionRows(CYCLE)).toBe(0);
    expect(await proposalOf(api(), proposal.id)).toMatchObject({ status: 'SUBMITTED', version: 1 });

    const decided = expectStatus(
      await decideProposal(api(), 'deputy.minister', proposal, { decision: 'APPROVE', excluded: [{ nominationId: c.id, reason: REASON }] }),
      200,
    );
    const decision = decided.decision!;
    expect(decided.status).toBe('APPROVED');
    expect(decision).toMatchObject({
      number: expect.stringMatching(/^\d+\/QĐ-BTNMT$/),
      signedBy: 'deputy.minister',
      signature: 'KT. BỘ TRƯỞNG / THỨ TRƯỞNG Nguyễn Thị Phương Hoa',
      onBehalfOf: MINISTER,
      nominationIds: [a.id, b.id],
      struck: [{ nominationId: c.id, reason: REASON }],
    });

    for (const n of [a, b]) {
      const approved = await eventually(api(), n.id, (v) => v.stage === 'AWAITING_CONFERENCE');
      expect(approved).toMatchObject({
        status: 'IN_PROGRESS',
        decisionNumber: decision.number,
        decisionId: decision.id,
        decisionSignature: decision.signature,
      });
    }
    const struck = await eventually(api(), c.id, (v) => v.status === 'REJECTED' && v.openEffects.length === 0);
    expect(struck).toMatchObject({
      stage: 'CLOSED',
      decisionNumber: null,
      outcome: { stage: 'MINISTER_DECISION', reason: `Bộ trưởng không công nhận khi ký Quyết định số ${decision.number}: ${REASON}` },
    });

    const read = await decisionOf(api(), decision.id);
    expect(read).toEqual({
      id: decision.id,
      number: decision.number,
      signedAt: decision.signedAt,
      signer: DEPUTY,
      onBehalfOf: MINISTER,
      signature: decision.signature,
      cycleCode: CYCLE,
      proposalId: proposal.id,
      nominationIds: [a.id, b.id],
      struck: [{ nominationId: c.id, reason: REASON }],
    });
    expect(await decisionRows(CYCLE)).toBe(1);
    // The task is done: a second answer is refused.
    const again = refusal(await decideProposal(api(), 'minister', proposal, { decision: 'APPROVE' }), 409);
    expect(again).toMatchObject({ code: 'TASK_NOT_OPEN' });
  });

  it('the register numbers two decisions signed at once consecutively, and a revocation takes the next number', async () => {
    await sessionsCycle('T-REG-A', cutoffIn(40));
    await sessionsCycle('T-REG-B');
    const [a] = await passed(api(), 'T-REG-A', [{}]);
    const [b] = await passed(api(), 'T-REG-B', [{}]);
    const proposals = [await propose(api(), 'T-REG-A', [a.id]), await propose(api(), 'T-REG-B', [b.id])];
    const before = await lastRegisterNumber();

    const replies = await Promise.all([
      decideProposal(api(), 'minister', proposals[0], { decision: 'APPROVE' }),
      decideProposal(api(), 'deputy.minister', proposals[1], { decision: 'APPROVE' }),
    ]);
    const numbers = replies.map((r) => expectStatus(r, 200).decision!.number);
    expect(numbers.map(serial).sort((x, y) => x - y)).toEqual([before + 1, before + 2]);
    expect(await lastRegisterNumber()).toBe(before + 2);
    for (const [n, number] of [
      [a, numbers[0]],
      [b, numbers[1]],
    ] as const) {
      await eventually(api(), n.id, (v) => v.stage === 'AWAITING_CONFERENCE' && v.decisionNumber === number);
    }

    // A revocation is a decision of the same register: the next number, nothing skipped. A number
    // sent as if the records office gave it is ignored, as on a list's approval.
    await holdConference(api(), 'T-REG-A');
    const honoured = await eventually(api(), a.id, (v) => v.status === 'HONOURED');
    const revoked = expectStatus(
      await api().as<NominationView>('minister', 'POST', `/nominations/${a.id}/revoke`, {
        reason: 'Thành tích kê khai không đúng sự thật',
        documentNumber: '999/QĐ-BTNMT',
      }),
      200,
    );
    expect(revoked).toMatchObject({ status: 'REVOKED', decisionNumber: honoured.decisionNumber });
    expect(serial(revoked.revocationDecisionNumber as string)).toBe(before + 3);
    expect(revoked.revocationDecisionNumber).toMatch(/^\d+\/QĐ-BTNMT$/);
    expect(await lastRegisterNumber()).toBe(before + 3);
  });

  it('a list returned to the standing office waits again, and a new proposal is approved', async () => {
    const CYCLE = 'T-RETURN';
    await sessionsCycle(CYCLE, { quota: 2 });
    const [a, b] = await passed(api(), CYCLE, [{ score: 95 }, { score: 90 }]);
    const first = await propose(api(), CYCLE, [a.id, b.id]);
    for (const n of [a, b]) await eventually(api(), n.id, (v) => v.proposalId === first.id);

    const bare = refusal(await decideProposal(api(), 'minister', first, { decision: 'RETURN' }), 400);
    expect(bare).toMatchObject({ code: 'REASON_REQUIRED', message: 'Cần nêu lý do khi trả lại tờ trình.' });
    const REASON = 'Đề nghị Thường trực Hội đồng rà soát lại thứ tự xếp hạng';
    const returned = expectStatus(await decideProposal(api(), 'minister', first, { decision: 'RETURN', reason: REASON }), 200);
    expect(returned).toMatchObject({ status: 'RETURNED', decision: null, returned: { by: 'minister', reason: REASON } });

    for (const n of [a, b]) {
      const waiting = await eventually(api(), n.id, (v) => v.proposalId === null);
      expect(waiting).toMatchObject({ stage: 'MINISTER_DECISION', status: 'IN_PROGRESS', decisionNumber: null });
      expect((await eventTypes(api(), n.id)).slice(-2)).toEqual(['ProposalEntryAdded', 'ProposalEntryRemoved']);
    }
    expect(await decisionRows(CYCLE)).toBe(0);
    expect((await draftOf(api(), CYCLE)).proposed.map((c) => c.nominationId)).toEqual([a.id, b.id]);
    expect(refusal(await decideProposal(api(), 'minister', first, { decision: 'APPROVE' }), 409)).toMatchObject({ code: 'TASK_NOT_OPEN' });

    // The standing office sends a new list; this time the minister approves it.
    const second = await propose(api(), CYCLE, [b.id]);
    expect(second).toMatchObject({ status: 'SUBMITTED', entries: [{ nominationId: b.id, rank: 1 }], leftOut: [{ nominationId: a.id }] });
    const decided = expectStatus(await decideProposal(api(), 'minister', second, { decision: 'APPROVE' }), 200);
    expect(await eventually(api(), b.id, (v) => v.stage === 'AWAITING_CONFERENCE')).toMatchObject({
      decisionNumber: decided.decision!.number,
      decisionId: decided.decision!.id,
    });
    const left = await eventually(api(), a.id, (v) => v.status === 'NOT_PROPOSED');
    expect(left.outcome?.reason).toContain('Thường trực Hội đồng không đưa vào tờ trình đề nghị Bộ trưởng công nhận.');
    const all = expectStatus(await api().as<{ id: string; status: string }[]>('admin', 'GET', `/cycles/${CYCLE}/proposals`), 200);
    expect(all.map((p) => [p.id, p.status])).toEqual([
      [first.id, 'RETURNED'],
      [second.id, 'APPROVED'],
    ]);
  });

  describe('withdrawal', () => {
    const CYCLE = 'T-WITHDRAW';
    let sessionId: string;
    let p: NominationView;
    let q: NominationView;
    const withdraw = (n: NominationView) =>
      api().as<NominationView>(`unit.${n.unitCode}`, 'POST', `/nominations/${n.id}/withdraw`, { reason: 'Đơn vị rút hồ sơ' });

    it('takes a nomination off a draft session’s agenda', async () => {
      await sessionsCycle(CYCLE);
      const x = await endorsed(api(), CYCLE);
      p = await endorsed(api(), CYCLE, { score: 95 });
      q = await endorsed(api(), CYCLE, { score: 90 });
      const draft = await composeSession(api(), CYCLE, [x.id, p.id, q.id]);
      sessionId = draft.id;
      expect(draft).toMatchObject({ status: 'DRAFT' });
      await eventually(api(), x.id, (v) => v.councilSessionId === sessionId);

      const withdrawn = expectStatus(await withdraw(x), 200);
      expect(withdrawn).toMatchObject({ stage: 'CLOSED', status: 'WITHDRAWN', openEffects: [] });
      expect((await eventTypes(api(), x.id)).slice(-3)).toEqual([
        'NominationWithdrawn',
        'CouncilAgendaItemCompensated',
        'BlockListEntryCompensated',
      ]);
      const after = await waitForValue(async () => {
        const s = await sessionView(api(), sessionId);
        return s.agenda.length === 2 ? s : undefined;
      }, 'the agenda without the withdrawn nomination');
      // (The agenda's order is the order the nominations answered the session, so compare as sets.)
      expect(after.agenda.map((i) => i.nominationId).sort()).toEqual([p.id, q.id].sort());

      // The session goes on without it: the ballot sheets cover the two left, and both pass.
      const closed = await openAndAgree(api(), sessionId);
      expect(
        closed.results
          ?.filter((r) => r.passed)
          .map((r) => r.nominationId)
          .sort(),
      ).toEqual([p.id, q.id].sort());
      expect(closed.results).toHaveLength(2);
      expect(await nomination(api(), x.id)).toMatchObject({ status: 'WITHDRAWN', tally: null });
    });

    it('takes a nomination off a proposal waiting for the minister; the others get the decision', async () => {
      const proposal = await propose(api(), CYCLE, [p.id, q.id]);
      await eventually(api(), p.id, (v) => v.proposalId === proposal.id);

      const withdrawn = expectStatus(await withdraw(p), 200);
      expect(withdrawn).toMatchObject({ stage: 'CLOSED', status: 'WITHDRAWN', openEffects: [], proposalId: null });
      expect((await eventTypes(api(), p.id)).slice(-4)).toEqual([
        'NominationWithdrawn',
        'ProposalEntryCompensated',
        'CouncilAgendaItemCompensated',
        'BlockListEntryCompensated',
      ]);
      const without = await waitForValue(async () => {
        const v = await proposalOf(api(), proposal.id);
        return v.entries.length === 1 ? v : undefined;
      }, 'the proposal without the withdrawn nomination');
      expect(without).toMatchObject({ status: 'SUBMITTED', entries: [{ nominationId: q.id }] });

      const decided = expectStatus(await decideProposal(api(), 'minister', proposal, { decision: 'APPROVE' }), 200);
      expect(decided.decision).toMatchObject({ nominationIds: [q.id], struck: [] });
      expect(await eventually(api(), q.id, (v) => v.stage === 'AWAITING_CONFERENCE')).toMatchObject({
        decisionNumber: decided.decision!.number,
        decisionId: decided.decision!.id,
      });
      expect(await nomination(api(), p.id)).toMatchObject({ status: 'WITHDRAWN', decisionNumber: null, decisionId: null });
      expect((await decisionOf(api(), decided.decision!.id)).nominationIds).toEqual([q.id]);
    });
  });
});

/** A valid cycle body, for requests expected to be refused. */
const cycleBody = (code: string) => openCycle(code, { councilProcess: 'SESSIONS' });
