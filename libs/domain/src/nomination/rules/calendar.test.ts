// The cycle's dates moved (lùi thời hạn): a nomination in progress takes the newer calendar's targets.
import { describe, expect, it } from '@jest/globals';
import { QUORUM_GRACE_DAYS } from '../deadlines.js';
import { moveTargets } from '../../testing/nomination-commands.js';
import type { NominationTargets, RecordedEvent } from '../events.js';
import {
  T,
  TARGETS,
  atBlockReview,
  councilAgendaItemAdded,
  endorsed,
  taskEscalated,
  taskReminded,
  votingOpened,
  atMinisterDecision,
  awaitingConference,
  honouredNomination,
  inRevision,
  nominationRejected,
  nominationSpec,
  submitted,
  blockListEntryAdded,
  targetsMoved,
  votingOpen,
  withdrawn,
} from '../../testing/nomination-events.js';

/** The 2020 congress: every date a month later (COVID-19). */
const POSTPONED: NominationTargets = {
  blockReviewTarget: '2018-06-10T10:00:00.000Z',
  councilVoteTarget: '2018-06-20T10:00:00.000Z',
  decisionTarget: '2018-06-30T10:00:00.000Z',
  conferenceDate: '2018-07-08T01:00:00.000Z',
  revisionDays: 10,
};
const REASON = 'Lùi thời hạn do dịch COVID-19';

describe('moving a nomination’s targets', () => {
  it('records the previous and new targets, the calendar version and the reason', () => {
    nominationSpec
      .given(atBlockReview())
      .when(moveTargets(2, POSTPONED, REASON))
      .then([
        {
          type: 'NominationTargetsMoved',
          data: { previous: TARGETS, targets: { ...POSTPONED, calendarVersion: 2 }, reason: REASON, calendarVersion: 2 },
        },
      ]);
  });

  it('keeps the nomination’s own revision period, whatever the cycle sends', () => {
    const [event] = nominationSpec
      .given(inRevision(1))
      .when(moveTargets(2, { ...POSTPONED, revisionDays: 30 }))
      .events();
    expect(event).toMatchObject({ data: { targets: { revisionDays: 10 } } });
  });

  it('takes a newer calendar after an older one', () => {
    const moved = targetsMoved({ ...POSTPONED, calendarVersion: 2 }, { calendarVersion: 2 });
    nominationSpec
      .given([...atBlockReview(), moved])
      .when(moveTargets(3, TARGETS, 'Hoàn lại lịch ban đầu'))
      .then([
        {
          type: 'NominationTargetsMoved',
          data: {
            previous: { ...POSTPONED, calendarVersion: 2 },
            targets: { ...TARGETS, calendarVersion: 3 },
            reason: 'Hoàn lại lịch ban đầu',
            calendarVersion: 3,
          },
        },
      ]);
  });

  it.each<[string, RecordedEvent[], number]>([
    ['the calendar it started with (version 1)', atBlockReview(), 1],
    ['the same version again (a retried signal)', [...atBlockReview(), targetsMoved({ ...POSTPONED, calendarVersion: 2 })], 2],
    ['an older version', [...atBlockReview(), targetsMoved({ ...POSTPONED, calendarVersion: 3 }, { calendarVersion: 3 })], 2],
    ['the version it was submitted under', [submitted({ targets: { ...TARGETS, calendarVersion: 4 } }), blockListEntryAdded()], 4],
  ])('records nothing for %s', (_, given, version) => {
    nominationSpec.given(given).when(moveTargets(version, POSTPONED)).thenNothing();
  });

  it.each<[string, RecordedEvent[]]>([
    ['at the block review', atBlockReview()],
    ['in revision', inRevision(1)],
    ['at the council vote', votingOpen(9)],
    ['at the minister’s decision', atMinisterDecision()],
    ['approved, awaiting the conference', awaitingConference()],
  ])('a nomination in progress %s takes the new dates', (_, given) => {
    expect(nominationSpec.given(given).when(moveTargets(2, POSTPONED)).events()).toHaveLength(1);
  });

  it.each<[string, RecordedEvent[]]>([
    ['withdrawn', [...atBlockReview(), withdrawn('BLOCK_REVIEW')]],
    ['rejected', [...atBlockReview(), nominationRejected('BLOCK_REVIEW')]],
    ['honoured', honouredNomination()],
  ])('a nomination %s keeps its dates', (_, given) => {
    nominationSpec.given(given).when(moveTargets(2, POSTPONED)).thenNothing();
  });
});

describe('after the move', () => {
  const tasksAfter = (events: RecordedEvent[]) => nominationSpec.given(events).state()?.tasks ?? [];
  const late = { at: '2018-05-25T03:00:00.000Z' };

  it('the block review is due at the new target, a new occasion to remind and escalate', () => {
    const review = tasksAfter(atBlockReview())[0];
    const [moved] = tasksAfter([...atBlockReview(), taskReminded(review), taskEscalated(review), targetsMoved(POSTPONED)]);
    expect(moved).toMatchObject({ id: review.id, dueAt: POSTPONED.blockReviewTarget, remindedAt: null, escalatedAt: null });
  });

  it('the revision stays due revisionDays after the request', () => {
    const [revision] = tasksAfter([...inRevision(1), targetsMoved(POSTPONED)]);
    expect(revision).toMatchObject({ type: 'REVISION', dueAt: '2018-05-13T03:00:00.000Z' });
  });

  it('the ballots are due at the new council vote target', () => {
    const ballots = tasksAfter([...votingOpen(3), targetsMoved(POSTPONED)]);
    expect(ballots.map((t) => t.dueAt)).toEqual(Array(3).fill(POSTPONED.councilVoteTarget));
  });

  it(`a vote opened after its target gets QUORUM_GRACE_DAYS (${QUORUM_GRACE_DAYS}) from its opening, until a move puts the target after it`, () => {
    const openedLate = [...atBlockReview(), endorsed(85, late), councilAgendaItemAdded(), votingOpened(3, late)];
    expect(tasksAfter(openedLate)[0].dueAt).toBe('2018-05-28T03:00:00.000Z');
    const stillBefore = { ...TARGETS, councilVoteTarget: '2018-05-24T10:00:00.000Z' };
    expect(tasksAfter([...openedLate, targetsMoved(stillBefore)])[0].dueAt).toBe('2018-05-28T03:00:00.000Z');
    expect(tasksAfter([...openedLate, targetsMoved(POSTPONED)])[0].dueAt).toBe(POSTPONED.councilVoteTarget);
  });

  it('the minister’s decision is due at the new decision target', () => {
    const [decision] = tasksAfter([...atMinisterDecision(), targetsMoved(POSTPONED)]);
    expect(decision).toMatchObject({ type: 'MINISTER_DECISION', dueAt: POSTPONED.decisionTarget });
  });

  it('a task whose date did not move keeps its reminder', () => {
    const review = tasksAfter(atBlockReview())[0];
    const onlyTheConference = { ...TARGETS, conferenceDate: POSTPONED.conferenceDate };
    const [kept] = tasksAfter([...atBlockReview(), taskReminded(review, { at: T.endorsed }), targetsMoved(onlyTheConference)]);
    expect(kept).toMatchObject({ dueAt: TARGETS.blockReviewTarget, remindedAt: T.endorsed });
  });

  it('the view carries the new targets', () => {
    expect(nominationSpec.given([...atBlockReview(), targetsMoved({ ...POSTPONED, calendarVersion: 2 })]).state()?.view.targets).toEqual({
      ...POSTPONED,
      calendarVersion: 2,
    });
  });
});
