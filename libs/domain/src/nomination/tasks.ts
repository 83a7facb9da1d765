import { hasRole, Role, type Actor } from '../organisation/actor.js';
import type { RecordedEvent } from './events.js';
import type { NominationView } from './view.js';
import { councilVoteDue } from './deadlines.js';
import { TaskType } from './vocabulary.js';

/** Who a task waits for: a unit's officers, one person, or the minister (or a deputy on his behalf). */
export type TaskAssignee = { kind: 'UNIT'; ref: string } | { kind: 'USER'; ref: string } | { kind: 'MINISTER'; ref: 'MINISTER' };

export interface OpenTask {
  id: string;
  type: TaskType;
  nominationId: string;
  assignee: TaskAssignee;
  dueAt: string | null;
  openedAt: string;
  /** When the assignee was reminded of the current due date (cleared when the date moves). */
  remindedAt?: string | null;
  /** When the standing office was alerted that the task is overdue (the flag on the task). */
  escalatedAt?: string | null;
}

/** A change to an open task: a moved due date (which clears the reminder flags), or a flag set. */
export interface TaskUpdate {
  id: string;
  dueAt?: string | null;
  remindedAt?: string | null;
  escalatedAt?: string | null;
}

export interface TaskClosing {
  id: string;
  status: 'DONE' | 'CANCELLED';
  closedAt: string;
  closedBy: string;
}

export interface TaskChanges {
  opened: OpenTask[];
  closed: TaskClosing[];
  updated?: TaskUpdate[];
}

/** Whether `actor` may complete a task assigned to `assignee`. */
export function canActOn(assignee: TaskAssignee, actor: Actor): boolean {
  switch (assignee.kind) {
    case 'UNIT':
      return actor.unitCode === assignee.ref && hasRole(actor, Role.UNIT_OFFICER);
    case 'USER':
      return actor.username === assignee.ref;
    case 'MINISTER':
      return hasRole(actor, Role.MINISTER, Role.DEPUTY_MINISTER);
    default: {
      const unknown: never = assignee;
      throw new Error(`Unknown assignee ${JSON.stringify(unknown)}`);
    }
  }
}

/**
 * Which tasks an event opens and closes, given the nomination before the event and its
 * open tasks. The workflow and the read model both use it, so they agree on every task.
 */
