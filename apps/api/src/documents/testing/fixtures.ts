/**
 * Sample data for the documents' tests. People's names are invented (as in the seed); the legal
 * bases are the real instruments a ministry decision on emulation cites.
 */
import type { DecisionData, MinutesData } from '../document-data.js';

export const DECISION: DecisionData = {
  ministryName: 'BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG',
  number: '12/QĐ-BTNMT',
  place: 'Hà Nội',
  signedAt: '2026-05-05T02:30:00.000Z',
  cycleTitle: 'Hội nghị sơ kết điển hình tiên tiến ngành tài nguyên và môi trường giai đoạn 2016–2018',
  summary: 'Về việc công nhận danh hiệu Điển hình tiên tiến giai đoạn 2016–2018',
  legalBases: [
    'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',
    'Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng',
    'Căn cứ Nghị định số 68/2022/NĐ-CP ngày 22 tháng 9 năm 2022 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Tài nguyên và Môi trường.',
  ],
  proposalReference: 'Theo đề nghị của Vụ trưởng Vụ Thi đua, Khen thưởng và Tuyên truyền',
  signer: { fullName: 'Nguyễn Thị Phương Hoa', onBehalfOfMinister: true },
  recipients: [
    'Như Điều 3',
    'Bộ trưởng (để báo cáo)',
    'Các Thứ trưởng',
    'Ban Thi đua – Khen thưởng Trung ương',
    'Cổng Thông tin điện tử Bộ',
  ],
  annex: [
    {
      order: 1,
      nomineeName: 'Nguyễn Thị Hồng Nhung',
      nomineeKind: 'INDIVIDUAL',
      position: 'Phó Giám đốc',
      unitName: 'Sở Tài nguyên và Môi trường Cà Mau',
    },
    {
      order: 2,
      nomineeName: 'Trần Quốc Khánh',
      nomineeKind: 'INDIVIDUAL',
      position: 'Trưởng phòng Quản lý đất đai',
      unitName: 'Tổng cục Quản lý đất đai',
    },
    {
      order: 3,
      nomineeName: 'Lê Thị Ngọc Ánh',
      nomineeKind: 'INDIVIDUAL',
      position: 'Dự báo viên chính',
      unitName: 'Tổng cục Khí tượng Thủy văn',
    },
    {
      order: 4,
      nomineeName: 'Phòng Quản lý tài nguyên nước',
      nomineeKind: 'COLLECTIVE',
      position: null,
      unitName: 'Cục Quản lý tài nguyên nước',
    },
    {
      order: 5,
      nomineeName: 'Trung tâm Quy hoạch và Điều tra tài nguyên nước quốc gia',
      nomineeKind: 'COLLECTIVE',
      position: null,
      unitName: 'Bộ Tài nguyên và Môi trường',
    },
  ],
};

const MEMBERS: MinutesData['members'] = [
  { fullName: 'Nguyễn Thị Phương Hoa', title: 'Thứ trưởng', councilRole: 'CHAIR', attendance: 'BALLOT' },
  { fullName: 'Vũ Minh Sơn', title: 'Vụ trưởng Vụ Thi đua, Khen thưởng và Tuyên truyền', councilRole: 'SECRETARY', attendance: 'BALLOT' },
  { fullName: 'Trịnh Quốc Bảo', title: 'Chánh Văn phòng Bộ', councilRole: 'MEMBER', attendance: 'BALLOT' },
  { fullName: 'Lương Thị Thu Hằng', title: 'Vụ trưởng Vụ Tổ chức cán bộ', councilRole: 'MEMBER', attendance: 'WRITTEN_OPINION' },
  { fullName: 'Đỗ Mạnh Cường', title: 'Vụ trưởng Vụ Kế hoạch – Tài chính', councilRole: 'MEMBER', attendance: 'BALLOT' },
  { fullName: 'Phạm Thị Ngọc Lan', title: 'Chủ tịch Công đoàn Bộ', councilRole: 'MEMBER', attendance: 'ABSENT' },
  { fullName: 'Hoàng Đức Thịnh', title: 'Bí thư Đoàn Thanh niên Bộ', councilRole: 'MEMBER', attendance: 'BALLOT' },
  { fullName: 'Vương Thị Minh Nguyệt', title: 'Vụ trưởng Vụ Pháp chế', councilRole: 'MEMBER', attendance: 'ABSENT' },
  { fullName: 'Bùi Thị Hồng Nhung', title: 'Chánh Thanh tra Bộ', councilRole: 'MEMBER', attendance: 'BALLOT' },
];

/** 9 members, 7 cast (1 in writing), 6 needed for quorum, 5 agreeing votes to pass. */
export const MINUTES_CLOSED: MinutesData = {
  ministryName: 'BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG',
  councilName: 'HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG',
  cycleTitle: 'Hội nghị sơ kết điển hình tiên tiến ngành tài nguyên và môi trường giai đoạn 2016–2018',
  sessionTitle: 'Phiên họp xét công nhận Điển hình tiên tiến',
  meetingAt: '2026-04-20T07:00:00.000Z',
  closedAt: '2026-04-20T09:45:00.000Z',
  place: 'Hà Nội',
  status: 'CLOSED',
  approvalRuleLabel: 'quá nửa tổng số thành viên Hội đồng',
  quorum: { members: 9, cast: 7, needed: 6, reached: true },
  members: MEMBERS,
  candidates: [
    {
      order: 1,
      nomineeName: 'Nguyễn Thị Hồng Nhung',
      nomineeKind: 'INDIVIDUAL',
      unitName: 'Sở Tài nguyên và Môi trường Cà Mau',
      recusedMembers: ['Bùi Thị Hồng Nhung'],
      tally: { agree: 5, disagree: 0, abstain: 1, recused: 1, notVoted: 2 },
      agreesNeeded: 5,
      outcome: 'PASSED',
    },
    {
      order: 2,
      nomineeName: 'Trần Quốc Khánh',
      nomineeKind: 'INDIVIDUAL',
      unitName: 'Tổng cục Quản lý đất đai',
      recusedMembers: [],
      tally: { agree: 4, disagree: 2, abstain: 1, recused: 0, notVoted: 2 },
      agreesNeeded: 5,
      outcome: 'FAILED',
    },
    {
      order: 3,
      nomineeName: 'Phòng Quản lý tài nguyên nước',
      nomineeKind: 'COLLECTIVE',
      unitName: 'Cục Quản lý tài nguyên nước',
      recusedMembers: [],
      tally: { agree: 7, disagree: 0, abstain: 0, recused: 0, notVoted: 2 },
      agreesNeeded: 5,
      outcome: 'PASSED',
    },
  ],
  chairName: 'Nguyễn Thị Phương Hoa',
  secretaryName: 'Vũ Minh Sơn',
};

/**
 * 5 of 9 cast, 6 needed. The candidates still carry a stale count and outcome (which the data
 * contract says is null here) to prove the renderers key on the status, not on the nulls: the
 * digits 6–9 appear in no candidate row.
 */
export const MINUTES_INQUORATE: MinutesData = {
  ...MINUTES_CLOSED,
  status: 'INQUORATE',
  quorum: { members: 9, cast: 5, needed: 6, reached: false },
  members: MEMBERS.map((m, i) => (i === 2 || i === 4 ? { ...m, attendance: 'ABSENT' } : m)),
  candidates: MINUTES_CLOSED.candidates.map((c) => ({
    ...c,
    tally: { agree: 8, disagree: 7, abstain: 6, recused: 9, notVoted: 9 },
    outcome: 'PASSED',
  })),
};
