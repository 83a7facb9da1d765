// The notices a unit reads about how its nomination ended: Vietnamese, whatever the domain stored.
import { describe, expect, it } from '@jest/globals';
import { composeNotice, type NoticeContext } from './notice-templates.js';

const cycle = { code: 'SK-2016-2018', title: 'Sơ kết 2016–2018', planReference: 'Kế hoạch số 12/KH-BTNMT' };
const notice = (kind: NoticeContext['kind'], facts: NoticeContext['facts']) =>
  composeNotice({ kind, recipientName: 'Báo Tài nguyên và Môi trường', cycle, facts, unitName: 'Báo Tài nguyên và Môi trường' });

const CONFERENCE = '2018-06-08T02:00:00.000Z'; // 09:00 in Hanoi
const ENGLISH = /\b(the|of|by|needed|members|voted|time|rounds|Hanoi|Withdrawn|Quorum|Changes|cycle|closed)\b|[A-Z]{2,}_[A-Z]/;

describe('NOMINATION_HONOURED', () => {
  const honoured = notice('NOMINATION_HONOURED', {
    status: 'HONOURED',
    nominee: 'Nguyễn Văn Hùng',
    decisionNumber: '15/QĐ-BTNMT',
    certificateNumber: 'SK-2016-2018/001',
    rank: 1,
    conferenceDate: CONFERENCE,
    reason: null,
  });

  it('tells the certificate number, the decision and the conference day (Hanoi)', () => {
    expect(honoured.subject).toBe('Biểu dương điển hình tiên tiến: Nguyễn Văn Hùng (Giấy chứng nhận số SK-2016-2018/001)');
    expect(honoured.body).toContain('Kính gửi: Báo Tài nguyên và Môi trường.');
    expect(honoured.body).toContain(
      'Nguyễn Văn Hùng, được công nhận điển hình tiên tiến theo Quyết định số 15/QĐ-BTNMT, đợt “Sơ kết 2016–2018”, ' +
        'đã được biểu dương tại Hội nghị biểu dương điển hình tiên tiến ngày 08/06/2018 (xếp thứ 1).',
    );
    expect(honoured.body).toContain('Giấy chứng nhận số SK-2016-2018/001.');
    expect(honoured.body).toContain('Thường trực Hội đồng Thi đua – Khen thưởng Bộ');
    expect(honoured.body).not.toContain('đã được hủy');
  });

  it('reads the conference day in Hanoi time, which can be the next day', () => {
    const late = notice('NOMINATION_HONOURED', {
      status: 'HONOURED',
      nominee: 'A',
      certificateNumber: 'X/001',
      conferenceDate: '2018-06-08T18:00:00.000Z',
    });
    expect(late.body).toContain('ngày 09/06/2018');
  });
});

describe('NOMINATION_RECOGNISED', () => {
  it('beyond the quota: recognised, with its rank, not on stage, the decision still valid', () => {
    const { subject, body } = notice('NOMINATION_RECOGNISED', {
      status: 'RECOGNISED',
      nominee: 'Trần Thị Lan',
      decisionNumber: '15/QĐ-BTNMT',
      certificateNumber: null,
      rank: 12,
      conferenceDate: CONFERENCE,
      reason: 'BEYOND_QUOTA',
    });
    expect(subject).toBe('Công nhận điển hình tiên tiến: Trần Thị Lan theo Quyết định số 15/QĐ-BTNMT, không biểu dương tại hội nghị');
    expect(body).toContain(
      'Tại Hội nghị biểu dương điển hình tiên tiến ngày 08/06/2018, hồ sơ xếp thứ 12, ngoài số lượng được biểu dương tại hội nghị',
    );
    expect(body).toContain('vẫn giữ nguyên giá trị');
    expect(body).not.toContain('đã được hủy');
    expect(body).not.toMatch(ENGLISH);
  });

  it('the conference already held: recognised, not on stage', () => {
    const { body } = notice('NOMINATION_RECOGNISED', {
      status: 'RECOGNISED',
      nominee: 'Trần Thị Lan',
      decisionNumber: '16/QĐ-BTNMT',
      certificateNumber: null,
      rank: null,
      conferenceDate: CONFERENCE,
      reason: 'CONFERENCE_ALREADY_HELD',
    });
    expect(body).toContain(
      'Hội nghị biểu dương điển hình tiên tiến ngày 08/06/2018 của đợt đã diễn ra trước khi có quyết định công nhận, nên hồ sơ không được biểu dương',
    );
    expect(body).not.toContain('đã được hủy');
    expect(body).not.toMatch(ENGLISH);
  });
});

