// A unit's withdrawal that meets the council's count, the minister's decision on the list, or the
// news that the nomination was left off that list. The count and the news do not stop it: the
// withdrawal stands, every effect is undone and the unit gets its answer (the nomination's process
// is not stuck on news for a nomination that has ended). The minister's signed decision does: a
// nomination on a proposal comes off it before its withdrawal is recorded, in turn with the decision
// there, so either it is off the list the minister signs, or the decision names it and the
// withdrawal is refused. The worker holds an activity until the other side has been handled, so
// the order is the same on every run.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { proposalWorkflowId, type NominationView, type ProposalView, type RecordedEvent, type SessionView } from '#domain';
import { pdfPages } from '../apps/api/src/documents/testing/pdf-text.js';
import { holdingActivities, signalHandled, updateAccepted } from './support/hold-activity.js';
import { keepHistory } from './support/history.js';
import { startStack, type Stack } from './support/stack.js';
import { COUNCIL, createCycle, eventually, expectStatus } from './support/scenario.js';
import { composeSession, decideProposal, decisionOf, endorsed, passed, propose, proposalOf, refusal } from './support/proposal.js';

const CYCLE = 'T-RACE';

/** The recording of a nomination's withdrawal, keyed by the nomination; the numbering of a list's decision, by the proposal. */
const { hold, extras } = holdingActivities((activityType, [input]) => {
  const { nominationId, proposalId, events } = input as { nominationId?: string; proposalId?: string; events?: RecordedEvent[] };
  if (activityType === 'issueListDecision') return proposalId;
  return activityType === 'recordEvents' && events?.some((e) => e.type === 'NominationWithdrawn') ? nominationId : undefined;
});

