import {
  ActivityFailure,
  allHandlersFinished,
  ApplicationFailure,
  condition,
  proxyActivities,
  setHandler,
  upsertSearchAttributes,
  uuid4,
  workflowInfo,
} from '@temporalio/workflow';
import {
  checkListDecision,
  decideEntryTakeOff,
  decideEntryWithdrawal,
  decideProposalApproval,
  decideProposalReturn,
  DomainError,
  evolveProposal,
  ProposalStatus,
  SYSTEM_ACTOR,
  unnumberedListDecision,
  type LeftOutEntry,
  type ListDecisionOutcome,
  type MinisterListDecision,
  type ProposalEntry,
  type ProposalEvent,
  type ProposalView,
  type RecordedProposalEvent,
} from '#domain';
import type { NominationActivities, ProposalActivities } from '../activity-contracts.js';
import { PERSISTENT } from '../common/activity-options.js';
import { refusing, validating } from '../common/refusals.js';
import { ProposalStatusKey } from '../search-attributes.js';
import { decideProposalUpdate, entryWithdrawnSignal, getProposalQuery, proposalSubmittedUpdate, takeEntryOffUpdate } from './messages.js';

const activities = proxyActivities<ProposalActivities & Pick<NominationActivities, 'notify'>>(PERSISTENT);

export interface ProposalStart {
  proposalId: string;
  cycleCode: string;
  entries: ProposalEntry[];
  leftOut: LeftOutEntry[];
  quota: number;
  justification: string | null;
  /** The cycle's decision target: the minister's task is due then. */
  dueAt: string;
  /** e.g. `QĐ-BTNMT`, the cycle's setting. */
  decisionSuffix: string;
  /** The records office numbers decisions elsewhere: the minister's approval carries the number it gave. */
  numberEnteredByRecordsOffice: boolean;
  submittedBy: string;
}

type Decision = MinisterListDecision & { minister: { username: string; fullName: string } | null };

/**
 * The standing office's proposal (tờ trình) to the minister: the nominations on it join it, the
 * minister's task waits for one decision on the whole list. Approval numbers ONE decision (the
 * register, or the records office's number) and tells every nomination on it: approved, struck,
 * and those that passed the council but were left off end as not proposed. Or the list goes back.
 */
