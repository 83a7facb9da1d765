import { quorumNeeded } from '../cycle/approval-rule.js';
import type { NominationState } from './state.js';
import type { OpenTask } from './tasks.js';
import { NominationStage, NominationStatus, TaskType } from './vocabulary.js';

const DAY = 86_400_000;
/** A task still open this long after its target goes to the standing office. */
export const ESCALATION_AFTER_DAYS = 3;
/** A council vote without quorum at its target stays open this long, then fails. */
export const QUORUM_GRACE_DAYS = 3;

/**
 * When a council vote is due: the cycle's target, or, for a vote that opened after it (late
 * endorsement, moved dates), as many days after opening as the grace period, so that members
 * always get a window to vote before the quorum is counted.
 */
export function councilVoteDue(councilVoteTarget: string, openedAt: string | null): string {
  if (openedAt === null || Date.parse(openedAt) < Date.parse(councilVoteTarget)) return councilVoteTarget;
  return new Date(Date.parse(openedAt) + QUORUM_GRACE_DAYS * DAY).toISOString();
}

/** Something the nomination's process must do at a given instant, whatever else happens. */
export type Deadline =
  | { kind: 'REMIND'; at: number; task: OpenTask }
  | { kind: 'ESCALATE'; at: number; task: OpenTask }
  | { kind: 'CLOSE_VOTE'; at: number; quorumReached: boolean }
  | { kind: 'EXPIRE'; at: number; task: OpenTask };

/**
 * Every deadline still ahead of the nomination, earliest first. Pure: computed again from the
 * state after each change, so a moved date or a decision re-plans the timers by itself.
 */
export function pendingDeadlines(state: NominationState): Deadline[] {
  const { view, tasks } = state;
  if (view.status !== NominationStatus.IN_PROGRESS) return [];
  const deadlines: Deadline[] = [];
  for (const task of tasks) {
    if (!task.dueAt) continue;
    const due = Date.parse(task.dueAt);
    switch (task.type) {
      case TaskType.REVISION:
        deadlines.push({ kind: 'EXPIRE', at: due, task });
        break;
      case TaskType.COUNCIL_BALLOT:
        if (!task.remindedAt) deadlines.push({ kind: 'REMIND', at: due, task });
        break;
      case TaskType.BLOCK_REVIEW:
      case TaskType.MINISTER_DECISION:
        if (!task.remindedAt) deadlines.push({ kind: 'REMIND', at: due, task });
        if (!task.escalatedAt) deadlines.push({ kind: 'ESCALATE', at: due + ESCALATION_AFTER_DAYS * DAY, task });
        break;
      default: {
        const unknown: never = task.type;
        throw new Error(`Unknown task type ${String(unknown)}`);
      }
    }
  }
  if (view.stage === NominationStage.COUNCIL_VOTE && view.councilMembers !== null) {
    // At the target the vote is counted if it has its quorum; otherwise it waits out the grace period.
    const target = Date.parse(councilVoteDue(view.targets.councilVoteTarget, view.councilVoteOpenedAt));
    const quorumReached = view.ballotsCast >= quorumNeeded(view.councilMembers);
    deadlines.push({ kind: 'CLOSE_VOTE', at: quorumReached ? target : target + QUORUM_GRACE_DAYS * DAY, quorumReached });
  }
  // Closing the vote comes before reminding the members who did not vote: they need no reminder then.
  const order: Record<Deadline['kind'], number> = { EXPIRE: 0, CLOSE_VOTE: 1, ESCALATE: 2, REMIND: 3 };
  return deadlines.sort((a, b) => a.at - b.at || order[a.kind] - order[b.kind]);
}

export function nextDeadline(state: NominationState): Deadline | null {
  return pendingDeadlines(state)[0] ?? null;
}
