// The block's review: the leader unit endorses with a score, requests changes or rejects; the unit resubmits.
import { describe, expect, it } from '@jest/globals';
import { blockReviewerUnit } from '../../organisation/actor.js';
import {
  BLOCK_VI,
  blockDeputy,
  blockReviewer,
  councilMember,
  minister,
  nominatingOfficer,
  standingOffice,
  unitOfficer,
} from '../../testing/actors.js';
import { refused } from '../../testing/decider-spec.js';
import { endorse, rejectAtBlock, requestChanges, resubmit } from '../../testing/nomination-commands.js';
import {
  RULES,
  T,
  TARGETS,
  atBlockReview,
  atCouncilVote,
  changesRequested,
  endorsed,
  inRevision,
  nominationSpec,
  plusDays,
  resubmittedAfter,
  reviewTask,
  revisionTask,
  withdrawn,
} from '../../testing/nomination-events.js';

describe('block review: endorsing', () => {
  it('the leader unit endorses with a score: the nomination goes to the council', () => {
    nominationSpec
      .given(atBlockReview())
      .when(endorse(85))
      .then([endorsed(85)]);
  });

  it.each([0, 1, 50, 99, 100])('a score of %i is accepted', (score) => {
    nominationSpec
      .given(atBlockReview())
      .when(endorse(score))
      .then([{ type: 'BlockEndorsed', data: { score, reviewerUnitCode: 'BAO-TNMT' } }]);
  });

  it.each([
    ['below 0', -1],
    ['above 100', 101],
    ['not an integer', 85.5],
    ['not a number', Number.NaN],
    ['missing', undefined],
  ])('a score %s is refused', (_, score) => {
    nominationSpec
      .given(atBlockReview())
      .when(endorse(score))
      .thenThrows(refused('INVALID', 'SCORE_OUT_OF_RANGE', 'Điểm phải là số nguyên từ 0 đến 100'));
  });

  it('records the reviewer unit of the nomination', () => {
    nominationSpec
      .given(atBlockReview({ unitCode: 'BAO-TNMT', reviewerUnitCode: 'CTY-TNMT-MN' }))
      .when(endorse(90, { by: blockDeputy }))
      .then([{ type: 'BlockEndorsed', data: { score: 90, reviewerUnitCode: 'CTY-TNMT-MN' } }]);
  });

  it('a resubmitted nomination is reviewed again on its new review task', () => {
    nominationSpec
      .given(resubmittedAfter(1))
      .when(endorse(80, { taskId: reviewTask(2) }))
      .then([endorsed(80)]);
  });
});

describe('block review: who reviews', () => {
  it('the leader reviews its members; the deputy reviews the leader unit’s own nomination', () => {
    expect(blockReviewerUnit(BLOCK_VI, 'BQLDA-DTXD')).toBe('BAO-TNMT');
    expect(blockReviewerUnit(BLOCK_VI, 'CTY-TNMT-MN')).toBe('BAO-TNMT');
    expect(blockReviewerUnit(BLOCK_VI, 'BAO-TNMT')).toBe('CTY-TNMT-MN');
  });

  it.each([
    ['the nominating unit itself', nominatingOfficer],
    ['the deputy unit, for a member’s nomination', blockDeputy],
    ['another unit', unitOfficer('TCMT')],
    ['a council member', councilMember(1)],
    ['the standing office', standingOffice],
    ['the minister', minister],
  ])('%s may not review', (_, actor) => {
    nominationSpec
      .given(atBlockReview())
      .when(endorse(85, { by: actor }))
      .thenThrows(
        refused(
          'FORBIDDEN',
          'NOT_ASSIGNEE',
          'Chỉ cán bộ của đơn vị BAO-TNMT mới được thực hiện nhiệm vụ xét duyệt của Khối/Cụm thi đua này.',
        ),
      );
  });

  it('the leader unit may not review its own nomination', () => {
    nominationSpec
      .given(atBlockReview({ unitCode: 'BAO-TNMT', reviewerUnitCode: 'CTY-TNMT-MN' }))
      .when(endorse(85, { by: blockReviewer }))
      .thenThrows(refused('FORBIDDEN', 'NOT_ASSIGNEE', 'Chỉ cán bộ của đơn vị CTY-TNMT-MN'));
  });

  it('a person of the right unit without the unit officer role may not review', () => {
    const readerOfTheLeaderUnit = { ...blockReviewer, roles: [] };
    nominationSpec
      .given(atBlockReview())
      .when(endorse(85, { by: readerOfTheLeaderUnit }))
      .thenThrows(refused('FORBIDDEN'));
  });

  it('a review task that is done is refused, by its id', () => {
    nominationSpec
      .given(resubmittedAfter(1))
      .when(endorse(85, { taskId: reviewTask(1) }))
      .thenThrows(refused('CONFLICT', 'TASK_NOT_OPEN', `nhiệm vụ xét duyệt của Khối/Cụm thi đua (mã ${reviewTask(1)})`));
  });
});