describe('NOMINATION_OUTCOME', () => {
  const outcome = (status: string, stage: string, reason: string | null) =>
    notice('NOMINATION_OUTCOME', { status, stage, reason, nominee: 'Lê Văn Nam' });

  it('tells a unit its draft was never submitted, and kept', () => {
    const { subject, body } = outcome('NOT_SUBMITTED', 'DRAFT', 'Hết hạn nộp hồ sơ mà đơn vị chưa nộp bản nháp.');
    expect(subject).toBe('Bản nháp hồ sơ của Lê Văn Nam chưa được nộp trước hạn');
    expect(body).toContain('Bản nháp vẫn được lưu');
    expect(body).not.toMatch(ENGLISH);
  });

  it.each([
    [
      'REJECTED',
      'COUNCIL_VOTE',
      'Quorum not reached: 5 of 9 members voted, 6 needed',
      'Lý do: Hội đồng không đủ số thành viên bỏ phiếu: 5/9 thành viên đã bỏ phiếu, cần ít nhất 6',
    ],
    [
      'REJECTED',
      'BLOCK_REVIEW',
      'Changes requested a third time (at most 2 rounds): Vẫn thiếu biên bản',
      'Lý do: Khối/Cụm thi đua yêu cầu bổ sung hồ sơ lần thứ 3, quá số lần cho phép (tối đa 2 lần): Vẫn thiếu biên bản',
    ],
    [
      'EXPIRED',
      'REVISION',
      'Not resubmitted by the revision deadline, 13/05/2018 10:00 (Hanoi time)',
      'Lý do: Đơn vị không bổ sung, nộp lại hồ sơ trước hạn 13/05/2018 10:00 (giờ Hà Nội)',
    ],
    [
      'EXPIRED',
      'MINISTER_DECISION',
      'The cycle closed with its conference of 08/06/2018 before a decision was taken',
      'Lý do: Đợt xét đã kết thúc với hội nghị biểu dương ngày 08/06/2018 khi hồ sơ chưa có quyết định công nhận',
    ],
    ['WITHDRAWN', 'COUNCIL_VOTE', 'Withdrawn by the unit', 'Lý do: Đơn vị đã rút hồ sơ'],
  ])('%s at %s: the reason in Vietnamese', (status, stage, reason, line) => {
    const { subject, body } = outcome(status, stage, reason);
    expect(body).toContain(line);
    expect(body).toContain('đã được hủy');
    expect(subject).not.toMatch(ENGLISH);
    expect(body).not.toMatch(ENGLISH);
  });

  it('a revision not resubmitted: expired for want of a resubmission', () => {
    const { subject } = outcome('EXPIRED', 'REVISION', 'Not resubmitted by the revision deadline, 13/05/2018 10:00 (Hanoi time)');
    expect(subject).toContain('hết hạn do không bổ sung hồ sơ đúng hạn');
  });

  it('the cycle closed: expired because the cycle ended, not for want of a resubmission', () => {
    const { subject } = outcome(
      'EXPIRED',
      'MINISTER_DECISION',
      'The cycle closed with its conference of 08/06/2018 before a decision was taken',
    );
    expect(subject).toBe('Kết quả xét hồ sơ điển hình tiên tiến của Lê Văn Nam: hết hạn do đợt xét đã kết thúc');
  });

  it('keeps a person’s own reason as written', () => {
    expect(outcome('REJECTED', 'BLOCK_REVIEW', 'Chưa đủ thành tích').body).toContain('Lý do: Chưa đủ thành tích\n');
  });

  it.each(['HONOURED', 'RECOGNISED'])('%s is never told as cancelled', (status) => {
    const { subject, body } = outcome(status, 'AWAITING_CONFERENCE', status === 'RECOGNISED' ? 'BEYOND_QUOTA' : null);
    expect(body).not.toContain('đã được hủy');
    expect(subject).not.toContain(status);
    expect(body).not.toMatch(ENGLISH);
  });
});

