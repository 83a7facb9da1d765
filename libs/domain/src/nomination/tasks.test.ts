// The tasks a nomination opens and closes (taskChanges), who may act on them (canActOn), and their fold (applyTaskChanges).
import { describe, expect, it } from '@jest/globals';
import type { NominationEventType, RecordedEvent } from './events.js';
import { assigneeLabel } from '../labels.js';
import { applyTaskChanges, canActOn, taskChanges, type OpenTask, type TaskAssignee, type TaskChanges } from './tasks.js';
import {
  admin,
  blockReviewer,
  councilMember,
  deputyMinister,
  minister,
  nominatingOfficer,
  standingOffice,
  unitOfficer,
} from '../testing/actors.js';
import {
  NOMINATION_ID,
  T,
  TARGETS,
  atBlockReview,
  atCouncilVote,
  atMinisterDecision,
  ballotCast,
  ballotTask,
  blockListEntryAdded,
  blockListEntryCompensated,
  changesRequested,
  conferenceSeatCompensated,
  councilAgendaItemAdded,
  councilAgendaItemCompensated,
  endorsed,
  expired,
  honoured,
  inRevision,
  ministerApproved,
  ministerRejected,
  nominationRejected,
  nominationSpec,
  plusDays,
  recognised,
  resubmitted,
  reviewTask,
  revisionTask,
  revoked,
  seatReleased,
  seatReserved,
  submitted,
  tally,
  targetsMoved,
  taskEscalated,
  taskReminded,
  voteFailed,
  votePassed,
  votingOpen,
  votingOpened,
  withdrawn,
} from '../testing/nomination-events.js';

/** The task changes `event` makes to the nomination after `history`. */
function changes(history: RecordedEvent[], event: RecordedEvent): TaskChanges {
  const state = nominationSpec.given(history).state();
  return taskChanges(event, state?.view ?? null, state?.tasks ?? []);
}
const openTasks = (history: RecordedEvent[]) => nominationSpec.given(history).state()?.tasks ?? [];
const closing = (id: string, status: 'DONE' | 'CANCELLED', event: RecordedEvent) => ({
  id,
  status,
  closedAt: event.occurredAt,
  closedBy: event.actor,
});
const task = (id: string, type: OpenTask['type'], assignee: TaskAssignee, dueAt: string | null, openedAt: string): OpenTask => ({
  id,
  type,
  nominationId: NOMINATION_ID,
  assignee,
  dueAt,
  openedAt,
  remindedAt: null,
  escalatedAt: null,
});