describe('block review: the stage', () => {
  it.each([
    ['in revision', inRevision(1), 'đang ở bước “Đơn vị bổ sung hồ sơ”, không ở bước “Khối/Cụm thi đua xét duyệt”'],
    ['already endorsed', atCouncilVote(), 'đang ở bước “Hội đồng bỏ phiếu”, không ở bước “Khối/Cụm thi đua xét duyệt”'],
    [
      'withdrawn',
      [...atBlockReview(), withdrawn('BLOCK_REVIEW')],
      'đã được đơn vị rút (bước “Đã kết thúc”), không ở bước “Khối/Cụm thi đua xét duyệt”',
    ],
  ])('a nomination %s cannot be reviewed', (_, given, message) => {
    nominationSpec
      .given(given)
      .when(endorse(85))
      .thenThrows(refused('CONFLICT', 'WRONG_STAGE', message));
  });
});

describe('block review: rejecting', () => {
  it('rejects with the reason, trimmed, at the block review stage', () => {
    nominationSpec
      .given(atBlockReview())
      .when(rejectAtBlock('  Chưa đủ số năm liên tục đạt danh hiệu  '))
      .then([{ type: 'NominationRejected', data: { stage: 'BLOCK_REVIEW', reason: 'Chưa đủ số năm liên tục đạt danh hiệu' } }]);
  });

  it.each([undefined, '', '   '])('needs a reason (%p)', (reason) => {
    nominationSpec
      .given(atBlockReview())
      .when(rejectAtBlock(reason))
      .thenThrows(refused('INVALID', 'REASON_REQUIRED', 'Cần nêu lý do khi không'));
  });

  it('refuses a decision that is not a block review decision', () => {
    const approveAsReviewer = { ...endorse(85), decision: 'APPROVE' as never };
    nominationSpec
      .given(atBlockReview())
      .when(approveAsReviewer)
      .thenThrows(
        refused('INVALID', 'DECISION_NOT_ALLOWED', 'Quyết định “APPROVE” không áp dụng cho nhiệm vụ xét duyệt của Khối/Cụm thi đua'),
      );
  });
});

