// The reasons the domain words in English (or as a code) are told to people in Vietnamese; a person's own words pass through.
import { describe, expect, it } from '@jest/globals';
import { knownOutcomeReason, readableOutcomeReason } from './outcome-reason.js';

describe('readableOutcomeReason', () => {
  it.each([
    // rules/deadlines.ts
    [
      'Not resubmitted by the revision deadline, 13/05/2018 10:00 (Hanoi time)',
      'Đơn vị không bổ sung, nộp lại hồ sơ trước hạn 13/05/2018 10:00 (giờ Hà Nội)',
    ],
    ['Not resubmitted by the revision deadline', 'Đơn vị không bổ sung, nộp lại hồ sơ đúng hạn'],
    // rules/block-review.ts: the block's own reason is kept after the colon
    [
      'Changes requested a third time (at most 2 rounds): Vẫn thiếu biên bản',
      'Khối/Cụm thi đua yêu cầu bổ sung hồ sơ lần thứ 3, quá số lần cho phép (tối đa 2 lần): Vẫn thiếu biên bản',
    ],
    [
      'Changes requested a second time (at most 1 rounds): Vẫn thiếu',
      'Khối/Cụm thi đua yêu cầu bổ sung hồ sơ lần thứ 2, quá số lần cho phép (tối đa 1 lần): Vẫn thiếu',
    ],
    [
      'Changes requested a 4th time (at most 3 rounds): Thiếu: bản sao quyết định\nvà biên bản',
      'Khối/Cụm thi đua yêu cầu bổ sung hồ sơ lần thứ 4, quá số lần cho phép (tối đa 3 lần): Thiếu: bản sao quyết định\nvà biên bản',
    ],
    // rules/council.ts
    [
      'Quorum not reached: 5 of 9 members voted, 6 needed',
      'Hội đồng không đủ số thành viên bỏ phiếu: 5/9 thành viên đã bỏ phiếu, cần ít nhất 6',
    ],
    [
      'Not enough members agreed: 5 of 9, 6 needed (TWO_THIRDS_OF_MEMBERS)',
      'Hội đồng không thông qua: 5/9 thành viên đồng ý, cần ít nhất 6 (hai phần ba tổng số thành viên)',
    ],
    // rules/conference.ts
    [
      'The cycle closed with its conference of 08/06/2018 before a decision was taken',
      'Đợt xét đã kết thúc với hội nghị biểu dương ngày 08/06/2018 khi hồ sơ chưa có quyết định công nhận',
    ],
    // rules/withdrawal.ts, when the unit gave no reason
    ['Withdrawn by the unit', 'Đơn vị đã rút hồ sơ'],
    // NominationRecognised's codes
    ['BEYOND_QUOTA', 'Ngoài số lượng được biểu dương tại hội nghị'],
    ['CONFERENCE_ALREADY_HELD', 'Hội nghị biểu dương đã diễn ra trước khi có quyết định công nhận'],
  ])('tells %p in Vietnamese', (stored, readable) => {
    expect(readableOutcomeReason(stored)).toBe(readable);
  });

  it.each([
    'Chưa đủ số năm liên tục đạt danh hiệu',
    'Hội đồng không thông qua: 4/9 thành viên đồng ý, cần ít nhất 6 (hai phần ba tổng số thành viên).',
    'Bộ trưởng không công nhận khi ký Quyết định số 12/QĐ-BTNMT: Đang bị thanh tra',
    'Ngoài chỉ tiêu 1 (xếp thứ 2)',
    // A person who happens to write in English is not rewritten.
    'Quorum not reached yesterday',
  ])('passes a reason of a person’s own (%p) through unchanged', (reason) => {
    expect(readableOutcomeReason(reason)).toBe(reason);
  });

  it('keeps null as null', () => {
    expect(readableOutcomeReason(null)).toBeNull();
  });

  it('never leaves an English word of the known patterns in what it returns', () => {
    const stored = [
      'Not resubmitted by the revision deadline, 13/05/2018 10:00 (Hanoi time)',
      'Changes requested a third time (at most 2 rounds): Vẫn thiếu biên bản',
      'Quorum not reached: 1 of 9 members voted, 6 needed',
      'Not enough members agreed: 5 of 9, 6 needed (NINETY_PERCENT_OF_MEMBERS)',
      'The cycle closed with its conference of 08/06/2018 before a decision was taken',
      'Withdrawn by the unit',
    ];
    for (const reason of stored) {
      expect(readableOutcomeReason(reason)).not.toMatch(/\b(the|of|by|needed|members|time|rounds|Hanoi|_)\b|[A-Z]{2,}_/);
    }
  });
});

describe('knownOutcomeReason', () => {
  it('reads the parts of a reason the domain worded', () => {
    expect(knownOutcomeReason('Changes requested a third time (at most 2 rounds): Vẫn thiếu biên bản')).toEqual({
      kind: 'TOO_MANY_CHANGE_REQUESTS',
      round: 3,
      maxRounds: 2,
      reason: 'Vẫn thiếu biên bản',
    });
    expect(knownOutcomeReason('The cycle closed with its conference of 08/06/2018 before a decision was taken')).toEqual({
      kind: 'CLOSED_WITH_CYCLE',
      conferenceDate: '08/06/2018',
    });
    expect(knownOutcomeReason('Cá nhân chuyển công tác')).toBeNull();
    expect(knownOutcomeReason(null)).toBeNull();
  });
});