export function taskChanges(event: RecordedEvent, before: NominationView | null, open: readonly OpenTask[]): TaskChanges {
  const at = event.occurredAt;
  const close = (status: TaskClosing['status'], which: (t: OpenTask) => boolean): TaskClosing[] =>
    open.filter(which).map((t) => ({ id: t.id, status, closedAt: at, closedBy: event.actor }));
  const openTask = (id: string, type: TaskType, assignee: TaskAssignee, dueAt: string | null, nominationId: string): OpenTask => ({
    id,
    type,
    nominationId,
    assignee,
    dueAt,
    openedAt: at,
    remindedAt: null,
    escalatedAt: null,
  });
  const none: TaskChanges = { opened: [], closed: [] };

  if (event.type === 'NominationSubmitted') {
    const d = event.data;
    return {
      opened: [
        openTask(
          d.reviewTaskId,
          TaskType.BLOCK_REVIEW,
          { kind: 'UNIT', ref: d.reviewerUnitCode },
          d.targets.blockReviewTarget,
          d.nominationId,
        ),
      ],
      closed: [],
    };
  }
  if (before === null) return none;
  const id = before.id;

  switch (event.type) {
    case 'ChangesRequested':
      return {
        opened: [
          openTask(event.data.revisionTaskId, TaskType.REVISION, { kind: 'UNIT', ref: before.unitCode }, event.data.revisionDueAt, id),
        ],
        closed: close('DONE', (t) => t.type === TaskType.BLOCK_REVIEW),
      };
    case 'NominationResubmitted':
      // Returned by the standing office: it waits at the council again, with no task for the block.
      if (before.returnedFrom) return { opened: [], closed: close('DONE', (t) => t.type === TaskType.REVISION) };
      return {
        opened: [
          openTask(
            event.data.reviewTaskId,
            TaskType.BLOCK_REVIEW,
            { kind: 'UNIT', ref: before.reviewerUnitCode },
            before.targets.blockReviewTarget,
            id,
          ),
        ],
        closed: close('DONE', (t) => t.type === TaskType.REVISION),
      };
    case 'BlockEndorsed':
      return { opened: [], closed: close('DONE', (t) => t.type === TaskType.BLOCK_REVIEW) };
    case 'CouncilVotingOpened': {
      const due = councilVoteDue(before.targets.councilVoteTarget, event.occurredAt);
      return {
        opened: event.data.ballots.map((b) => openTask(b.taskId, TaskType.COUNCIL_BALLOT, { kind: 'USER', ref: b.member }, due, id)),
        closed: [],
      };
    }
    case 'BallotCast':
      return { opened: [], closed: close('DONE', (t) => t.id === event.data.taskId) };
    case 'CouncilVotePassed':
      // Passed in a council session: the minister decides the standing office's proposal, not this nomination alone.
      if (event.data.decisionTaskId === undefined) return none;
      return {
        opened: [
          openTask(
            event.data.decisionTaskId,
            TaskType.MINISTER_DECISION,
            { kind: 'MINISTER', ref: 'MINISTER' },
            before.targets.decisionTarget,
            id,
          ),
        ],
        closed: close('CANCELLED', (t) => t.type === TaskType.COUNCIL_BALLOT),
      };
    case 'CouncilVoteFailed':
      return { opened: [], closed: close('CANCELLED', (t) => t.type === TaskType.COUNCIL_BALLOT) };
    case 'MinisterApproved':
    case 'MinisterRejected':
      return { opened: [], closed: close('DONE', (t) => t.type === TaskType.MINISTER_DECISION) };
    case 'NominationRejected':
      // The reviewer who rejected has done their task; anything else still open is moot.
      return {
        opened: [],
        closed: [...close('DONE', (t) => t.type === TaskType.BLOCK_REVIEW), ...close('CANCELLED', (t) => t.type !== TaskType.BLOCK_REVIEW)],
      };
    case 'NominationWithdrawn':
    case 'NominationExpired':
      return { opened: [], closed: close('CANCELLED', () => true) };
    case 'TaskReminded':
      return { opened: [], closed: [], updated: [{ id: event.data.taskId, remindedAt: at }] };
    case 'TaskEscalated':
      return { opened: [], closed: [], updated: [{ id: event.data.taskId, escalatedAt: at }] };
    case 'NominationTargetsMoved': {
      // Tasks due at a cycle target follow it; a new due date is a new occasion to remind.
      // A revision is due a number of days after the request, whatever the cycle's dates: it stays.
      const dueFor: Record<TaskType, string | null> = {
        BLOCK_REVIEW: event.data.targets.blockReviewTarget,
        REVISION: null,
        COUNCIL_BALLOT: councilVoteDue(event.data.targets.councilVoteTarget, before.councilVoteOpenedAt ?? null),
        MINISTER_DECISION: event.data.targets.decisionTarget,
      };
      const updated = open.flatMap((t) => {
        const dueAt = dueFor[t.type];
        return dueAt !== null && dueAt !== t.dueAt ? [{ id: t.id, dueAt, remindedAt: null, escalatedAt: null }] : [];
      });
      return { opened: [], closed: [], updated };
    }
    // Facts that open and close no task.
    case 'BlockListEntryAdded':
    case 'CouncilAgendaItemAdded':
    case 'ConferenceSeatReserved':
    case 'ConferenceSeatReleased':
    case 'NominationHonoured':
    case 'NominationRecognised':
    case 'NominationRevoked':
    case 'BlockListEntryCompensated':
    case 'CouncilAgendaItemCompensated':
    case 'ConferenceSeatCompensated':
    case 'CouncilAgendaItemRemoved':
    case 'CouncilSessionInquorate':
    case 'ProposalEntryAdded':
    case 'ProposalEntryRemoved':
    case 'ProposalEntryCompensated':
    case 'NominationNotProposed':
    case 'DraftCreated':
    case 'DossierEdited':
    case 'DocumentAttached':
    case 'DraftLapsed':
      return none;
    default: {
      const unknown: never = event;
      throw new Error(`Unknown event ${JSON.stringify(unknown)}`);
    }
  }
}

/** Applies task changes to a list of open tasks. */
export function applyTaskChanges(open: readonly OpenTask[], changes: TaskChanges): OpenTask[] {
  const closed = new Set(changes.closed.map((c) => c.id));
  const updates = new Map((changes.updated ?? []).map((u) => [u.id, u]));
  return [...open.filter((t) => !closed.has(t.id)), ...changes.opened].map((t) => {
    const update = updates.get(t.id);
    return update ? { ...t, ...update } : t;
  });
}
