// With DECISION_NUMBERING=RECORDS_OFFICE the list's decision carries the number the Ministry's records
// office gave, entered with the approval: without one the approval is refused (400); a number some
// decision already has is refused (409) and nothing is written, even when two approvals enter it at
// the same moment; a fresh one is used exactly as given, and the engine's register is not touched.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NominationView, ProposalView } from '#domain';
import { startStack, type Stack } from './support/stack.js';
import { countRows, createCycle, eventTypes, eventually, expectStatus, nomination } from './support/scenario.js';
import { decideProposal, decisionOf, passed, propose, proposalOf, refusal } from './support/proposal.js';

describe('decision numbers from the records office', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack('records_office', { env: { DECISION_NUMBERING: 'RECORDS_OFFICE' } });
  });
  afterAll(() => stack?.close());

  const api = () => stack.api;
  /** A cycle of its own with one nomination passed by the council, on a proposal before the minister. */
  const proposalOfOne = async (cycleCode: string): Promise<{ n: NominationView; proposal: ProposalView }> => {
    await createCycle(api(), cycleCode, { councilProcess: 'SESSIONS' });
    const [n] = await passed(api(), cycleCode, [{}]);
    return { n, proposal: await propose(api(), cycleCode, [n.id]) };
  };
  const approve = (proposal: ProposalView, documentNumber?: string) =>
    decideProposal(api(), 'minister', proposal, { decision: 'APPROVE', ...(documentNumber ? { documentNumber } : {}) });
  const decisionRows = (cycleCode: string) =>
    countRows(stack.db, `SELECT count(*)::int AS n FROM decisions WHERE cycle_code = $1`, [cycleCode]);
  const registerRows = () => countRows(stack.db, `SELECT count(*)::int AS n FROM decision_number_counters`);

  /** Nothing of a refused approval is written: the proposal waits as it was, its nomination too. */
  async function expectNothingWritten(cycleCode: string, n: NominationView, proposal: ProposalView) {
    expect(await decisionRows(cycleCode)).toBe(0);
    expect(await proposalOf(api(), proposal.id)).toMatchObject({ status: 'SUBMITTED', decision: null, version: proposal.version });
    expect(await nomination(api(), n.id)).toMatchObject({ stage: 'MINISTER_DECISION', decisionNumber: null, proposalId: proposal.id });
    expect(await eventTypes(api(), n.id)).not.toContain('MinisterApproved');
  }

  it('refuses an approval without the number, and one with a number already used; takes a fresh one as given', async () => {
    const first = await proposalOfOne('T-RO-A');
    const second = await proposalOfOne('T-RO-B');

    const missing = refusal(await approve(first.proposal), 400);
    expect(missing).toMatchObject({ code: 'DECISION_NUMBER_REQUIRED', message: 'Cần nhập số quyết định do Văn thư cấp.' });
    const malformed = refusal(await approve(first.proposal, 'số 382'), 400);
    expect(malformed).toMatchObject({ code: 'VALIDATION_FAILED', errors: [expect.objectContaining({ field: 'documentNumber' })] });
    await expectNothingWritten('T-RO-A', first.n, first.proposal);

    const signed = expectStatus(await approve(first.proposal, '382/QĐ-BTNMT'), 200);
    expect(signed.decision).toMatchObject({ number: '382/QĐ-BTNMT', nominationIds: [first.n.id] });
    expect(await eventually(api(), first.n.id, (v) => v.stage === 'AWAITING_CONFERENCE')).toMatchObject({
      decisionNumber: '382/QĐ-BTNMT',
      decisionId: signed.decision!.id,
    });

    const taken = refusal(await approve(second.proposal, '382/QĐ-BTNMT'), 409);
    expect(taken).toMatchObject({
      code: 'DECISION_NUMBER_TAKEN',
      message: 'Số quyết định 382/QĐ-BTNMT đã được dùng cho một quyết định khác. Xin vui lòng kiểm tra lại với Văn thư.',
    });
    await expectNothingWritten('T-RO-B', second.n, second.proposal);

    // The task is still open: the minister enters the right number.
    const fresh = expectStatus(await approve(second.proposal, '383/QĐ-BTNMT'), 200);
    expect(fresh.decision).toMatchObject({ number: '383/QĐ-BTNMT', nominationIds: [second.n.id] });
    expect((await decisionOf(api(), fresh.decision!.id)).number).toBe('383/QĐ-BTNMT');
    await eventually(api(), second.n.id, (v) => v.decisionNumber === '383/QĐ-BTNMT');
    // The engine's register gave no number.
    expect(await registerRows()).toBe(0);
  });

  it('of two approvals entering the same number at the same moment, one gets it and the other is refused', async () => {
    const both = [await proposalOfOne('T-RO-C'), await proposalOfOne('T-RO-D')];
    const replies = await Promise.all(both.map(({ proposal }) => approve(proposal, '500/QĐ-BTNMT')));
    expect(replies.map((r) => r.status).sort()).toEqual([200, 409]);
    const loser = both[replies.findIndex((r) => r.status === 409)];
    expect(
      refusal(
        replies.find((r) => r.status === 409)!,
        409,
      ),
    ).toMatchObject({ code: 'DECISION_NUMBER_TAKEN' });
    await expectNothingWritten(loser.proposal.cycleCode, loser.n, loser.proposal);
    expect(await countRows(stack.db, `SELECT count(*)::int AS n FROM decisions WHERE number = '500/QĐ-BTNMT'`)).toBe(1);
  });
});