describe('a council session’s ballots falling due', () => {
  const member = (kind: NoticeContext['kind'], facts: NoticeContext['facts']) =>
    composeNotice({ kind, recipientName: 'Đồng chí Nguyễn Văn An, Vụ trưởng Vụ Thi đua – Khen thưởng', cycle, facts });
  const DUE = '2018-05-20T10:00:00.000Z'; // 17:00 in Hanoi

  it('moved: the new due time in Hanoi and the reason', () => {
    const { subject, body } = member('SESSION_DUE_MOVED', { title: 'Phiên họp thứ nhất', dueAt: DUE, reason: 'Lùi theo lịch công tác' });
    expect(subject).toBe('Điều chỉnh hạn bỏ phiếu: Phiên họp thứ nhất');
    expect(body).toContain(
      'hạn bỏ phiếu phiên họp “Phiên họp thứ nhất” nay là 20/05/2018 17:00 (giờ Hà Nội). Lý do: Lùi theo lịch công tác',
    );
    expect(body).not.toMatch(ENGLISH);
  });

  it('a day ahead: how many have voted, and how to vote or send a written opinion', () => {
    const { subject, body } = member('SESSION_BALLOT_REMINDER', { title: 'Phiên họp thứ nhất', dueAt: DUE, cast: 4, members: 9 });
    expect(subject).toBe('Nhắc bỏ phiếu: Phiên họp thứ nhất – hạn 20/05/2018 17:00');
    expect(body).toContain('kết thúc bỏ phiếu lúc 20/05/2018 17:00 (giờ Hà Nội); đến nay 4/9 thành viên đã bỏ phiếu.');
    expect(body).toContain('ý kiến bằng văn bản');
    expect(body).not.toMatch(ENGLISH);
  });

  it('due without quorum: the count so far, the quorum, and until when voting stays open', () => {
    const { subject, body } = member('SESSION_QUORUM_GRACE', {
      title: 'Phiên họp thứ nhất',
      until: '2018-05-23T10:00:00.000Z',
      cast: 4,
      members: 9,
      needed: 6,
    });
    expect(subject).toBe('Chưa đủ số thành viên bỏ phiếu: Phiên họp thứ nhất');
    expect(body).toContain('mới có 4/9 thành viên bỏ phiếu, chưa đủ 6 thành viên (hai phần ba) theo quy định');
    expect(body).toContain('gia hạn đến 23/05/2018 17:00 (giờ Hà Nội)');
    expect(body).not.toMatch(ENGLISH);
  });
});

