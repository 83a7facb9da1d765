// When a nomination's process must act by itself: reminders, escalation, closing the vote, expiry.
import { describe, expect, it } from '@jest/globals';
import { councilVoteDue, ESCALATION_AFTER_DAYS, nextDeadline, pendingDeadlines, QUORUM_GRACE_DAYS, type Deadline } from './deadlines.js';
import type { RecordedEvent } from './events.js';
import type { NominationState } from './state.js';
import type { OpenTask } from './tasks.js';
import {
  NOMINATION_ID,
  T,
  TARGETS,
  atBlockReview,
  atCouncilVote,
  atMinisterDecision,
  awaitingConference,
  ballotTask,
  ballotsCast,
  councilAgendaItemAdded,
  endorsed,
  inRevision,
  nominationSpec,
  plusDays,
  reviewTask,
  revisionTask,
  taskEscalated,
  taskReminded,
  votingOpen,
  votingOpened,
} from '../testing/nomination-events.js';

const stateAfter = (events: RecordedEvent[]) => nominationSpec.given(events).state() as NominationState;
/** Each deadline as [kind, instant, task id or quorum]. */
const plan = (state: NominationState) =>
  pendingDeadlines(state).map((d) => [d.kind, new Date(d.at).toISOString(), 'task' in d ? d.task.id : `quorum:${d.quorumReached}`]);

const late = { at: '2018-05-25T03:00:00.000Z' };
const openedLate = (members: number) => [...atBlockReview(), endorsed(85, late), councilAgendaItemAdded(), votingOpened(members, late)];

describe('the council vote’s due date', () => {
  it('is the cycle’s target for a vote opened before it', () => {
    expect(councilVoteDue('2018-05-20T00:00:00.000Z', '2018-05-10T00:00:00.000Z')).toBe('2018-05-20T00:00:00.000Z');
  });

  it(`gives a vote opened after its target its own window of QUORUM_GRACE_DAYS (${QUORUM_GRACE_DAYS}) before the quorum is counted`, () => {
    expect(QUORUM_GRACE_DAYS).toBe(3);
    expect(councilVoteDue('2018-05-20T00:00:00.000Z', '2018-05-25T00:00:00.000Z')).toBe('2018-05-28T00:00:00.000Z');
  });

  it('gives a vote opened at its target instant the window too', () => {
    expect(councilVoteDue('2018-05-20T00:00:00.000Z', '2018-05-20T00:00:00.000Z')).toBe('2018-05-23T00:00:00.000Z');
  });

  it('is the target when the vote has not opened', () => {
    expect(councilVoteDue('2018-05-20T00:00:00.000Z', null)).toBe('2018-05-20T00:00:00.000Z');
  });
});

describe('reminders and escalation', () => {
  it(`the block review is reminded at its target and escalated ESCALATION_AFTER_DAYS (${ESCALATION_AFTER_DAYS}) later`, () => {
    expect(ESCALATION_AFTER_DAYS).toBe(3);
    expect(plan(stateAfter(atBlockReview()))).toEqual([
      ['REMIND', TARGETS.blockReviewTarget, reviewTask(1)],
      ['ESCALATE', plusDays(TARGETS.blockReviewTarget, 3), reviewTask(1)],
    ]);
  });

  it('the minister’s decision is reminded at its target and escalated 3 days later', () => {
    expect(plan(stateAfter(atMinisterDecision()))).toEqual([
      ['REMIND', TARGETS.decisionTarget, 'decision-1'],
      ['ESCALATE', plusDays(TARGETS.decisionTarget, 3), 'decision-1'],
    ]);
  });

  it('a task is reminded once per due date, and escalated once', () => {
    const review = stateAfter(atBlockReview()).tasks[0];
    expect(plan(stateAfter([...atBlockReview(), taskReminded(review)]))).toEqual([
      ['ESCALATE', plusDays(TARGETS.blockReviewTarget, 3), reviewTask(1)],
    ]);
    expect(plan(stateAfter([...atBlockReview(), taskReminded(review), taskEscalated(review)]))).toEqual([]);
  });

  it('a member is reminded of a ballot once', () => {
    const [first] = stateAfter(votingOpen(2)).tasks;
    const reminders = pendingDeadlines(stateAfter([...votingOpen(2), taskReminded(first)])).filter((d) => d.kind === 'REMIND');
    expect(reminders.map((d) => ('task' in d ? d.task.id : null))).toEqual([ballotTask(2)]);
  });

  it('ballots are only reminded, never escalated', () => {
    const kinds = pendingDeadlines(stateAfter(votingOpen(2))).filter((d) => d.kind !== 'CLOSE_VOTE');
    expect(kinds.map((d) => d.kind)).toEqual(['REMIND', 'REMIND']);
  });
});

