// The conference honours approved nominations within the quota; when the cycle closes nothing is left hanging.
import { describe, expect, it } from '@jest/globals';
import { refused } from '../../testing/decider-spec.js';
import { closeWithCycle, placeAtConference } from '../../testing/nomination-commands.js';
import type { RecordedEvent } from '../events.js';
import type { NominationStage } from '../vocabulary.js';
import {
  SEAT_REF,
  atBlockReview,
  atCouncilVote,
  atMinisterDecision,
  awaitingConference,
  honoured,
  honouredNomination,
  inRevision,
  nominationRejected,
  nominationSpec,
  recognised,
  recognisedNomination,
  seatReleased,
  votingOpen,
  withdrawn,
} from '../../testing/nomination-events.js';

describe('placing at the conference', () => {
  it('within the quota: honoured on stage with its certificate number and rank', () => {
    nominationSpec
      .given(awaitingConference())
      .when(placeAtConference({ honoured: true, rank: 7, certificateNumber: 'SK-2016-2018/007' }))
      .then([honoured({ rank: 7, certificateNumber: 'SK-2016-2018/007' })]);
  });

  it('honoured keeps its seat (it is used)', () => {
    const events = nominationSpec.given(awaitingConference()).when(placeAtConference()).events();
    expect(events.map((e) => e.type)).toEqual(['NominationHonoured']);
  });

  it('beyond the quota: recognised with its rank, its seat released first', () => {
    nominationSpec
      .given(awaitingConference())
      .when(placeAtConference({ honoured: false, rank: 71, certificateNumber: null }))
      .then([seatReleased(SEAT_REF), recognised(71, 'BEYOND_QUOTA')]);
  });

  it('beyond the quota without a seat: recognised, nothing to release', () => {
    nominationSpec
      .given(awaitingConference({ seat: false }))
      .when(placeAtConference({ honoured: false, rank: 71, certificateNumber: null }))
      .then([recognised(71, 'BEYOND_QUOTA')]);
  });

  it('an honour without a certificate number is no honour: recognised beyond the quota', () => {
    nominationSpec
      .given(awaitingConference())
      .when(placeAtConference({ honoured: true, rank: 3, certificateNumber: null }))
      .then([seatReleased(), recognised(3, 'BEYOND_QUOTA')]);
  });

  it.each<[string, RecordedEvent[], string]>([
    ['not yet approved', atMinisterDecision(), 'đang ở bước “Bộ trưởng quyết định”, không ở bước “Chờ Hội nghị biểu dương”'],
    ['already honoured', honouredNomination(), 'đã được biểu dương (bước “Đã kết thúc”)'],
    ['already recognised', recognisedNomination(), 'đã được công nhận (bước “Đã kết thúc”)'],
  ])('is refused for a nomination %s', (_, given, message) => {
    nominationSpec
      .given(given)
      .when(placeAtConference())
      .thenThrows(refused('CONFLICT', 'WRONG_STAGE', message));
  });
});

describe('the cycle closes', () => {
  it('an approved nomination not placed is recognised without a place on stage, its seat released', () => {
    nominationSpec
      .given(awaitingConference())
      .when(closeWithCycle())
      .then([seatReleased(), recognised(null, 'CONFERENCE_ALREADY_HELD')]);
  });

  it('an approved nomination without a seat is recognised, nothing to release', () => {
    nominationSpec
      .given(awaitingConference({ seat: false }))
      .when(closeWithCycle())
      .then([recognised(null, 'CONFERENCE_ALREADY_HELD')]);
  });

  it.each<[NominationStage, RecordedEvent[]]>([
    ['BLOCK_REVIEW', atBlockReview()],
    ['REVISION', inRevision(1)],
    ['COUNCIL_VOTE', votingOpen(9)],
    ['MINISTER_DECISION', atMinisterDecision()],
  ])('an undecided nomination at %s expires, saying when the conference was (Hanoi date)', (stage, given) => {
    nominationSpec
      .given(given)
      .when(closeWithCycle('2018-06-08T01:00:00.000Z'))
      .then([
        {
          type: 'NominationExpired',
          data: { stage, reason: 'The cycle closed with its conference of 08/06/2018 before a decision was taken' },
        },
      ]);
  });

  it('dates the conference in Hanoi: 23:30 UTC on 7 June is 8 June in Hanoi', () => {
    const [event] = nominationSpec.given(atCouncilVote()).when(closeWithCycle('2018-06-07T23:30:00.000Z')).events();
    expect(event).toMatchObject({ data: { reason: expect.stringContaining('of 08/06/2018 before') } });
  });

  it.each<[string, RecordedEvent[]]>([
    ['honoured', honouredNomination()],
    ['recognised', recognisedNomination()],
    ['rejected', [...atBlockReview(), nominationRejected('BLOCK_REVIEW')]],
    ['withdrawn', [...atBlockReview(), withdrawn('BLOCK_REVIEW')]],
  ])('a nomination already %s records nothing', (_, given) => {
    nominationSpec.given(given).when(closeWithCycle()).thenNothing();
  });
});