describe('tasks opened and closed, event by event', () => {
  it('NominationSubmitted opens the block review for the reviewer unit, due at the block review target', () => {
    expect(taskChanges(submitted(), null, [])).toEqual({
      opened: [task(reviewTask(1), 'BLOCK_REVIEW', { kind: 'UNIT', ref: 'BAO-TNMT' }, TARGETS.blockReviewTarget, T.submitted)],
      closed: [],
    });
  });

  it('no other event opens anything before the submission', () => {
    expect(taskChanges(endorsed(), null, [])).toEqual({ opened: [], closed: [] });
  });

  it('ChangesRequested closes the review as done and opens the revision for the unit, due at its revision deadline', () => {
    const event = changesRequested({ round: 1, at: T.changesRequested });
    expect(changes(atBlockReview(), event)).toEqual({
      opened: [
        task(revisionTask(1), 'REVISION', { kind: 'UNIT', ref: 'BQLDA-DTXD' }, plusDays(T.changesRequested, 10), T.changesRequested),
      ],
      closed: [closing(reviewTask(1), 'DONE', event)],
    });
  });

  it('NominationResubmitted closes the revision as done and opens a new review, due at the (current) block review target', () => {
    const moved = { ...TARGETS, blockReviewTarget: '2018-06-10T10:00:00.000Z', calendarVersion: 2 };
    const event = resubmitted({ round: 1 });
    expect(changes([...inRevision(1), targetsMoved(moved)], event)).toEqual({
      opened: [task(reviewTask(2), 'BLOCK_REVIEW', { kind: 'UNIT', ref: 'BAO-TNMT' }, moved.blockReviewTarget, T.resubmitted)],
      closed: [closing(revisionTask(1), 'DONE', event)],
    });
  });

  it('BlockEndorsed closes the review as done', () => {
    const event = endorsed(85);
    expect(changes(atBlockReview(), event)).toEqual({ opened: [], closed: [closing(reviewTask(1), 'DONE', event)] });
  });

  it('CouncilVotingOpened gives each member a ballot, due at the council vote target', () => {
    const event = votingOpened(2);
    expect(changes(atCouncilVote(), event)).toEqual({
      opened: [
        task(ballotTask(1), 'COUNCIL_BALLOT', { kind: 'USER', ref: 'council.1' }, TARGETS.councilVoteTarget, T.voteOpened),
        task(ballotTask(2), 'COUNCIL_BALLOT', { kind: 'USER', ref: 'council.2' }, TARGETS.councilVoteTarget, T.voteOpened),
      ],
      closed: [],
    });
  });

  it('CouncilVotingOpened after the target gives the ballots 3 days from the opening', () => {
    const event = votingOpened(1, { at: '2018-05-25T03:00:00.000Z' });
    expect(changes(atCouncilVote(), event).opened[0].dueAt).toBe('2018-05-28T03:00:00.000Z');
  });

  it('BallotCast closes that member’s ballot as done, and only it', () => {
    const event = ballotCast(2);
    expect(changes(votingOpen(3), event)).toEqual({ opened: [], closed: [closing(ballotTask(2), 'DONE', event)] });
  });

  it('CouncilVotePassed cancels the ballots not cast and opens the minister’s decision, due at the decision target', () => {
    const event = votePassed(tally(2, 0, 0, 3));
    expect(changes([...votingOpen(3), ballotCast(1), ballotCast(2)], event)).toEqual({
      opened: [task('decision-1', 'MINISTER_DECISION', { kind: 'MINISTER', ref: 'MINISTER' }, TARGETS.decisionTarget, T.voteClosed)],
      closed: [closing(ballotTask(3), 'CANCELLED', event)],
    });
  });

  it('CouncilVoteFailed cancels the ballots not cast', () => {
    const event = voteFailed(tally(1, 0, 0, 3), 'QUORUM_NOT_REACHED');
    expect(changes([...votingOpen(3), ballotCast(1)], event)).toEqual({
      opened: [],
      closed: [closing(ballotTask(2), 'CANCELLED', event), closing(ballotTask(3), 'CANCELLED', event)],
    });
  });

  it.each([
    ['MinisterApproved', ministerApproved()],
    ['MinisterRejected', ministerRejected()],
  ])('%s closes the minister’s decision as done', (_, event) => {
    expect(changes(atMinisterDecision(), event)).toEqual({ opened: [], closed: [closing('decision-1', 'DONE', event)] });
  });

  it('NominationRejected: the review that rejected is done, anything else open is cancelled', () => {
    const event = nominationRejected('BLOCK_REVIEW');
    expect(changes(atBlockReview(), event)).toEqual({ opened: [], closed: [closing(reviewTask(1), 'DONE', event)] });
    const rejectedAtCouncil = nominationRejected('COUNCIL_VOTE');
    expect(changes(votingOpen(2), rejectedAtCouncil).closed).toEqual([
      closing(ballotTask(1), 'CANCELLED', rejectedAtCouncil),
      closing(ballotTask(2), 'CANCELLED', rejectedAtCouncil),
    ]);
  });

  it.each([
    ['NominationWithdrawn', withdrawn('COUNCIL_VOTE')],
    ['NominationExpired', expired('COUNCIL_VOTE')],
  ])('%s cancels every open task', (_, event) => {
    expect(changes(votingOpen(2), event)).toEqual({
      opened: [],
      closed: [closing(ballotTask(1), 'CANCELLED', event), closing(ballotTask(2), 'CANCELLED', event)],
    });
  });

  it('TaskReminded flags the task as reminded', () => {
    const event = taskReminded({ id: reviewTask(1), type: 'BLOCK_REVIEW', dueAt: TARGETS.blockReviewTarget });
    expect(changes(atBlockReview(), event)).toEqual({
      opened: [],
      closed: [],
      updated: [{ id: reviewTask(1), remindedAt: event.occurredAt }],
    });
  });

  it('TaskEscalated flags the task as escalated', () => {
    const event = taskEscalated({ id: reviewTask(1), type: 'BLOCK_REVIEW', dueAt: TARGETS.blockReviewTarget });
    expect(changes(atBlockReview(), event)).toEqual({
      opened: [],
      closed: [],
      updated: [{ id: reviewTask(1), escalatedAt: event.occurredAt }],
    });
  });

  it('NominationTargetsMoved moves the due date of each task due at a target that moved, clearing its flags', () => {
    const moved = { ...TARGETS, councilVoteTarget: '2018-06-20T10:00:00.000Z', calendarVersion: 2 };
    expect(changes(votingOpen(2), targetsMoved(moved))).toEqual({
      opened: [],
      closed: [],
      updated: [
        { id: ballotTask(1), dueAt: moved.councilVoteTarget, remindedAt: null, escalatedAt: null },
        { id: ballotTask(2), dueAt: moved.councilVoteTarget, remindedAt: null, escalatedAt: null },
      ],
    });
  });

  it('NominationTargetsMoved leaves a revision and the tasks whose target did not move', () => {
    const moved = { ...TARGETS, blockReviewTarget: '2018-06-10T10:00:00.000Z', calendarVersion: 2 };
    expect(changes(inRevision(1), targetsMoved(moved)).updated).toEqual([]);
    expect(changes(atBlockReview(), targetsMoved({ ...TARGETS, calendarVersion: 2 })).updated).toEqual([]);
  });

  const noTask: [NominationEventType, RecordedEvent][] = [
    ['BlockListEntryAdded', blockListEntryAdded()],
    ['CouncilAgendaItemAdded', councilAgendaItemAdded()],
    ['ConferenceSeatReserved', seatReserved()],
    ['ConferenceSeatReleased', seatReleased()],
    ['NominationHonoured', honoured()],
    ['NominationRecognised', recognised()],
    ['NominationRevoked', revoked()],
    ['BlockListEntryCompensated', blockListEntryCompensated('REJECTED')],
    ['CouncilAgendaItemCompensated', councilAgendaItemCompensated('REJECTED')],
    ['ConferenceSeatCompensated', conferenceSeatCompensated('REJECTED')],
  ];
  it.each(noTask)('%s opens and closes no task', (_, event) => {
    expect(changes(votingOpen(2), event)).toEqual({ opened: [], closed: [] });
  });
});