describe('the revision deadline', () => {
  it('a revision expires at its due date, with no reminder and no escalation', () => {
    expect(plan(stateAfter(inRevision(1)))).toEqual([['EXPIRE', plusDays(T.changesRequested, 10), revisionTask(1)]]);
  });
});

describe('closing the vote', () => {
  it('with its quorum, the vote is counted at its target (before the members who did not vote are reminded)', () => {
    expect(plan(stateAfter([...votingOpen(9), ...ballotsCast(6)]))).toEqual([
      ['CLOSE_VOTE', TARGETS.councilVoteTarget, 'quorum:true'],
      ['REMIND', TARGETS.councilVoteTarget, ballotTask(7)],
      ['REMIND', TARGETS.councilVoteTarget, ballotTask(8)],
      ['REMIND', TARGETS.councilVoteTarget, ballotTask(9)],
    ]);
  });

  it('without its quorum, the members are reminded at the target and the vote fails QUORUM_GRACE_DAYS later', () => {
    const deadlines = plan(stateAfter([...votingOpen(9), ...ballotsCast(5)]));
    expect(deadlines.filter(([kind]) => kind === 'REMIND')).toHaveLength(4);
    expect(deadlines.at(-1)).toEqual(['CLOSE_VOTE', plusDays(TARGETS.councilVoteTarget, 3), 'quorum:false']);
  });

  it('a vote opened after its target closes 3 days after opening with its quorum, 6 without', () => {
    const closing = (events: RecordedEvent[]) => pendingDeadlines(stateAfter(events)).find((d) => d.kind === 'CLOSE_VOTE');
    expect(closing([...openedLate(3), ...ballotsCast(2)])).toEqual({
      kind: 'CLOSE_VOTE',
      at: Date.parse('2018-05-28T03:00:00.000Z'),
      quorumReached: true,
    });
    expect(closing([...openedLate(3), ...ballotsCast(1)])).toEqual({
      kind: 'CLOSE_VOTE',
      at: Date.parse('2018-05-31T03:00:00.000Z'),
      quorumReached: false,
    });
  });

  it('there is no vote to close before it has opened', () => {
    expect(pendingDeadlines(stateAfter(atCouncilVote()))).toEqual([]);
  });
});

describe('the plan as a whole', () => {
  it('awaiting the conference, nothing is due', () => {
    expect(pendingDeadlines(stateAfter(awaitingConference()))).toEqual([]);
    expect(nextDeadline(stateAfter(awaitingConference()))).toBeNull();
  });

  it.each(['REJECTED', 'WITHDRAWN', 'EXPIRED', 'HONOURED'] as const)(
    'nothing is due for a %s nomination, even with a task left open',
    (status) => {
      const state = stateAfter([...votingOpen(9), ...ballotsCast(6)]);
      expect(pendingDeadlines({ ...state, view: { ...state.view, status } })).toEqual([]);
    },
  );

  it('a task without a due date has no deadline', () => {
    const state = stateAfter(atBlockReview());
    expect(pendingDeadlines({ ...state, tasks: state.tasks.map((t) => ({ ...t, dueAt: null })) })).toEqual([]);
  });

  it('at the same instant: EXPIRE, then CLOSE_VOTE, then ESCALATE, then REMIND', () => {
    const X = TARGETS.councilVoteTarget;
    const base = stateAfter([...votingOpen(3), ...ballotsCast(2)]);
    const openTask = (id: string, type: OpenTask['type'], dueAt: string, flags: Partial<OpenTask> = {}): OpenTask => ({
      id,
      type,
      nominationId: NOMINATION_ID,
      assignee: { kind: 'UNIT', ref: 'BAO-TNMT' },
      dueAt,
      openedAt: T.submitted,
      ...flags,
    });
    const tasks = [
      openTask('ballot', 'COUNCIL_BALLOT', X),
      openTask('review', 'BLOCK_REVIEW', plusDays(X, -3), { remindedAt: T.endorsed }),
      openTask('revision', 'REVISION', X),
    ];
    expect(plan({ ...base, tasks })).toEqual([
      ['EXPIRE', X, 'revision'],
      ['CLOSE_VOTE', X, 'quorum:true'],
      ['ESCALATE', X, 'review'],
      ['REMIND', X, 'ballot'],
    ]);
  });

  it('earliest first, whatever the kind', () => {
    const deadlines: Deadline[] = pendingDeadlines(stateAfter([...votingOpen(9), ...ballotsCast(5)]));
    const instants = deadlines.map((d) => d.at);
    expect(instants).toEqual([...instants].sort((a, b) => a - b));
    expect(nextDeadline(stateAfter([...votingOpen(9), ...ballotsCast(5)]))).toEqual(deadlines[0]);
  });
});
