// Revocation (thu hồi): the minister or a deputy annuls an honour or recognition by a new decision, with a reason.
import { describe, it } from '@jest/globals';
import { admin, councilMember, deputyMinister, minister, nominatingOfficer, standingOffice } from '../../testing/actors.js';
import { refused } from '../../testing/decider-spec.js';
import { revoke } from '../../testing/nomination-commands.js';
import type { RecordedEvent } from '../events.js';
import {
  atBlockReview,
  atMinisterDecision,
  awaitingConference,
  honouredNomination,
  nominationRejected,
  nominationSpec,
  recognisedNomination,
  revoked,
  withdrawn,
} from '../../testing/nomination-events.js';

describe('revocation', () => {
  it('the minister revokes an honoured nomination by a new decision, numbered when stored', () => {
    nominationSpec
      .given(honouredNomination())
      .when(revoke(minister, '  Thành tích không đúng sự thật  '))
      .then([
        {
          type: 'NominationRevoked',
          data: {
            reason: 'Thành tích không đúng sự thật',
            decisionNumber: '',
            signedBy: 'minister',
            signerName: 'Phạm Minh Quang',
            signature: 'BỘ TRƯỞNG Phạm Minh Quang',
            onBehalfOfMinister: false,
          },
        },
      ]);
  });

  it('a deputy minister revokes on the minister’s behalf', () => {
    nominationSpec
      .given(honouredNomination())
      .when(revoke(deputyMinister))
      .then([revoked({ by: deputyMinister, decisionNumber: '' })]);
  });

  it('a recognised nomination can be revoked too', () => {
    nominationSpec
      .given(recognisedNomination())
      .when(revoke())
      .then([revoked({ decisionNumber: '' })]);
  });

  it.each([
    ['the standing office', standingOffice],
    ['an administrator', admin],
    ['a council member', councilMember(1)],
    ['the nominating unit', nominatingOfficer],
  ])('%s may not revoke', (_, actor) => {
    nominationSpec
      .given(honouredNomination())
      .when(revoke(actor))
      .thenThrows(refused('FORBIDDEN', 'FORBIDDEN_ROLE', 'Chỉ Bộ trưởng, hoặc Thứ trưởng ký thay Bộ trưởng'));
  });

  it.each<[string, RecordedEvent[], string]>([
    ['in progress', atMinisterDecision(), 'IN_PROGRESS'],
    ['approved, before the conference', awaitingConference(), 'IN_PROGRESS'],
    ['rejected', [...atBlockReview(), nominationRejected('BLOCK_REVIEW')], 'REJECTED'],
    ['withdrawn', [...atBlockReview(), withdrawn('BLOCK_REVIEW')], 'WITHDRAWN'],
    ['already revoked', [...honouredNomination(), revoked()], 'REVOKED'],
  ])('only an honoured or recognised nomination can be revoked, not one %s', (_, given, status) => {
    nominationSpec.given(given).when(revoke()).thenThrows(refused('CONFLICT', 'NOT_REVOCABLE'));
  });

  it.each(['', '   '])('needs a reason (%p)', (reason) => {
    nominationSpec
      .given(honouredNomination())
      .when(revoke(minister, reason))
      .thenThrows(refused('INVALID', 'REASON_REQUIRED', 'Cần nêu lý do khi thu hồi quyết định công nhận.'));
  });
});
