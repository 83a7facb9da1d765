// What the process records when a deadline comes: reminders, escalation, and the expiry of a revision.
import { describe, it } from '@jest/globals';
import { escalate, expireRevision, remind } from '../../testing/nomination-commands.js';
import type { RecordedEvent } from '../events.js';
import type { OpenTask } from '../tasks.js';
import {
  NOMINATION_ID,
  TARGETS,
  atBlockReview,
  atCouncilVote,
  atMinisterDecision,
  honouredNomination,
  inRevision,
  nominationRejected,
  nominationSpec,
  resubmittedAfter,
  reviewTask,
  revisionTask,
  votingOpen,
  withdrawn,
} from '../../testing/nomination-events.js';

const task = (id: string, type: OpenTask['type'], dueAt: string): OpenTask => ({
  id,
  type,
  nominationId: NOMINATION_ID,
  assignee: { kind: 'UNIT', ref: 'BAO-TNMT' },
  dueAt,
  openedAt: '2018-04-20T02:00:00.000Z',
});
const review = task(reviewTask(1), 'BLOCK_REVIEW', TARGETS.blockReviewTarget);

const ended: [string, RecordedEvent[]][] = [
  ['withdrawn', [...atBlockReview(), withdrawn('BLOCK_REVIEW')]],
  ['rejected', [...atBlockReview(), nominationRejected('BLOCK_REVIEW')]],
  ['honoured', honouredNomination()],
];

describe('reminders', () => {
  it('reminds the assignee of a task that reached its due date', () => {
    nominationSpec
      .given(atBlockReview())
      .when(remind(review))
      .then([{ type: 'TaskReminded', data: { taskId: reviewTask(1), taskType: 'BLOCK_REVIEW', dueAt: TARGETS.blockReviewTarget } }]);
  });

  it('reminds every task due at the same instant together (the ballots of a vote)', () => {
    const ballots = [1, 2].map((n) => task(`ballot-${n}`, 'COUNCIL_BALLOT', TARGETS.councilVoteTarget));
    nominationSpec
      .given(votingOpen(2))
      .when(remind(...ballots))
      .then(
        ballots.map((b) => ({
          type: 'TaskReminded',
          data: { taskId: b.id, taskType: 'COUNCIL_BALLOT', dueAt: TARGETS.councilVoteTarget },
        })),
      );
  });

  // BUG (rules/deadlines.ts, decideReminders): only the nomination's status is checked, so a reminder decided
  // after the task was completed (the workflow queues it behind the reviewer's decision) is still recorded.
  it('a task completed meanwhile is not reminded', () => {
    nominationSpec.given(atCouncilVote()).when(remind(review)).thenNothing();
  });

  it.each(ended)('a nomination %s reminds no one', (_, given) => {
    nominationSpec.given(given).when(remind(review)).thenNothing();
  });
});

describe('escalation', () => {
  it('sends a task still open after its due date to the standing office', () => {
    const decision = task('decision-1', 'MINISTER_DECISION', TARGETS.decisionTarget);
    nominationSpec
      .given(atMinisterDecision())
      .when(escalate(decision))
      .then([{ type: 'TaskEscalated', data: { taskId: 'decision-1', taskType: 'MINISTER_DECISION', dueAt: TARGETS.decisionTarget } }]);
  });

  // BUG (rules/deadlines.ts, decideEscalation): same as the reminders: a completed task is still escalated.
  it('a task completed meanwhile is not escalated', () => {
    nominationSpec.given(atCouncilVote()).when(escalate(review)).thenNothing();
  });

  it.each(ended)('a nomination %s escalates nothing', (_, given) => {
    nominationSpec.given(given).when(escalate(review)).thenNothing();
  });
});

describe('the revision deadline', () => {
  it('a unit that did not resubmit in time loses its nomination, told the deadline in Hanoi time', () => {
    const revision = task(revisionTask(1), 'REVISION', '2018-05-13T03:00:00.000Z');
    nominationSpec
      .given(inRevision(1))
      .when(expireRevision(revision))
      .then([
        {
          type: 'NominationExpired',
          data: { stage: 'REVISION', reason: 'Not resubmitted by the revision deadline, 13/05/2018 10:00 (Hanoi time)' },
        },
      ]);
  });

  // BUG (rules/deadlines.ts, decideRevisionExpiry): only the status is checked. The workflow decides each
  // command on the state as stored, one at a time; an expiry queued behind a resubmission accepted just
  // before the deadline is decided after it, and expires a nomination resubmitted in time (at BLOCK_REVIEW).
  it('a nomination resubmitted in time does not expire', () => {
    const revision = task(revisionTask(1), 'REVISION', '2018-05-13T03:00:00.000Z');
    nominationSpec.given(resubmittedAfter(1)).when(expireRevision(revision)).thenNothing();
  });

  it.each(ended)('a nomination %s does not expire again', (_, given) => {
    nominationSpec
      .given(given)
      .when(expireRevision(task(revisionTask(1), 'REVISION', '2018-05-13T03:00:00.000Z')))
      .thenNothing();
  });
});
