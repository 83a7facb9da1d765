// A unit may withdraw its own nomination until the minister has decided.
import { describe, expect, it } from '@jest/globals';
import { WITHDRAWABLE_STAGES } from './withdrawal.js';
import { admin, blockReviewer, minister, nominatingOfficer, standingOffice, unitOfficer } from '../../testing/actors.js';
import { refused } from '../../testing/decider-spec.js';
import { withdraw } from '../../testing/nomination-commands.js';
import type { RecordedEvent } from '../events.js';
import type { NominationStage } from '../vocabulary.js';
import {
  atBlockReview,
  atCouncilVote,
  atMinisterDecision,
  awaitingConference,
  honouredNomination,
  inRevision,
  ministerRejected,
  nominationRejected,
  nominationSpec,
  votingOpen,
  withdrawn,
} from '../../testing/nomination-events.js';

describe('withdrawal', () => {
  it.each<[NominationStage, RecordedEvent[]]>([
    ['BLOCK_REVIEW', atBlockReview()],
    ['REVISION', inRevision(1)],
    ['COUNCIL_VOTE', atCouncilVote()],
    ['COUNCIL_VOTE', votingOpen(9)],
    ['MINISTER_DECISION', atMinisterDecision()],
  ])('is allowed at %s, recording the stage it left', (stage, given) => {
    nominationSpec
      .given(given)
      .when(withdraw(nominatingOfficer, '  Cá nhân chuyển công tác  '))
      .then([{ type: 'NominationWithdrawn', data: { stage, reason: 'Cá nhân chuyển công tác' } }]);
  });

  it('is allowed until the minister decides, and at no other stage', () => {
    expect(WITHDRAWABLE_STAGES).toEqual(['DRAFT', 'BLOCK_REVIEW', 'REVISION', 'COUNCIL_VOTE', 'MINISTER_DECISION']);
  });

  it.each([undefined, '', '   '])('without a reason (%p) says the unit withdrew it', (reason) => {
    nominationSpec
      .given(atBlockReview())
      .when(withdraw(nominatingOfficer, reason))
      .then([withdrawn('BLOCK_REVIEW', 'Withdrawn by the unit')]);
  });

  it('is refused once the minister has approved', () => {
    nominationSpec
      .given(awaitingConference())
      .when(withdraw())
      .thenThrows(refused('CONFLICT', 'WITHDRAWAL_TOO_LATE', 'Bộ trưởng đã quyết định'));
  });

  it('is refused once the minister has rejected', () => {
    nominationSpec
      .given([...atMinisterDecision(), ministerRejected(), nominationRejected('MINISTER_DECISION')])
      .when(withdraw())
      .thenThrows(refused('CONFLICT', 'WRONG_STAGE', 'không được chấp thuận (bước “Đã kết thúc”)'));
  });

  it.each<[string, RecordedEvent[], string]>([
    ['honoured', honouredNomination(), 'HONOURED'],
    ['already withdrawn', [...atBlockReview(), withdrawn('BLOCK_REVIEW')], 'WITHDRAWN'],
  ])('is refused for a nomination %s', (_, given, status) => {
    nominationSpec
      .given(given)
      .when(withdraw())
      .thenThrows(refused('CONFLICT', 'WRONG_STAGE', '(bước “Đã kết thúc”)'));
  });

  it.each([
    ['another unit', unitOfficer('TCMT')],
    ['the block’s reviewer', blockReviewer],
    ['the standing office', standingOffice],
    ['an administrator', admin],
    ['the minister', minister],
    ['a person of the unit without the unit officer role', { ...nominatingOfficer, roles: [] }],
  ])('%s may not withdraw it', (_, actor) => {
    nominationSpec
      .given(atBlockReview())
      .when(withdraw(actor))
      .thenThrows(refused('FORBIDDEN', 'NOT_NOMINATING_UNIT', 'Chỉ cán bộ của đơn vị BQLDA-DTXD (đơn vị đề nghị) mới được rút hồ sơ này.'));
  });

  it('another unit is refused as FORBIDDEN even after the minister decided', () => {
    nominationSpec
      .given(awaitingConference())
      .when(withdraw(unitOfficer('TCMT')))
      .thenThrows(refused('FORBIDDEN'));
  });
});