describe('a dossier’s steps of its block review', () => {
  const REVIEWER = [{ code: 'BQLDA-DTXD', name: 'Ban Quản lý Dự án Đầu tư và Xây dựng' }];
  const step = (kind: NoticeContext['kind'], facts: NoticeContext['facts']) =>
    composeNotice({
      kind,
      recipientName: 'Công ty TNHH MTV Tài nguyên và Môi trường miền Nam',
      cycle,
      facts,
      unitName: 'Công ty TNHH MTV Tài nguyên và Môi trường miền Nam',
      units: REVIEWER,
    });

  it('received: when, who reviews it and by when (Hanoi time)', () => {
    const { subject, body } = step('DOSSIER_RECEIVED', {
      nominee: 'Lê Thị Thu',
      submittedAt: '2018-04-20T03:15:00.000Z',
      dueAt: '2018-05-09T17:00:00.000Z',
      units: 'BQLDA-DTXD',
    });
    expect(subject).toBe('Đã tiếp nhận hồ sơ đề nghị của Lê Thị Thu');
    expect(body).toContain('lúc 20/04/2018 10:15 (giờ Hà Nội)');
    expect(body).toContain('chuyển đến Ban Quản lý Dự án Đầu tư và Xây dựng để xét duyệt');
    expect(body).toContain('hạn xét duyệt của Khối/Cụm thi đua: 10/05/2018 00:00 (giờ Hà Nội)');
    expect(body).not.toMatch(ENGLISH);
  });

  it('arrived in the reviewer’s inbox: from which unit, by when', () => {
    const { subject, body } = step('DOSSIER_ARRIVED', {
      nominee: 'Lê Thị Thu',
      unitCode: 'CTY-TNMT-MN',
      dueAt: '2018-05-09T17:00:00.000Z',
    });
    expect(subject).toBe('Hồ sơ mới cần xét duyệt: Lê Thị Thu (Công ty TNHH MTV Tài nguyên và Môi trường miền Nam)');
    expect(body).toContain('Hạn xét duyệt: 10/05/2018 00:00 (giờ Hà Nội).');
    expect(body).not.toMatch(ENGLISH);
  });

  it('returned: the reason, what to change, the round and the revision deadline', () => {
    const { subject, body } = step('DOSSIER_RETURNED', {
      nominee: 'Lê Thị Thu',
      reason: 'Thiếu biên bản họp bình xét.',
      what: 'Biên bản họp bình xét của đơn vị; Tóm tắt thành tích',
      round: 1,
      maxRounds: 2,
      revisionDueAt: '2018-05-01T10:00:00.000Z',
      units: 'BQLDA-DTXD',
    });
    expect(subject).toBe('Yêu cầu bổ sung hồ sơ của Lê Thị Thu: hạn 01/05/2018 17:00');
    expect(body).toContain('Ban Quản lý Dự án Đầu tư và Xây dựng đề nghị đơn vị bổ sung, hoàn thiện hồ sơ');
    expect(body).toContain('(lần 1, tối đa 2 lần)');
    expect(body).toContain('Lý do: Thiếu biên bản họp bình xét.');
    expect(body).toContain('Nội dung cần bổ sung: Biên bản họp bình xét của đơn vị; Tóm tắt thành tích');
    expect(body).toContain('gửi lại trước 01/05/2018 17:00 (giờ Hà Nội)');
    expect(body).not.toMatch(ENGLISH);
  });

  it('resubmitted, to the unit and to the reviewer, with what the unit changed', () => {
    const facts = { nominee: 'Lê Thị Thu', unitCode: 'CTY-TNMT-MN', round: 1, changes: 'Bổ sung biên bản họp.', units: 'BQLDA-DTXD' };
    const unit = step('DOSSIER_RESUBMITTED', facts);
    expect(unit.subject).toBe('Đã tiếp nhận hồ sơ bổ sung của Lê Thị Thu');
    expect(unit.body).toContain('Nội dung đơn vị đã bổ sung: Bổ sung biên bản họp.');
    const reviewer = step('DOSSIER_REVISED', facts);
    expect(reviewer.subject).toBe('Hồ sơ đã bổ sung cần xét duyệt lại: Lê Thị Thu (Công ty TNHH MTV Tài nguyên và Môi trường miền Nam)');
    expect(reviewer.body).toContain('theo yêu cầu lần 1');
    for (const text of [unit.body, reviewer.body]) expect(text).not.toMatch(ENGLISH);
  });
});