describe('a withdrawal meeting a decision', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack('withdrawal_race', { extras });
    await createCycle(stack.api, CYCLE, { councilProcess: 'SESSIONS' });
  });
  afterAll(() => stack?.close());

  const api = () => stack.api;

  /** The unit withdraws `n` while `meanwhile` sends it `signalName`, handled before the withdrawal is recorded. */
  async function withdrawWhile(n: NominationView, signalName: string, meanwhile: () => Promise<unknown>): Promise<NominationView> {
    const held = hold(n.id);
    const withdrawing = api().as<NominationView>(`unit.${n.unitCode}`, 'POST', `/nominations/${n.id}/withdraw`, {
      reason: 'Đơn vị rút hồ sơ',
    });
    await held.reached;
    await meanwhile();
    await signalHandled(stack.temporal, n.workflowId, signalName);
    held.release();
    const withdrawn = expectStatus(await withdrawing, 200);
    expect(withdrawn).toMatchObject({ stage: 'CLOSED', status: 'WITHDRAWN', openEffects: [] });
    return withdrawn;
  }

  it('the council’s count of a session', async () => {
    const [x, y] = [await endorsed(api(), CYCLE), await endorsed(api(), CYCLE)];
    const { id } = await composeSession(api(), CYCLE, [x.id, y.id]);
    const opened = expectStatus(await api().as<SessionView>('standing.office', 'POST', `/council-sessions/${id}/open`), 200);
    const ballot = (member: string) =>
      api().as(member, 'POST', `/tasks/${opened.ballots.find((b) => b.member === member)?.taskId}/complete`, {
        choices: [x.id, y.id].map((nominationId) => ({ nominationId, choice: 'AGREE' })),
      });
    for (const member of COUNCIL.slice(0, 8)) expectStatus(await ballot(member), 200);

    // The last ballot closes the session, which tells x it passed while x's withdrawal is recorded.
    await withdrawWhile(x, 'councilSessionConcluded', async () => expectStatus(await ballot(COUNCIL[8]), 200));
    await eventually(api(), y.id, (v) => v.stage === 'MINISTER_DECISION');
  });

  /** The text of a decision as printed (the PDF of GET /decisions/:id/document). */
  async function decisionDocument(decisionId: string): Promise<string> {
    const pdf = await api().download('admin', `/decisions/${decisionId}/document`);
    expect(pdf).toMatchObject({ status: 200, contentType: 'application/pdf' });
    return (await pdfPages(Buffer.from(pdf.bytes))).join(' ');
  }

  /** Two nominations that passed the council, named so that neither name contains the other, on one proposal. */
  async function proposedPair(p: string, q: string): Promise<{ p: NominationView; q: NominationView; proposal: ProposalView }> {
    const [first, second] = await passed(api(), CYCLE, [{ nominee: { fullName: p } }, { nominee: { fullName: q } }]);
    const proposal = await propose(api(), CYCLE, [first.id, second.id]);
    await eventually(api(), first.id, (v) => v.proposalId === proposal.id);
    return { p: first, q: second, proposal };
  }

  it('the minister’s decision on the list, begun first: it stands, and the withdrawal is refused', async () => {
    const { p, q, proposal } = await proposedPair('Hoàng Văn Quyết', 'Đặng Thị Ký');

    // The minister approves; while his decision is being numbered, the unit withdraws p.
    const numbering = hold(proposal.id);
    const deciding = decideProposal(api(), 'minister', proposal, { decision: 'APPROVE' });
    await numbering.reached;
    const withdrawing = api().as(`unit.${p.unitCode}`, 'POST', `/nominations/${p.id}/withdraw`, { reason: 'Đơn vị rút hồ sơ' });
    try {
      // The withdrawal asks the proposal to take p off, and waits for the decision to finish.
      await updateAccepted(stack.temporal, proposalWorkflowId(proposal.id), 'takeEntryOff');
    } finally {
      numbering.release();
    }

    const { decision } = expectStatus(await deciding, 200);
    if (!decision) throw new Error('approved without a decision');
    const refused = refusal(await withdrawing, 409);
    expect(refused).toMatchObject({ code: 'WITHDRAWAL_TOO_LATE' });
    expect(refused.message).toBe(
      `Bộ trưởng đã ký Quyết định số ${decision.number} có hồ sơ này. Hồ sơ không thể rút nữa; nếu cần, đề nghị Bộ trưởng thu hồi.`,
    );

    // p receives the decision as if no withdrawal had been asked for: nothing of it was recorded.
    for (const n of [p, q]) {
      const approved = await eventually(api(), n.id, (v) => v.stage === 'AWAITING_CONFERENCE');
      expect(approved).toMatchObject({ status: 'IN_PROGRESS', decisionNumber: decision.number, decisionId: decision.id });
    }
    const events = expectStatus(await api().as<RecordedEvent[]>('admin', 'GET', `/nominations/${p.id}/events`), 200);
    expect(events.map((e) => e.type)).not.toContain('NominationWithdrawn');
    expect((await decisionOf(api(), decision.id)).nominationIds).toEqual([p.id, q.id]);
    const printed = await decisionDocument(decision.id);
    for (const n of [p, q]) expect(printed).toContain(n.nominee.fullName);
    await keepHistory(stack.temporal, p.workflowId, 'sessions-withdrawal-after-list-decision');
    await keepHistory(stack.temporal, proposalWorkflowId(proposal.id), 'proposal-decided-before-withdrawal');
  });

  it('a withdrawal begun first: the nomination comes off the list before the minister signs', async () => {
    const { p, q, proposal } = await proposedPair('Vũ Văn Rút', 'Trịnh Thị Còn');

    // p's withdrawal is held just before it is recorded: by then p is off the proposal.
    const held = hold(p.id);
    const withdrawing = api().as<NominationView>(`unit.${p.unitCode}`, 'POST', `/nominations/${p.id}/withdraw`, {
      reason: 'Đơn vị rút hồ sơ',
    });
    await held.reached;
    let decision: ProposalView['decision'];
    try {
      expect((await proposalOf(api(), proposal.id)).entries.map((e) => e.nominationId)).toEqual([q.id]);
      ({ decision } = expectStatus(await decideProposal(api(), 'minister', proposal, { decision: 'APPROVE' }), 200));
    } finally {
      held.release();
    }
    if (!decision) throw new Error('approved without a decision');

    expect(expectStatus(await withdrawing, 200)).toMatchObject({ stage: 'CLOSED', status: 'WITHDRAWN', openEffects: [] });
    await eventually(api(), q.id, (v) => v.stage === 'AWAITING_CONFERENCE' && v.decisionNumber === decision.number);
    expect((await decisionOf(api(), decision.id)).nominationIds).toEqual([q.id]);
    const printed = await decisionDocument(decision.id);
    expect(printed).toContain(q.nominee.fullName);
    expect(printed).not.toContain(p.nominee.fullName);
    expect(await eventually(api(), p.id, (v) => v.status === 'WITHDRAWN')).toMatchObject({ decisionNumber: null, proposalId: null });
    await keepHistory(stack.temporal, p.workflowId, 'sessions-withdrawn-off-proposal');
  });

  it('the news that it was left off the approved list', async () => {
    const [left, on] = await passed(api(), CYCLE, [{}, {}]);
    const proposal = await propose(api(), CYCLE, [on.id]);

    await withdrawWhile(left, 'notProposed', async () =>
      expectStatus(await decideProposal(api(), 'minister', proposal, { decision: 'APPROVE' }), 200),
    );
    await eventually(api(), on.id, (v) => v.stage === 'AWAITING_CONFERENCE');
  });
});
