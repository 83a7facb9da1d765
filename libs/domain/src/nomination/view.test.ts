// The one fold of a nomination's events into what people see (evolveNomination), event by event.
import { uploaded } from '../testing/drafts.js';
import { describe, expect, it } from '@jest/globals';
import type { NominationEventType, RecordedEvent } from './events.js';
import { evolveNomination, type NominationView } from './view.js';
import { deputyMinister, minister } from '../testing/actors.js';
import {
  AGENDA_REF,
  BLOCK_LIST_REF,
  DOSSIER,
  NOMINATION_ID,
  RULES,
  SEAT_REF,
  TARGETS,
  T,
  atBlockReview,
  atCouncilVote,
  atMinisterDecision,
  awaitingConference,
  ballotCast,
  blockListEntryAdded,
  blockListEntryCompensated,
  changesRequested,
  conferenceSeatCompensated,
  councilAgendaItemAdded,
  councilAgendaItemCompensated,
  endorsed,
  expired,
  honoured,
  honouredNomination,
  inRevision,
  ministerApproved,
  ministerRejected,
  nominationRejected,
  recognised,
  resubmitted,
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

const fold = (events: readonly RecordedEvent[]): NominationView =>
  events.reduce<NominationView | null>(evolveNomination, null) as NominationView;
/** The view after `events`, then `event`. */
const after = (events: readonly RecordedEvent[], event: RecordedEvent) => evolveNomination(fold(events), event);

describe('NominationSubmitted', () => {
  it('starts the view at the block review, in progress, with nothing decided yet', () => {
    expect(fold([submitted()])).toEqual({
      id: NOMINATION_ID,
      workflowId: 'nomination:SK-2016-2018:BQLDA-DTXD:ca-nhan-nguyen-van-hung',
      cycleCode: 'SK-2016-2018',
      unitCode: 'BQLDA-DTXD',
      blockCode: 'KHOI-VI',
      reviewerUnitCode: 'BAO-TNMT',
      nominee: DOSSIER.nominee,
      nomineeKey: 'ca-nhan-nguyen-van-hung',
      achievements: DOSSIER.achievements,
      initiatives: DOSSIER.initiatives,
      documents: DOSSIER.documents,
      rules: RULES,
      targets: TARGETS,
      stage: 'BLOCK_REVIEW',
      status: 'IN_PROGRESS',
      changeRounds: 0,
      blockScore: null,
      councilMembers: null,
      councilSessionId: null,
      proposalId: null,
      decisionId: null,
      councilVoteOpenedAt: null,
      ballotsCast: 0,
      tally: null,
      decisionNumber: null,
      decisionSignature: null,
      revocationDecisionNumber: null,
      certificateNumber: null,
      conferenceRank: null,
      outcome: null,
      openEffects: [],
      submittedAt: T.submitted,
      updatedAt: T.submitted,
      version: 1,
    });
  });

  it('no other event can come first', () => {
    expect(() => evolveNomination(null, blockListEntryAdded())).toThrow('BlockListEntryAdded before NominationSubmitted');
  });
});

describe('every later event', () => {
  const everyLaterEvent: Record<Exclude<NominationEventType, 'NominationSubmitted' | 'DraftCreated'>, RecordedEvent> = {
    DossierEdited: { ...blockListEntryAdded(), type: 'DossierEdited', data: { changed: ['achievements'], achievements: 'x', round: 0 } },
    DocumentAttached: { ...blockListEntryAdded(), type: 'DocumentAttached', data: { document: uploaded('BAO_CAO', 'Báo cáo'), round: 0 } },
    DraftLapsed: { ...blockListEntryAdded(), type: 'DraftLapsed', data: { cutoff: T.submitted, reason: 'Hết hạn' } },
    BlockListEntryAdded: blockListEntryAdded(),
    ChangesRequested: changesRequested(),
    NominationResubmitted: resubmitted(),
    BlockEndorsed: endorsed(),
    CouncilAgendaItemAdded: councilAgendaItemAdded(),
    CouncilVotingOpened: votingOpened(9),
    BallotCast: ballotCast(1),
    CouncilVotePassed: votePassed(),
    CouncilVoteFailed: voteFailed(tally(3), 'QUORUM_NOT_REACHED'),
    MinisterApproved: ministerApproved(),
    MinisterRejected: ministerRejected(),
    ConferenceSeatReserved: seatReserved(),
    NominationHonoured: honoured(),
    NominationRecognised: recognised(),
    ConferenceSeatReleased: seatReleased(),
    NominationRejected: nominationRejected('BLOCK_REVIEW'),
    NominationWithdrawn: withdrawn('BLOCK_REVIEW'),
    NominationExpired: expired('REVISION'),
    NominationRevoked: revoked(),
    TaskReminded: taskReminded({ id: 'review-1', type: 'BLOCK_REVIEW', dueAt: TARGETS.blockReviewTarget }),
    TaskEscalated: taskEscalated({ id: 'review-1', type: 'BLOCK_REVIEW', dueAt: TARGETS.blockReviewTarget }),
    NominationTargetsMoved: targetsMoved(TARGETS),
    BlockListEntryCompensated: blockListEntryCompensated('REJECTED'),
    CouncilAgendaItemCompensated: councilAgendaItemCompensated('REJECTED'),
    ConferenceSeatCompensated: conferenceSeatCompensated('REJECTED'),
    CouncilAgendaItemRemoved: { ...councilAgendaItemAdded(), type: 'CouncilAgendaItemRemoved', data: { ref: 's/n', sessionId: 's' } },
    CouncilSessionInquorate: { ...councilAgendaItemAdded(), type: 'CouncilSessionInquorate', data: { sessionId: 's' } },
    ProposalEntryAdded: { ...councilAgendaItemAdded(), type: 'ProposalEntryAdded', data: { ref: 'p/n', proposalId: 'p' } },
    ProposalEntryRemoved: {
      ...councilAgendaItemAdded(),
      type: 'ProposalEntryRemoved',
      data: { ref: 'p/n', proposalId: 'p', reason: 'Cần xếp hạng lại' },
    },
    ProposalEntryCompensated: { ...councilAgendaItemAdded(), type: 'ProposalEntryCompensated', data: { ref: 'p/n', cause: 'WITHDRAWN' } },
    NominationNotProposed: {
      ...councilAgendaItemAdded(),
      type: 'NominationNotProposed',
      data: { stage: 'MINISTER_DECISION', reason: 'Ngoài chỉ tiêu 70 (xếp thứ 71)', decisionNumber: '1/QĐ-BTNMT' },
    },
  };

  it.each(Object.entries(everyLaterEvent))('%s counts one more version and dates the update', (_, event) => {
    const at = '2018-05-30T09:15:00.000Z';
    const view = after([submitted(), blockListEntryAdded()], { ...event, occurredAt: at });
    expect(view).toMatchObject({ version: 3, updatedAt: at, submittedAt: T.submitted });
  });
});

describe('effects', () => {
  it.each([
    ['BlockListEntryAdded', blockListEntryAdded(), { kind: 'BLOCK_LIST_ENTRY', ref: BLOCK_LIST_REF }],
    ['CouncilAgendaItemAdded', councilAgendaItemAdded(), { kind: 'COUNCIL_AGENDA_ITEM', ref: AGENDA_REF }],
    ['ConferenceSeatReserved', seatReserved(), { kind: 'CONFERENCE_SEAT', ref: SEAT_REF }],
  ])('%s opens an effect, after those already open', (_, event, effect) => {
    expect(after([submitted(), blockListEntryAdded('OTHER/REF')], event).openEffects).toEqual([
      { kind: 'BLOCK_LIST_ENTRY', ref: 'OTHER/REF' },
      effect,
    ]);
  });

  const allThree = [submitted(), blockListEntryAdded(), councilAgendaItemAdded(), seatReserved()];
  it.each([
    ['BlockListEntryCompensated', blockListEntryCompensated('REVOKED'), ['COUNCIL_AGENDA_ITEM', 'CONFERENCE_SEAT']],
    ['CouncilAgendaItemCompensated', councilAgendaItemCompensated('REVOKED'), ['BLOCK_LIST_ENTRY', 'CONFERENCE_SEAT']],
    ['ConferenceSeatCompensated', conferenceSeatCompensated('REVOKED'), ['BLOCK_LIST_ENTRY', 'COUNCIL_AGENDA_ITEM']],
    ['ConferenceSeatReleased', seatReleased(), ['BLOCK_LIST_ENTRY', 'COUNCIL_AGENDA_ITEM']],
  ])('%s closes its effect and leaves the others open', (_, event, left) => {
    expect(after(allThree, event).openEffects.map((e) => e.kind)).toEqual(left);
  });

  it('an undo closes the newest effect of its kind only', () => {
    const twoSeats = [submitted(), seatReserved('SEAT/1'), councilAgendaItemAdded(), seatReserved('SEAT/2')];
    expect(after(twoSeats, conferenceSeatCompensated('REVOKED')).openEffects).toEqual([
      { kind: 'CONFERENCE_SEAT', ref: 'SEAT/1' },
      { kind: 'COUNCIL_AGENDA_ITEM', ref: AGENDA_REF },
    ]);
  });

  it('an undo of an effect that is not open changes no effect', () => {
    expect(after(atBlockReview(), conferenceSeatCompensated('REJECTED')).openEffects).toEqual([
      { kind: 'BLOCK_LIST_ENTRY', ref: BLOCK_LIST_REF },
    ]);
  });
});

describe('the block review', () => {
  it('ChangesRequested sends it to revision, counting the round', () => {
    expect(after(atBlockReview(), changesRequested({ round: 2 }))).toMatchObject({
      stage: 'REVISION',
      changeRounds: 2,
      status: 'IN_PROGRESS',
    });
  });

  it('NominationResubmitted brings it back to the block review, the rounds kept', () => {
    expect(after(inRevision(1), resubmitted())).toMatchObject({ stage: 'BLOCK_REVIEW', changeRounds: 1 });
  });

  it('BlockEndorsed takes it to the council with the block’s score', () => {
    expect(after(atBlockReview(), endorsed(92))).toMatchObject({ stage: 'COUNCIL_VOTE', blockScore: 92 });
  });
});

describe('the council', () => {
  it('CouncilVotingOpened records the members and when the vote opened, no ballot cast yet', () => {
    expect(after(atCouncilVote(), votingOpened(9, { at: '2018-05-12T01:00:00.000Z' }))).toMatchObject({
      stage: 'COUNCIL_VOTE',
      councilMembers: 9,
      councilVoteOpenedAt: '2018-05-12T01:00:00.000Z',
      ballotsCast: 0,
    });
  });

  it('BallotCast counts ballots, and shows nothing of any choice', () => {
    const view = fold([...votingOpen(9), ballotCast(1), ballotCast(2)]);
    expect(view.ballotsCast).toBe(2);
    expect(view.tally).toBeNull();
  });

  it('CouncilVotePassed takes it to the minister and shows the tally', () => {
    expect(after(votingOpen(9), votePassed(tally(7, 1, 1)))).toMatchObject({ stage: 'MINISTER_DECISION', tally: tally(7, 1, 1) });
  });

  it('CouncilVoteFailed shows the tally; the rejection that follows ends it', () => {
    expect(after(votingOpen(9), voteFailed(tally(3), 'QUORUM_NOT_REACHED'))).toMatchObject({
      stage: 'COUNCIL_VOTE',
      status: 'IN_PROGRESS',
      tally: tally(3),
    });
  });
});

describe('the minister', () => {
  it('MinisterApproved awaits the conference, with the decision’s number and signature', () => {
    expect(after(atMinisterDecision(), ministerApproved({ by: deputyMinister, decisionNumber: '382/QĐ-BTNMT' }))).toMatchObject({
      stage: 'AWAITING_CONFERENCE',
      status: 'IN_PROGRESS',
      decisionNumber: '382/QĐ-BTNMT',
      decisionSignature: 'KT. BỘ TRƯỞNG / THỨ TRƯỞNG Lê Thị Thu',
    });
  });

  it('MinisterRejected changes nothing by itself (the rejection that follows ends it)', () => {
    const before = fold(atMinisterDecision());
    const view = after(atMinisterDecision(), ministerRejected());
    expect(omit(view, 'version', 'updatedAt')).toEqual(omit(before, 'version', 'updatedAt'));
    expect(view).toMatchObject({ version: before.version + 1, updatedAt: T.decided });
  });
});

describe('endings', () => {
  it('NominationHonoured closes it honoured, with its certificate and rank', () => {
    expect(after(awaitingConference(), honoured({ rank: 3, certificateNumber: 'SK-2016-2018/003' }))).toMatchObject({
      stage: 'CLOSED',
      status: 'HONOURED',
      certificateNumber: 'SK-2016-2018/003',
      conferenceRank: 3,
      outcome: { status: 'HONOURED', stage: 'AWAITING_CONFERENCE', reason: null, by: 'system', at: T.conference },
    });
  });

  it.each([
    ['beyond the quota', recognised(71, 'BEYOND_QUOTA'), 71, 'BEYOND_QUOTA'],
    ['after the conference was held', recognised(null, 'CONFERENCE_ALREADY_HELD'), null, 'CONFERENCE_ALREADY_HELD'],
  ])('NominationRecognised %s closes it recognised, saying why', (_, event, rank, reason) => {
    expect(after(awaitingConference(), event)).toMatchObject({
      stage: 'CLOSED',
      status: 'RECOGNISED',
      conferenceRank: rank,
      certificateNumber: null,
      outcome: { status: 'RECOGNISED', stage: 'AWAITING_CONFERENCE', reason },
    });
  });

  it.each([
    ['NominationRejected', 'REJECTED', atBlockReview(), nominationRejected('BLOCK_REVIEW', 'Không đạt')],
    ['NominationWithdrawn', 'WITHDRAWN', votingOpen(9), withdrawn('COUNCIL_VOTE', 'Không đạt')],
    ['NominationExpired', 'EXPIRED', inRevision(1), expired('REVISION', 'Không đạt')],
  ])('%s closes it %s, keeping the stage it ended at, who ended it, when and why', (_, status, given, event) => {
    const stage = fold(given).stage;
    expect(after(given, event)).toMatchObject({
      stage: 'CLOSED',
      status,
      outcome: { status, stage, reason: 'Không đạt', by: event.actor, at: event.occurredAt },
    });
  });

  it('NominationRevoked closes it revoked; the first decision keeps its number beside the revoking one', () => {
    const view = after(
      honouredNomination(),
      revoked({ by: minister, reason: 'Thành tích không đúng sự thật', decisionNumber: '45/QĐ-BTNMT' }),
    );
    expect(view).toMatchObject({
      status: 'REVOKED',
      stage: 'CLOSED',
      decisionNumber: '382/QĐ-BTNMT',
      revocationDecisionNumber: '45/QĐ-BTNMT',
      certificateNumber: 'SK-2016-2018/007',
      outcome: { status: 'REVOKED', reason: 'Thành tích không đúng sự thật', by: 'minister', at: T.revoked },
    });
  });
});

describe('dates and deadlines', () => {
  it('NominationTargetsMoved carries the new targets', () => {
    const targets = { ...TARGETS, councilVoteTarget: '2018-06-20T10:00:00.000Z', calendarVersion: 2 };
    expect(after(atBlockReview(), targetsMoved(targets)).targets).toEqual(targets);
  });

  it.each([
    ['TaskReminded', taskReminded({ id: 'review-1', type: 'BLOCK_REVIEW', dueAt: TARGETS.blockReviewTarget })],
    ['TaskEscalated', taskEscalated({ id: 'review-1', type: 'BLOCK_REVIEW', dueAt: TARGETS.blockReviewTarget })],
  ])('%s changes nothing of the nomination but its version (the task carries the flag)', (_, event) => {
    expect(omit(after(atBlockReview(), event), 'version', 'updatedAt')).toEqual(omit(fold(atBlockReview()), 'version', 'updatedAt'));
  });
});

function omit<T extends object, K extends keyof T>(value: T, ...keys: K[]): Omit<T, K> {
  const copy = { ...value };
  for (const key of keys) delete copy[key];
  return copy;
}
