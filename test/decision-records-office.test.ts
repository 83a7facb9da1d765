// With DECISION_NUMBERING=RECORDS_OFFICE the list's decision carries the number the Ministry's records
// office gave, entered with the approval: without one the approval is refused (400); a number some
// decision already has is refused (409) and nothing is written, even when two approvals enter it at
// the same moment; a fresh one is used exactly as given, and the engine's register is not touched.
// A revocation takes the number the records office gave too, checked against every number issued
// (list decisions, decisions of the older process, revocations), and the register, which still
// numbers the older process's decisions, skips a number the records office already gave.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Role, type NominationView, type ProposalView } from '#domain';
import { revocationWorkflow } from '#workflows';
import { WorkflowFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { startStack, type Stack } from './support/stack.js';
import {
  countRows,
  createCycle,
  cutoffIn,
  eventTypes,
  eventually,
  expectStatus,
  holdConference,
  nomination,
  toApproved,
} from './support/scenario.js';
import { decideProposal, decisionOf, passed, propose, proposalOf, refusal } from './support/proposal.js';

describe('decision numbers from the records office', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack('records_office', { env: { DECISION_NUMBERING: 'RECORDS_OFFICE' } });
  });
  afterAll(() => stack?.close());

  const api = () => stack.api;
  /** A cycle of its own with one nomination passed by the council, on a proposal before the minister. */
  const proposalOfOne = async (
    cycleCode: string,
    overrides: Record<string, unknown> = {},
  ): Promise<{ n: NominationView; proposal: ProposalView }> => {
    await createCycle(api(), cycleCode, { councilProcess: 'SESSIONS', ...overrides });
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

  const issuedRows = () => countRows(stack.db, `SELECT count(*)::int AS n FROM issued_document_numbers`);
  const revoke = (id: string, documentNumber?: string) =>
    api().as<NominationView>('minister', 'POST', `/nominations/${id}/revoke`, {
      reason: 'Thành tích kê khai không đúng sự thật',
      ...(documentNumber === undefined ? {} : { documentNumber }),
    });
  /** Nothing of a refused revocation is written: the nomination stays honoured, no number is issued. */
  async function expectNotRevoked(id: string, issuedBefore: number) {
    expect(await nomination(api(), id)).toMatchObject({ status: 'HONOURED', revocationDecisionNumber: null });
    expect(await eventTypes(api(), id)).not.toContain('NominationRevoked');
    expect(await issuedRows()).toBe(issuedBefore);
  }

  it('a revocation takes the number the records office entered, checked against the list decisions; a list decision against it', async () => {
    const { n, proposal } = await proposalOfOne('T-RO-REV', cutoffIn(40));
    const signed = expectStatus(await approve(proposal, '700/QĐ-BTNMT'), 200);
    await eventually(api(), n.id, (v) => v.stage === 'AWAITING_CONFERENCE');
    await holdConference(api(), 'T-RO-REV');
    const honoured = await eventually(api(), n.id, (v) => v.status === 'HONOURED');
    const issuedBefore = await issuedRows();

    const missing = refusal(await revoke(n.id), 400);
    expect(missing).toMatchObject({
      code: 'DECISION_NUMBER_REQUIRED',
      message: 'Cần nhập số quyết định do Văn thư cấp.',
      errors: [{ field: 'documentNumber', code: 'DECISION_NUMBER_REQUIRED' }],
    });
    const malformed = refusal(await revoke(n.id, 'số 15'), 400);
    expect(malformed).toMatchObject({
      code: 'VALIDATION_FAILED',
      errors: [{ field: 'documentNumber', message: 'Số quyết định phải có dạng số/ký hiệu do Văn thư cấp (ví dụ 382/QĐ-BTNMT)' }],
    });
    // The number of the list's decision that honoured it.
    const taken = refusal(await revoke(n.id, signed.decision!.number), 409);
    expect(taken).toMatchObject({
      code: 'DECISION_NUMBER_TAKEN',
      message: 'Số quyết định 700/QĐ-BTNMT đã được dùng cho một quyết định khác. Xin vui lòng kiểm tra lại với Văn thư.',
      errors: [{ field: 'documentNumber', code: 'DECISION_NUMBER_TAKEN' }],
    });
    await expectNotRevoked(n.id, issuedBefore);

    const revoked = expectStatus(await revoke(n.id, ' 701/QĐ-BTNMT '), 200);
    expect(revoked).toMatchObject({ status: 'REVOKED', decisionNumber: honoured.decisionNumber, revocationDecisionNumber: '701/QĐ-BTNMT' });
    expect(await issuedRows()).toBe(issuedBefore + 1);
    expect(await registerRows()).toBe(0);

    // The list's decision that comes next cannot take the revocation's number.
    const next = await proposalOfOne('T-RO-AFTER');
    expect(refusal(await approve(next.proposal, '701/QĐ-BTNMT'), 409)).toMatchObject({ code: 'DECISION_NUMBER_TAKEN' });
    await expectNothingWritten('T-RO-AFTER', next.n, next.proposal);
  });

  it('a number taken while the revocation runs is refused by the worker, nothing written; the minister may revoke again', async () => {
    const { n, proposal } = await proposalOfOne('T-RO-RACE', cutoffIn(40));
    expectStatus(await approve(proposal, '710/QĐ-BTNMT'), 200);
    await eventually(api(), n.id, (v) => v.stage === 'AWAITING_CONFERENCE');
    await holdConference(api(), 'T-RO-RACE');
    await eventually(api(), n.id, (v) => v.status === 'HONOURED');
    const issuedBefore = await issuedRows();

    // As if the API's first check had passed just before another decision took the number.
    const run = stack.temporal.workflow.execute(revocationWorkflow, {
      workflowId: `revocation:${n.id}`,
      taskQueue: stack.taskQueue,
      args: [
        {
          nominationId: n.id,
          actor: { username: 'minister', fullName: 'Trần Hồng Hà', roles: [Role.MINISTER] },
          reason: 'Thành tích kê khai không đúng sự thật',
          documentNumber: '710/QĐ-BTNMT',
        },
      ],
    });
    const failure = await run.then(
      () => null,
      (err: unknown) => err,
    );
    expect(failure).toBeInstanceOf(WorkflowFailedError);
    const cause = (failure as WorkflowFailedError).cause;
    expect(cause).toBeInstanceOf(ApplicationFailure);
    expect(cause).toMatchObject({ type: 'CONFLICT', details: [{ reason: 'DECISION_NUMBER_TAKEN', field: 'documentNumber' }] });
    await expectNotRevoked(n.id, issuedBefore);

    // The failed revocation wrote nothing and does not block the next one.
    const revoked = expectStatus(await revoke(n.id, '711/QĐ-BTNMT'), 200);
    expect(revoked).toMatchObject({ status: 'REVOKED', revocationDecisionNumber: '711/QĐ-BTNMT' });
  });

  it('the register, numbering the older process’s decisions, skips a number the records office gave', async () => {
    const counter = () => stack.db.query(`SELECT last_number FROM decision_number_counters WHERE suffix = 'QĐ-BTNMT'`);
    const lastNumber = async () => ((await counter()) as { last_number: number }[])[0]?.last_number ?? 0;
    const next = (await lastNumber()) + 1;
    const entered = await proposalOfOne('T-RO-SKIP-LIST');
    expectStatus(await approve(entered.proposal, `${next}/QĐ-BTNMT`), 200);

    await createCycle(api(), 'T-RO-SKIP-OLD');
    const approved = await toApproved(api(), 'T-RO-SKIP-OLD');
    expect(approved.decisionNumber).toBe(`${next + 1}/QĐ-BTNMT`);
    expect(await lastNumber()).toBe(next + 1);
    expect(
      await countRows(stack.db, `SELECT count(*)::int AS n FROM issued_document_numbers WHERE number = $1`, [`${next}/QĐ-BTNMT`]),
    ).toBe(1);
  });
});
