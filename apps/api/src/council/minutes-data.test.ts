// The minutes' data from a session's read model: attendance from the ballots received, recusals by
// name, the recorded counts after a quorate close and none at all without quorum.
import { describe, expect, it } from '@jest/globals';
import type { SessionView } from '#domain';
import { approvalRuleLabel, minutesData } from './minutes-data.js';

const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';

const CLOSED: SessionView = {
  id: 'aaaaaaaa-0000-4000-8000-000000000000',
  workflowId: 'council-session-aaaaaaaa',
  cycleCode: 'SK-2016-2018',
  title: 'Phiên họp thứ hai',
  meetingAt: '2018-05-10T02:00:00.000Z',
  status: 'CLOSED',
  agenda: [
    {
      nominationId: A,
      workflowId: 'nomination:a',
      unitCode: 'BQLDA-DTXD',
      nomineeName: 'Nguyễn Văn Hùng',
      nomineeKind: 'INDIVIDUAL',
      blockScore: 95,
    },
    {
      nominationId: B,
      workflowId: 'nomination:b',
      unitCode: 'NO-SUCH-UNIT',
      nomineeName: 'Phòng Kỹ thuật',
      nomineeKind: 'COLLECTIVE',
      blockScore: 80,
    },
  ],
  rules: { approvalRule: 'MAJORITY_OF_MEMBERS', recusalCounting: 'AS_NOT_AGREEING' },
  members: [
    { username: 'council.1', fullName: 'Trịnh Quốc Bảo', title: 'Ủy viên', unitCode: 'VU-TCCB', councilRole: 'CHAIR' },
    { username: 'council.2', fullName: 'Lương Thị Thu Hằng', title: 'Ủy viên', unitCode: 'VU-PC', councilRole: 'SECRETARY' },
    { username: 'council.3', fullName: 'Đỗ Mạnh Cường', title: 'Ủy viên', unitCode: 'BQLDA-DTXD', councilRole: 'MEMBER' },
    { username: 'council.4', fullName: 'Phạm Thị Ngọc Lan', title: 'Ủy viên', unitCode: 'VU-HTQT', councilRole: 'MEMBER' },
  ],
  conflicts: [],
  recusals: [{ member: 'council.3', nominationId: A, reason: 'SAME_UNIT' }],
  ballots: [],
  received: [
    { member: 'council.1', via: 'BALLOT' },
    { member: 'council.2', via: 'WRITTEN_OPINION', documentId: 'CV-1' },
    { member: 'council.3', via: 'BALLOT' },
  ],
  dueAt: null,
  quorum: { members: 4, cast: 3, needed: 3, reached: true },
  results: [
    { nominationId: B, tally: { agree: 1, disagree: 2, abstain: 0, recused: 0, notVoted: 1, members: 4 }, agreesNeeded: 3, passed: false },
    { nominationId: A, tally: { agree: 2, disagree: 0, abstain: 0, recused: 1, notVoted: 1, members: 4 }, agreesNeeded: 3, passed: false },
  ],
  composedBy: 'standing.office',
  composedAt: '2018-05-01T02:00:00.000Z',
  openedAt: '2018-05-10T02:00:00.000Z',
  closedAt: '2018-05-10T04:30:00.000Z',
  closedBy: { kind: 'PERSON', username: 'standing.office' },
  version: 9,
};

const sources = (session: SessionView) => ({
  session,
  cycleTitle: 'Sơ kết điển hình tiên tiến giai đoạn 2016–2018',
  unitNames: { 'BQLDA-DTXD': 'Ban Quản lý dự án Đầu tư xây dựng' },
  ministryName: 'BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG',
  place: 'Hà Nội',
});

describe('minutesData', () => {
  it('a quorate close: attendance, recusals by name, the recorded counts and outcomes in agenda order', () => {
    const data = minutesData(sources(CLOSED));
    expect(data).toMatchObject({
      status: 'CLOSED',
      sessionTitle: 'Phiên họp thứ hai',
      cycleTitle: 'Sơ kết điển hình tiên tiến giai đoạn 2016–2018',
      closedAt: '2018-05-10T04:30:00.000Z',
      quorum: { members: 4, cast: 3, needed: 3, reached: true },
      chairName: 'Trịnh Quốc Bảo',
      secretaryName: 'Lương Thị Thu Hằng',
      approvalRuleLabel: 'quá nửa tổng số thành viên Hội đồng',
    });
    expect(data.members.map((m) => m.attendance)).toEqual(['BALLOT', 'WRITTEN_OPINION', 'BALLOT', 'ABSENT']);
    expect(data.candidates).toEqual([
      {
        order: 1,
        nomineeName: 'Nguyễn Văn Hùng',
        nomineeKind: 'INDIVIDUAL',
        unitName: 'Ban Quản lý dự án Đầu tư xây dựng',
        recusedMembers: ['Đỗ Mạnh Cường'],
        tally: { agree: 2, disagree: 0, abstain: 0, recused: 1, notVoted: 1 },
        agreesNeeded: 3,
        outcome: 'FAILED',
      },
      {
        order: 2,
        nomineeName: 'Phòng Kỹ thuật',
        nomineeKind: 'COLLECTIVE',
        unitName: 'NO-SUCH-UNIT',
        recusedMembers: [],
        tally: { agree: 1, disagree: 2, abstain: 0, recused: 0, notVoted: 1 },
        agreesNeeded: 3,
        outcome: 'FAILED',
      },
    ]);
  });

  it('an inquorate close: no count and no outcome, whatever the read model holds', () => {
    const data = minutesData(sources({ ...CLOSED, status: 'INQUORATE', quorum: { members: 4, cast: 2, needed: 3, reached: false } }));
    expect(data.status).toBe('INQUORATE');
    expect(data.candidates.map((c) => [c.tally, c.outcome])).toEqual([
      [null, null],
      [null, null],
    ]);
  });

  it('refuses a session that has not ended', () => {
    expect(() => minutesData(sources({ ...CLOSED, status: 'VOTING', closedAt: null }))).toThrow(RangeError);
  });

  it('words the rule, and says when recused members are not counted', () => {
    expect(approvalRuleLabel({ approvalRule: 'TWO_THIRDS_OF_MEMBERS', recusalCounting: 'AS_NOT_AGREEING' })).toBe(
      'ít nhất hai phần ba tổng số thành viên Hội đồng',
    );
    expect(approvalRuleLabel({ approvalRule: 'MAJORITY_OF_MEMBERS', recusalCounting: 'EXCLUDED' })).toBe(
      'quá nửa tổng số thành viên Hội đồng, không tính thành viên có liên quan đến hồ sơ',
    );
  });
});