describe('block review: requesting changes', () => {
  it('sends the dossier back with the reason and a revision task due revisionDays (10) after the request', () => {
    const at = '2018-05-03T03:00:00.000Z';
    nominationSpec
      .given(atBlockReview())
      .when(requestChanges(' Bổ sung biên bản họp bình xét ', { at, revisionTaskId: 'revision-x' }))
      .then([
        {
          type: 'ChangesRequested',
          data: {
            round: 1,
            reason: 'Bổ sung biên bản họp bình xét',
            revisionTaskId: 'revision-x',
            revisionDueAt: '2018-05-13T03:00:00.000Z',
          },
        },
      ]);
  });

  it('gives the unit the revision days of its own targets', () => {
    const [event] = nominationSpec
      .given(atBlockReview({ targets: { ...TARGETS, revisionDays: 5 } }))
      .when(requestChanges('Bổ sung', { at: T.changesRequested }))
      .events();
    expect(event).toMatchObject({ data: { revisionDueAt: plusDays(T.changesRequested, 5) } });
  });

  it('the second request is round 2', () => {
    nominationSpec
      .given(resubmittedAfter(1))
      .when(requestChanges('Bổ sung biên bản họp bình xét của đơn vị', { revisionTaskId: revisionTask(2) }))
      .then([changesRequested({ round: 2 })]);
  });

  it('a third request (at most 2 rounds) rejects the nomination instead', () => {
    nominationSpec
      .given(resubmittedAfter(2))
      .when(requestChanges('Vẫn thiếu biên bản', { revisionTaskId: revisionTask(3) }))
      .then([
        {
          type: 'NominationRejected',
          data: { stage: 'BLOCK_REVIEW', reason: 'Changes requested a third time (at most 2 rounds): Vẫn thiếu biên bản' },
        },
      ]);
  });

  it('the limit is the cycle’s own: with at most 1 round, the second request rejects', () => {
    const rules = { ...RULES, maxChangeRounds: 1 };
    const [event] = nominationSpec.given(resubmittedAfter(1, { rules })).when(requestChanges('Vẫn thiếu')).events();
    expect(event).toEqual({
      type: 'NominationRejected',
      data: { stage: 'BLOCK_REVIEW', reason: 'Changes requested a second time (at most 1 rounds): Vẫn thiếu' },
    });
  });

  it.each([undefined, '', '  '])('needs a reason (%p)', (reason) => {
    nominationSpec
      .given(atBlockReview())
      .when(requestChanges(reason))
      .thenThrows(refused('INVALID', 'REASON_REQUIRED', 'Cần nêu lý do khi yêu cầu bổ sung hồ sơ.'));
  });

  it('a third request without a reason is refused, not turned into a rejection', () => {
    nominationSpec.given(resubmittedAfter(2)).when(requestChanges('')).thenThrows(refused('INVALID', 'REASON_REQUIRED'));
  });
});

describe('resubmission', () => {
  it('the unit answers the change request: the dossier goes back to review, same round', () => {
    nominationSpec
      .given(inRevision(1))
      .when(resubmit('  Đã bổ sung biên bản họp bình xét  ', { reviewTaskId: reviewTask(2) }))
      .then([
        { type: 'NominationResubmitted', data: { round: 1, changes: 'Đã bổ sung biên bản họp bình xét', reviewTaskId: reviewTask(2) } },
      ]);
  });

  it('after the second request it is round 2', () => {
    const [event] = nominationSpec
      .given(inRevision(2))
      .when(resubmit('Đã sửa', { reviewTaskId: reviewTask(3) }))
      .events();
    expect(event).toEqual({ type: 'NominationResubmitted', data: { round: 2, changes: 'Đã sửa', reviewTaskId: reviewTask(3) } });
  });

  it.each(['', '   '])('must say what was revised (%p)', (changes) => {
    nominationSpec.given(inRevision(1)).when(resubmit(changes)).thenThrows(refused('INVALID', 'CHANGES_REQUIRED'));
  });

  it.each([
    ['the reviewer unit', blockReviewer],
    ['another unit', unitOfficer('TCMT')],
    ['the standing office', standingOffice],
  ])('%s may not resubmit', (_, actor) => {
    nominationSpec
      .given(inRevision(1))
      .when(resubmit('Đã sửa', { by: actor }))
      .thenThrows(
        refused('FORBIDDEN', 'NOT_ASSIGNEE', 'Chỉ cán bộ của đơn vị BQLDA-DTXD mới được thực hiện nhiệm vụ bổ sung, hoàn thiện hồ sơ này.'),
      );
  });

  it('a revision task that is not open is refused, by its id', () => {
    nominationSpec
      .given(inRevision(2))
      .when(resubmit('Đã sửa', { taskId: revisionTask(1) }))
      .thenThrows(refused('CONFLICT', 'TASK_NOT_OPEN', `nhiệm vụ bổ sung, hoàn thiện hồ sơ (mã ${revisionTask(1)})`));
  });

  it('is refused outside a revision', () => {
    nominationSpec
      .given(atBlockReview())
      .when(resubmit('Đã sửa'))
      .thenThrows(refused('CONFLICT', 'WRONG_STAGE', 'đang ở bước “Khối/Cụm thi đua xét duyệt”, không ở bước “Đơn vị bổ sung hồ sơ”'));
  });
});