describe('the open tasks through a whole life', () => {
  it('one review, then a revision, then a new review, then the ballots, then the minister, then none', () => {
    const ids = (history: RecordedEvent[]) => openTasks(history).map((t) => t.id);
    expect(ids(atBlockReview())).toEqual([reviewTask(1)]);
    expect(ids(inRevision(1))).toEqual([revisionTask(1)]);
    expect(ids([...inRevision(1), resubmitted()])).toEqual([reviewTask(2)]);
    expect(ids(votingOpen(3))).toEqual([ballotTask(1), ballotTask(2), ballotTask(3)]);
    expect(ids(atMinisterDecision())).toEqual(['decision-1']);
    expect(ids([...atMinisterDecision(), ministerApproved()])).toEqual([]);
  });
});

describe('who may act on a task', () => {
  const unit: TaskAssignee = { kind: 'UNIT', ref: 'BAO-TNMT' };
  const member: TaskAssignee = { kind: 'USER', ref: 'council.3' };
  const theMinister: TaskAssignee = { kind: 'MINISTER', ref: 'MINISTER' };

  it.each([
    { who: 'an officer of the unit', assignee: unit, actor: blockReviewer, may: true },
    { who: 'an officer of another unit', assignee: unit, actor: nominatingOfficer, may: false },
    { who: 'a person of the unit without the officer role', assignee: unit, actor: { ...blockReviewer, roles: [] }, may: false },
    { who: 'the standing office', assignee: unit, actor: standingOffice, may: false },
    { who: 'the member named', assignee: member, actor: councilMember(3), may: true },
    { who: 'another member', assignee: member, actor: councilMember(4), may: false },
    { who: 'an administrator', assignee: member, actor: admin, may: false },
    { who: 'the minister', assignee: theMinister, actor: minister, may: true },
    { who: 'a deputy minister', assignee: theMinister, actor: deputyMinister, may: true },
    { who: 'the standing office', assignee: theMinister, actor: standingOffice, may: false },
    { who: 'an officer of a unit', assignee: theMinister, actor: unitOfficer('BAO-TNMT'), may: false },
  ])('$who may act on a $assignee.kind task: $may', ({ assignee, actor, may }) => {
    expect(canActOn(assignee, actor)).toBe(may);
  });

  it('describes each kind of assignee for refusals, in Vietnamese', () => {
    expect(assigneeLabel(unit)).toBe('cán bộ của đơn vị BAO-TNMT');
    expect(assigneeLabel(member)).toBe('tài khoản council.3');
    expect(assigneeLabel(theMinister)).toBe('Bộ trưởng hoặc Thứ trưởng (ký thay Bộ trưởng)');
  });
});

describe('applying task changes', () => {
  const a = task('a', 'COUNCIL_BALLOT', { kind: 'USER', ref: 'council.1' }, TARGETS.councilVoteTarget, T.voteOpened);
  const b = task('b', 'COUNCIL_BALLOT', { kind: 'USER', ref: 'council.2' }, TARGETS.councilVoteTarget, T.voteOpened);
  const c = task('c', 'MINISTER_DECISION', { kind: 'MINISTER', ref: 'MINISTER' }, TARGETS.decisionTarget, T.voteClosed);

  it('removes the closed, keeps the others in order and appends the opened', () => {
    const closed = [{ id: 'a', status: 'DONE' as const, closedAt: T.ballot, closedBy: 'council.1' }];
    expect(applyTaskChanges([a, b], { opened: [c], closed })).toEqual([b, c]);
  });

  it('updates open tasks, new ones included, and ignores updates of tasks not open', () => {
    const updated = [
      { id: 'b', remindedAt: T.voteClosed },
      { id: 'c', dueAt: '2018-06-30T10:00:00.000Z', escalatedAt: null },
      { id: 'gone', remindedAt: T.voteClosed },
    ];
    expect(applyTaskChanges([a, b], { opened: [c], closed: [], updated })).toEqual([
      a,
      { ...b, remindedAt: T.voteClosed },
      { ...c, dueAt: '2018-06-30T10:00:00.000Z' },
    ]);
  });

  it('leaves the list it is given as it was', () => {
    const open = [a, b];
    applyTaskChanges(open, {
      opened: [c],
      closed: [{ id: 'a', status: 'CANCELLED', closedAt: T.voteClosed, closedBy: 'system' }],
      updated: [{ id: 'b', remindedAt: T.voteClosed }],
    });
    expect(open).toEqual([a, b]);
    expect(b.remindedAt).toBeNull();
  });
});
