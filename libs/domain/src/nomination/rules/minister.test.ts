// The minister's decision: approve (signed, numbered when stored) or reject with a reason; a deputy signs on his behalf.
import { describe, expect, it } from '@jest/globals';
import { decisionSignature } from './minister.js';
import { admin, blockReviewer, councilMember, deputyMinister, minister, standingOffice } from '../../testing/actors.js';
import { refused } from '../../testing/decider-spec.js';
import { approve, rejectAsMinister, reserveSeat } from '../../testing/nomination-commands.js';
import {
  DECISION_TASK,
  SEAT_REF,
  atMinisterDecision,
  awaitingConference,
  ministerApproved,
  ministerRejected,
  nominationRejected,
  nominationSpec,
  seatReserved,
  votingOpen,
  withdrawn,
} from '../../testing/nomination-events.js';

describe('the minister approves', () => {
  it('records the signed decision, unnumbered: the store numbers it (decisionNumber "")', () => {
    nominationSpec
      .given(atMinisterDecision())
      .when(approve())
      .then([
        {
          type: 'MinisterApproved',
          data: {
            decisionNumber: '',
            signedBy: 'minister',
            signerName: 'Phạm Minh Quang',
            signature: 'BỘ TRƯỞNG Phạm Minh Quang',
            onBehalfOfMinister: false,
          },
        },
      ]);
  });

  it('a deputy minister signs "KT. BỘ TRƯỞNG / THỨ TRƯỞNG", on the minister’s behalf', () => {
    nominationSpec
      .given(atMinisterDecision())
      .when(approve({ by: deputyMinister }))
      .then([ministerApproved({ by: deputyMinister, decisionNumber: '' })]);
    expect(decisionSignature(deputyMinister)).toEqual({ signature: 'KT. BỘ TRƯỞNG / THỨ TRƯỞNG Lê Thị Thu', onBehalfOfMinister: true });
  });

  it('someone who is both minister and deputy signs as the minister', () => {
    expect(decisionSignature({ ...minister, roles: ['DEPUTY_MINISTER', 'MINISTER'] })).toEqual({
      signature: 'BỘ TRƯỞNG Phạm Minh Quang',
      onBehalfOfMinister: false,
    });
  });

  it('approves on the decision task it names', () => {
    nominationSpec
      .given(atMinisterDecision())
      .when(approve({ taskId: DECISION_TASK }))
      .then([ministerApproved({ decisionNumber: '' })]);
  });

  it('a task id that is not the decision task is refused', () => {
    nominationSpec
      .given(atMinisterDecision())
      .when(approve({ taskId: 'ballot-1' }))
      .thenThrows(refused('CONFLICT', 'TASK_NOT_OPEN', 'nhiệm vụ quyết định của Bộ trưởng (mã ballot-1)'));
  });

  it.each([
    ['the standing office', standingOffice],
    ['a council member', councilMember(1)],
    ['an administrator', admin],
    ['the block’s leader unit', blockReviewer],
  ])('%s may not decide', (_, actor) => {
    nominationSpec
      .given(atMinisterDecision())
      .when(approve({ by: actor }))
      .thenThrows(
        refused(
          'FORBIDDEN',
          'NOT_ASSIGNEE',
          'Chỉ Bộ trưởng hoặc Thứ trưởng (ký thay Bộ trưởng) mới được thực hiện nhiệm vụ quyết định của Bộ trưởng này.',
        ),
      );
  });

  it.each([
    ['still at the council vote', votingOpen(9), 'đang ở bước “Hội đồng bỏ phiếu”, không ở bước “Bộ trưởng quyết định”'],
    ['already approved', awaitingConference(), 'đang ở bước “Chờ Hội nghị biểu dương”, không ở bước “Bộ trưởng quyết định”'],
    ['withdrawn', [...atMinisterDecision(), withdrawn('MINISTER_DECISION')], 'đã được đơn vị rút (bước “Đã kết thúc”)'],
  ])('a nomination %s cannot be decided', (_, given, message) => {
    nominationSpec
      .given(given)
      .when(approve())
      .thenThrows(refused('CONFLICT', 'WRONG_STAGE', message));
  });
});

describe('the minister rejects', () => {
  it('records the rejection and ends the nomination at the minister’s stage, with the reason trimmed', () => {
    nominationSpec
      .given(atMinisterDecision())
      .when(rejectAsMinister('  Thành tích chưa tiêu biểu  '))
      .then([
        ministerRejected('Thành tích chưa tiêu biểu'),
        { type: 'NominationRejected', data: { stage: 'MINISTER_DECISION', reason: 'Thành tích chưa tiêu biểu' } },
      ]);
  });

  it('a deputy minister may reject too', () => {
    const [event] = nominationSpec
      .given(atMinisterDecision())
      .when(rejectAsMinister('Chưa đạt', { by: deputyMinister }))
      .events();
    expect(event).toEqual({ type: 'MinisterRejected', data: { reason: 'Chưa đạt' } });
  });

  it.each([undefined, '', '  '])('needs a reason (%p)', (reason) => {
    nominationSpec
      .given(atMinisterDecision())
      .when(rejectAsMinister(reason))
      .thenThrows(refused('INVALID', 'REASON_REQUIRED', 'Cần nêu lý do khi không'));
  });

  it('refuses a decision that is not the minister’s', () => {
    const endorseAsMinister = { ...approve(), decision: 'ENDORSE' as never };
    nominationSpec
      .given(atMinisterDecision())
      .when(endorseAsMinister)
      .thenThrows(refused('INVALID', 'DECISION_NOT_ALLOWED', 'Quyết định “ENDORSE” không áp dụng cho nhiệm vụ quyết định của Bộ trưởng'));
  });
});

describe('the conference seat', () => {
  it('an approved nomination reserves its seat at the conference', () => {
    nominationSpec
      .given(awaitingConference({ seat: false }))
      .when(reserveSeat())
      .then([seatReserved()]);
    expect(SEAT_REF).toBe('SK-2016-2018/nomination-0001');
  });

  it.each([
    [
      'before the minister has approved',
      atMinisterDecision(),
      'đang ở bước “Bộ trưởng quyết định”, không ở bước “Chờ Hội nghị biểu dương”',
    ],
    [
      'once rejected',
      [...atMinisterDecision(), ministerRejected(), nominationRejected('MINISTER_DECISION')],
      'không được chấp thuận (bước “Đã kết thúc”)',
    ],
  ])('is refused %s', (_, given, message) => {
    nominationSpec
      .given(given)
      .when(reserveSeat())
      .thenThrows(refused('CONFLICT', 'WRONG_STAGE', message));
  });
});