export async function proposalWorkflow(start: ProposalStart): Promise<ProposalView> {
  let view: ProposalView | null = null;
  let turn: Promise<unknown> = Promise.resolve();
  let submitted = false;
  let deciding = false;
  const current = () => view as ProposalView;

  async function record(events: ProposalEvent[], actor: string): Promise<void> {
    if (events.length === 0) return;
    const version = view?.version ?? 0;
    const at = new Date().toISOString();
    const recorded = events.map((e, i) => ({ ...e, key: `${version + i + 1}:${e.type}`, actor, occurredAt: at }) as RecordedProposalEvent);
    await activities.recordProposalEvents({ proposalId: start.proposalId, events: recorded });
    const before = view?.status;
    for (const event of recorded) view = evolveProposal(view, event);
    if (before !== current().status) upsertSearchAttributes([{ key: ProposalStatusKey, value: current().status }]);
  }
  function exclusively<T>(step: () => Promise<T>): Promise<T> {
    const mine = turn.then(step);
    turn = mine.catch(() => undefined);
    return mine;
  }

  setHandler(getProposalQuery, () => view);
  setHandler(proposalSubmittedUpdate, async () => {
    await condition(() => submitted);
    return current();
  });
  setHandler(
    decideProposalUpdate,
    refusing((cmd: Decision) => exclusively(() => decideList(cmd))),
    {
      validator: validating((cmd: Decision) => {
        if (!view || deciding)
          throw new DomainError('CONFLICT', 'DECISION_IN_PROGRESS', 'Tờ trình đang được xử lý. Xin vui lòng thử lại sau giây lát.');
        checkListDecision(view, cmd);
        if (cmd.decision === 'APPROVE' && start.numberEnteredByRecordsOffice && !cmd.documentNumber?.trim()) {
          throw new DomainError('INVALID', 'DECISION_NUMBER_REQUIRED', 'Cần nhập số quyết định do Văn thư cấp.', {
            field: 'documentNumber',
          });
        }
      }),
    },
  );
  // Executions that took withdrawals only as news after the fact (and compensations) still send this.
  setHandler(entryWithdrawnSignal, ({ nominationId }) =>
    exclusively(async () => {
      if (view) await record(decideEntryWithdrawal(view, nominationId), SYSTEM_ACTOR);
    }),
  );
  // In turn with the minister's decision: one that has started is finished first, and then stands.
  setHandler(takeEntryOffUpdate, async ({ nominationId, actor }) => {
    await condition(() => view !== null);
    return exclusively(async () => {
      const { events, outcome } = decideEntryTakeOff(current(), nominationId);
      await record(events, actor);
      return outcome;
    });
  });

  async function decideList(cmd: Decision): Promise<ProposalView> {
    checkListDecision(current(), cmd);
    deciding = true;
    try {
      if (cmd.decision === 'RETURN') {
        await record(decideProposalReturn(current(), cmd.reason ?? ''), cmd.actor.username);
        const outcome: ListDecisionOutcome = { kind: 'RETURNED', reason: current().returned?.reason ?? '' };
        await activities.announceListDecision({
          proposalId: start.proposalId,
          outcomes: current().entries.map((e) => ({ workflowId: e.workflowId, outcome })),
        });
        return current();
      }
      const unnumbered = unnumberedListDecision(current(), cmd, {
        decisionId: uuid4(),
        signedAt: new Date().toISOString(),
        minister: cmd.minister,
      });
      const { number } = await issue(unnumbered, cmd.documentNumber);
      const decision = { ...unnumbered, number };
      await record(decideProposalApproval(current(), decision), cmd.actor.username);
      const struck = new Map(decision.struck.map((s) => [s.nominationId, s.reason]));
      await activities.announceListDecision({
        proposalId: start.proposalId,
        outcomes: current().entries.map((e) => {
          const reason = struck.get(e.nominationId);
          return {
            workflowId: e.workflowId,
            outcome: reason === undefined ? { kind: 'APPROVED', decision } : { kind: 'STRUCK', decision, reason },
          };
        }),
      });
      await endTheLeftOut(number);
      return current();
    } finally {
      deciding = false;
    }
  }

  /** Numbers the decision; a number the records office gave that is already taken is refused, and nothing is recorded. */
  async function issue(decision: Parameters<ProposalActivities['issueListDecision']>[0]['decision'], documentNumber?: string) {
    try {
      return await activities.issueListDecision({
        decision,
        cycleCode: start.cycleCode,
        proposalId: start.proposalId,
        suffix: start.decisionSuffix,
        ...(start.numberEnteredByRecordsOffice ? { documentNumber: documentNumber?.trim() } : {}),
      });
    } catch (err) {
      if (err instanceof ActivityFailure && err.cause instanceof ApplicationFailure && err.cause.type === 'DECISION_NUMBER_TAKEN') {
        throw new DomainError('CONFLICT', 'DECISION_NUMBER_TAKEN', err.cause.message, { field: 'documentNumber' });
      }
      throw err;
    }
  }

  /** Everyone of the cycle who passed the council but is on no list ends, told why. */
  async function endTheLeftOut(decisionNumber: string): Promise<void> {
    const except = current().entries.map((e) => e.nominationId);
    const left = await activities.passedNotProposed({ cycleCode: start.cycleCode, except });
    const why = new Map(start.leftOut.map((l) => [l.nominationId, l.explanation]));
    await activities.endNotProposed({
      decisionNumber,
      nominations: left.map((n) => ({
        ...n,
        explanation:
          why.get(n.nominationId) ??
          `Không có trong tờ trình của Thường trực Hội đồng được Bộ trưởng phê duyệt (Quyết định số ${decisionNumber}).`,
      })),
    });
  }

  const { proposalId, cycleCode, entries, leftOut, quota, justification, dueAt, submittedBy } = start;
  await record(
    [
      {
        type: 'ProposalSubmitted',
        data: {
          proposalId,
          workflowId: workflowInfo().workflowId,
          cycleCode,
          entries,
          leftOut,
          quota,
          justification,
          taskId: uuid4(),
          dueAt,
        },
      },
    ],
    submittedBy,
  );
  const { refused } = await activities.joinProposal({ proposalId, nominations: entries });
  for (const { nominationId } of refused) await exclusively(() => record(decideEntryWithdrawal(current(), nominationId), SYSTEM_ACTOR));
  submitted = true;

  await condition(() => current().status !== ProposalStatus.SUBMITTED);
  await condition(allHandlersFinished);
  return current();
}
