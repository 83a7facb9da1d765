/**
 * Demo organisation data of the Ministry of Natural Resources and Environment
 * (Bộ Tài nguyên và Môi trường, BTNMT) as it was in 2016–2021.
 *
 * Sources of the names:
 *  - Ministry units: the organisational structure of the Ministry under
 *    Nghị định số 36/2017/NĐ-CP and the Ministry's own news items (the
 *    project's source documents, seeds 000–004, name Báo Tài nguyên và Môi
 *    trường, Tạp chí Tài nguyên và Môi trường, Trung tâm Truyền thông tài
 *    nguyên và môi trường, Vụ Thi đua, Khen thưởng và Tuyên truyền, and in
 *    Khối thi đua số VI Ban Quản lý Dự án Đầu tư và Xây dựng and Công ty TNHH
 *    MTV Tài nguyên và Môi trường miền Nam).
 *  - Khối thi đua số VI: 7 units (seed 002). Its members other than the three
 *    named in seed 002 follow the Ministry's published lists of Khối VI for
 *    2018–2019 (media bodies, publisher and state companies).
 *  - Blocks I–V and the regional clusters (Cụm thi đua) of the provincial
 *    departments are a plausible demo grouping, not an official decision.
 *  - Provincial departments: the 63 provinces and centrally-run cities as they
 *    were before the 2025 provincial merger.
 *  - People: the Minister (Trần Hồng Hà), a Deputy Minister (Nguyễn Thị Phương
 *    Hoa, signer of seed 003) and the head of the standing office (Vũ Minh Sơn)
 *    are named in the seeds. The administrator and the nine council members are
 *    INVENTED names, not real people.
 *
 * Historical data: the 2018–2021 names and codes are kept. The merger of
 * 1 March 2025 into Bộ Nông nghiệp và Môi trường (and the renaming of units) is
 * deliberately NOT applied here.
 *
 * All strings are Unicode NFC.
 */

export type UnitKind = 'MINISTRY_UNIT' | 'PROVINCIAL_DEPARTMENT';

export interface SeedBlock {
  code: string;
  name: string;
  leaderUnitCode: string;
  deputyUnitCode: string;
}

export interface SeedUnit {
  code: string;
  name: string;
  kind: UnitKind;
  blockCode: string;
  email: string;
}

export interface SeedPerson {
  username: string;
  fullName: string;
  title: string;
  email: string;
  /** The unit a person works in (council members are recused for their own unit's candidates). */
  unitCode?: string;
}

/** Khối thi đua (ministry units) and Cụm thi đua (provincial departments). */
export const BLOCKS: readonly SeedBlock[] = [
  { code: 'KHOI-I', name: 'Khối thi đua số I', leaderUnitCode: 'VU-PC', deputyUnitCode: 'VU-TCCB' },
  { code: 'KHOI-II', name: 'Khối thi đua số II', leaderUnitCode: 'VP-UBSMC', deputyUnitCode: 'VP-HDTLKS' },
  { code: 'KHOI-III', name: 'Khối thi đua số III', leaderUnitCode: 'TC-KTTV', deputyUnitCode: 'TC-QLDD' },
  { code: 'KHOI-IV', name: 'Khối thi đua số IV', leaderUnitCode: 'CUC-QLTNN', deputyUnitCode: 'CUC-DDBD' },
  { code: 'KHOI-V', name: 'Khối thi đua số V', leaderUnitCode: 'VIEN-CLCS', deputyUnitCode: 'VIEN-KHDDBD' },
  { code: 'KHOI-VI', name: 'Khối thi đua số VI', leaderUnitCode: 'BAO-TNMT', deputyUnitCode: 'CTY-TNMT-MN' },
  { code: 'CUM-MNPB', name: 'Cụm thi đua Trung du và miền núi phía Bắc', leaderUnitCode: 'STNMT-LCA', deputyUnitCode: 'STNMT-TN' },
  { code: 'CUM-DBSH', name: 'Cụm thi đua Đồng bằng sông Hồng', leaderUnitCode: 'STNMT-HN', deputyUnitCode: 'STNMT-HP' },
  { code: 'CUM-BTB', name: 'Cụm thi đua Bắc Trung Bộ', leaderUnitCode: 'STNMT-NA', deputyUnitCode: 'STNMT-TTH' },
  { code: 'CUM-DHNTB', name: 'Cụm thi đua Duyên hải Nam Trung Bộ', leaderUnitCode: 'STNMT-DN', deputyUnitCode: 'STNMT-KH' },
  { code: 'CUM-TN', name: 'Cụm thi đua Tây Nguyên', leaderUnitCode: 'STNMT-LD', deputyUnitCode: 'STNMT-DLK' },
  { code: 'CUM-DNB', name: 'Cụm thi đua Đông Nam Bộ', leaderUnitCode: 'STNMT-HCM', deputyUnitCode: 'STNMT-BDU' },
  { code: 'CUM-DBSCL', name: 'Cụm thi đua Đồng bằng sông Cửu Long', leaderUnitCode: 'STNMT-CT', deputyUnitCode: 'STNMT-AG' },
];

/** Ministry units (đơn vị trực thuộc Bộ) followed by the 63 Sở Tài nguyên và Môi trường. */
export const UNITS: readonly SeedUnit[] = [
  // Khối thi đua số I
  { code: 'VU-TCCB', name: 'Vụ Tổ chức cán bộ', kind: 'MINISTRY_UNIT', blockCode: 'KHOI-I', email: 'vu-tccb@btnmt.example' },
  { code: 'VU-PC', name: 'Vụ Pháp chế', kind: 'MINISTRY_UNIT', blockCode: 'KHOI-I', email: 'vu-pc@btnmt.example' },
  { code: 'VU-KHTC', name: 'Vụ Kế hoạch – Tài chính', kind: 'MINISTRY_UNIT', blockCode: 'KHOI-I', email: 'vu-khtc@btnmt.example' },
  { code: 'VU-HTQT', name: 'Vụ Hợp tác quốc tế', kind: 'MINISTRY_UNIT', blockCode: 'KHOI-I', email: 'vu-htqt@btnmt.example' },
  { code: 'VU-KHCN', name: 'Vụ Khoa học và Công nghệ', kind: 'MINISTRY_UNIT', blockCode: 'KHOI-I', email: 'vu-khcn@btnmt.example' },
  {
    code: 'VU-TDKTTT',
    name: 'Vụ Thi đua, Khen thưởng và Tuyên truyền',
    kind: 'MINISTRY_UNIT',
    blockCode: 'KHOI-I',
    email: 'vu-tdkttt@btnmt.example',
  },
  { code: 'VP-BO', name: 'Văn phòng Bộ', kind: 'MINISTRY_UNIT', blockCode: 'KHOI-I', email: 'vp-bo@btnmt.example' },
  { code: 'TTR-BO', name: 'Thanh tra Bộ', kind: 'MINISTRY_UNIT', blockCode: 'KHOI-I', email: 'ttr-bo@btnmt.example' },
  // Khối thi đua số II
  {
    code: 'VP-UBSMC',
    name: 'Văn phòng Thường trực Ủy ban sông Mê Công Việt Nam',
    kind: 'MINISTRY_UNIT',
    blockCode: 'KHOI-II',
    email: 'vp-ubsmc@btnmt.example',
  },
  {
    code: 'VP-HDTLKS',
    name: 'Văn phòng Hội đồng đánh giá trữ lượng khoáng sản quốc gia',
    kind: 'MINISTRY_UNIT',
    blockCode: 'KHOI-II',
    email: 'vp-hdtlks@btnmt.example',
  },
  {
    code: 'TT-QHDTTNN',
    name: 'Trung tâm Quy hoạch và Điều tra tài nguyên nước quốc gia',
    kind: 'MINISTRY_UNIT',
    blockCode: 'KHOI-II',
    email: 'tt-qhdttnn@btnmt.example',
  },
  {
    code: 'QUY-BVMT',
    name: 'Quỹ Bảo vệ môi trường Việt Nam',
    kind: 'MINISTRY_UNIT',
    blockCode: 'KHOI-II',
    email: 'quy-bvmt@btnmt.example',
  },
  // Khối thi đua số III
  { code: 'TC-QLDD', name: 'Tổng cục Quản lý đất đai', kind: 'MINISTRY_UNIT', blockCode: 'KHOI-III', email: 'tc-qldd@btnmt.example' },
  { code: 'TC-MT', name: 'Tổng cục Môi trường', kind: 'MINISTRY_UNIT', blockCode: 'KHOI-III', email: 'tc-mt@btnmt.example' },
  { code: 'TC-KTTV', name: 'Tổng cục Khí tượng Thủy văn', kind: 'MINISTRY_UNIT', blockCode: 'KHOI-III', email: 'tc-kttv@btnmt.example' },
  {
    code: 'TC-DCKS',
    name: 'Tổng cục Địa chất và Khoáng sản Việt Nam',
    kind: 'MINISTRY_UNIT',
    blockCode: 'KHOI-III',
    email: 'tc-dcks@btnmt.example',
  },
  {
    code: 'TC-BHD',
    name: 'Tổng cục Biển và Hải đảo Việt Nam',
    kind: 'MINISTRY_UNIT',
    blockCode: 'KHOI-III',
    email: 'tc-bhd@btnmt.example',
  },
  // Khối thi đua số IV
  { code: 'CUC-QLTNN', name: 'Cục Quản lý tài nguyên nước', kind: 'MINISTRY_UNIT', blockCode: 'KHOI-IV', email: 'cuc-qltnn@btnmt.example' },
  {
    code: 'CUC-DDBD',
    name: 'Cục Đo đạc, Bản đồ và Thông tin địa lý Việt Nam',
    kind: 'MINISTRY_UNIT',
    blockCode: 'KHOI-IV',
    email: 'cuc-ddbd@btnmt.example',
  },
  { code: 'CUC-BDKH', name: 'Cục Biến đổi khí hậu', kind: 'MINISTRY_UNIT', blockCode: 'KHOI-IV', email: 'cuc-bdkh@btnmt.example' },
  {
    code: 'CUC-CNTT',
    name: 'Cục Công nghệ thông tin và Dữ liệu tài nguyên môi trường',
    kind: 'MINISTRY_UNIT',
    blockCode: 'KHOI-IV',
    email: 'cuc-cntt@btnmt.example',
  },
  { code: 'CUC-VTQG', name: 'Cục Viễn thám quốc gia', kind: 'MINISTRY_UNIT', blockCode: 'KHOI-IV', email: 'cuc-vtqg@btnmt.example' },
  // Khối thi đua số V
  {
    code: 'VIEN-CLCS',
    name: 'Viện Chiến lược, Chính sách tài nguyên và môi trường',
    kind: 'MINISTRY_UNIT',
    blockCode: 'KHOI-V',
    email: 'vien-clcs@btnmt.example',
  },
  {
    code: 'VIEN-KHDDBD',
    name: 'Viện Khoa học Đo đạc và Bản đồ',
    kind: 'MINISTRY_UNIT',
    blockCode: 'KHOI-V',
    email: 'vien-khddbd@btnmt.example',
  },
  {
    code: 'VIEN-KHKTTV',
    name: 'Viện Khoa học Khí tượng Thủy văn và Biến đổi khí hậu',
    kind: 'MINISTRY_UNIT',
    blockCode: 'KHOI-V',
    email: 'vien-khkttv@btnmt.example',
  },
  {
    code: 'DH-TNMT-HN',
    name: 'Trường Đại học Tài nguyên và Môi trường Hà Nội',
    kind: 'MINISTRY_UNIT',
    blockCode: 'KHOI-V',
    email: 'dh-tnmt-hn@btnmt.example',
  },
  {
    code: 'DH-TNMT-HCM',
    name: 'Trường Đại học Tài nguyên và Môi trường Thành phố Hồ Chí Minh',
    kind: 'MINISTRY_UNIT',
    blockCode: 'KHOI-V',
    email: 'dh-tnmt-hcm@btnmt.example',
  },
  {
    code: 'TRUONG-DTBD',
    name: 'Trường Đào tạo, bồi dưỡng cán bộ tài nguyên và môi trường',
    kind: 'MINISTRY_UNIT',
    blockCode: 'KHOI-V',
    email: 'truong-dtbd@btnmt.example',
  },
  {
    code: 'TT-TTTNMT',
    name: 'Trung tâm Truyền thông tài nguyên và môi trường',
    kind: 'MINISTRY_UNIT',
    blockCode: 'KHOI-V',
    email: 'tt-tttnmt@btnmt.example',
  },
  // Khối thi đua số VI
  { code: 'BAO-TNMT', name: 'Báo Tài nguyên và Môi trường', kind: 'MINISTRY_UNIT', blockCode: 'KHOI-VI', email: 'bao-tnmt@btnmt.example' },
  {
    code: 'TAPCHI-TNMT',
    name: 'Tạp chí Tài nguyên và Môi trường',
    kind: 'MINISTRY_UNIT',
    blockCode: 'KHOI-VI',
    email: 'tapchi-tnmt@btnmt.example',
  },
  {
    code: 'NXB-TNMT-BD',
    name: 'Nhà xuất bản Tài nguyên – Môi trường và Bản đồ Việt Nam',
    kind: 'MINISTRY_UNIT',
    blockCode: 'KHOI-VI',
    email: 'nxb-tnmt-bd@btnmt.example',
  },
  {
    code: 'BQLDA-DTXD',
    name: 'Ban Quản lý Dự án Đầu tư và Xây dựng',
    kind: 'MINISTRY_UNIT',
    blockCode: 'KHOI-VI',
    email: 'bqlda-dtxd@btnmt.example',
  },
  {
    code: 'CTY-TNMT-VN',
    name: 'Công ty TNHH MTV Tài nguyên và Môi trường Việt Nam',
    kind: 'MINISTRY_UNIT',
    blockCode: 'KHOI-VI',
    email: 'cty-tnmt-vn@btnmt.example',
  },
  {
    code: 'CTY-TNMT-MN',
    name: 'Công ty TNHH MTV Tài nguyên và Môi trường miền Nam',
    kind: 'MINISTRY_UNIT',
    blockCode: 'KHOI-VI',
    email: 'cty-tnmt-mn@btnmt.example',
  },
  {
    code: 'CTY-TBKTTV',
    name: 'Công ty Cổ phần Thiết bị Khí tượng Thủy văn và Môi trường Việt Nam',
    kind: 'MINISTRY_UNIT',
    blockCode: 'KHOI-VI',
    email: 'cty-tbkttv@btnmt.example',
  },
  // Cụm thi đua Trung du và miền núi phía Bắc
  {
    code: 'STNMT-HG',
    name: 'Sở Tài nguyên và Môi trường Hà Giang',
    kind: 'PROVINCIAL_DEPARTMENT',
    blockCode: 'CUM-MNPB',
    email: 'stnmt-hg@btnmt.example',
  },
  {
    code: 'STNMT-CB',
    name: 'Sở Tài nguyên và Môi trường Cao Bằng',
    kind: 'PROVINCIAL_DEPARTMENT',
    blockCode: 'CUM-MNPB',
    email: 'stnmt-cb@btnmt.example',
  },
  {
    code: 'STNMT-BK',
    name: 'Sở Tài nguyên và Môi trường Bắc Kạn',
    kind: 'PROVINCIAL_DEPARTMENT',
    blockCode: 'CUM-MNPB',
    email: 'stnmt-bk@btnmt.example',
  },
  {
    code: 'STNMT-TQ',
    name: 'Sở Tài nguyên và Môi trường Tuyên Quang',
    kind: 'PROVINCIAL_DEPARTMENT',
    blockCode: 'CUM-MNPB',
    email: 'stnmt-tq@btnmt.example',
  },
  {
    code: 'STNMT-LCA',
    name: 'Sở Tài nguyên và Môi trường Lào Cai',
    kind: 'PROVINCIAL_DEPARTMENT',
    blockCode: 'CUM-MNPB',
    email: 'stnmt-lca@btnmt.example',
  },
  {
    code: 'STNMT-YB',
    name: 'Sở Tài nguyên và Môi trường Yên Bái',
    kind: 'PROVINCIAL_DEPARTMENT',
    blockCode: 'CUM-MNPB',
    email: 'stnmt-yb@btnmt.example',
  },
  {
    code: 'STNMT-TN',
    name: 'Sở Tài nguyên và Môi trường Thái Nguyên',
    kind: 'PROVINCIAL_DEPARTMENT',
    blockCode: 'CUM-MNPB',
    email: 'stnmt-tn@btnmt.example',
  },
  {
    code: 'STNMT-LS',
    name: 'Sở Tài nguyên và Môi trường Lạng Sơn',
    kind: 'PROVINCIAL_DEPARTMENT',
    blockCode: 'CUM-MNPB',
    email: 'stnmt-ls@btnmt.example',
  },
  {
    code: 'STNMT-BG',
    name: 'Sở Tài nguyên và Môi trường Bắc Giang',
    kind: 'PROVINCIAL_DEPARTMENT',
    blockCode: 'CUM-MNPB',
    email: 'stnmt-bg@btnmt.example',
  },
  {
    code: 'STNMT-PT',
    name: 'Sở Tài nguyên và Môi trường Phú Thọ',
    kind: 'PROVINCIAL_DEPARTMENT',
    blockCode: 'CUM-MNPB',
    email: 'stnmt-pt@btnmt.example',
  },
  {
    code: 'STNMT-DB',
    name: 'Sở Tài nguyên và Môi trường Điện Biên',
    kind: 'PROVINCIAL_DEPARTMENT',
    blockCode: 'CUM-MNPB',
    email: 'stnmt-db@btnmt.example',
  },
  {
    code: 'STNMT-LCH',
    name: 'Sở Tài nguyên và Môi trường Lai Châu',
    kind: 'PROVINCIAL_DEPARTMENT',
    blockCode: 'CUM-MNPB',
    email: 'stnmt-lch@btnmt.example',
  },
  {
    code: 'STNMT-SL',
    name: 'Sở Tài nguyên và Môi trường Sơn La',
    kind: 'PROVINCIAL_DEPARTMENT',
    blockCode: 'CUM-MNPB',
    email: 'stnmt-sl@btnmt.example',
  },
  {
    code: 'STNMT-HB',
    name: 'Sở Tài nguyên và Môi trường Hòa Bình',
    kind: 'PROVINCIAL_DEPARTMENT',
    blockCode: 'CUM-MNPB',
    email: 'stnmt-hb@btnmt.example',
  },
  // Cụm thi đua Đồng bằng sông Hồng
  {
    code: 'STNMT-HN',
    name: 'Sở Tài nguyên và Môi trường Hà Nội',
    kind: 'PROVINCIAL_DEPARTMENT',
    blockCode: 'CUM-DBSH',
    email: 'stnmt-hn@btnmt.example',
  },
  {
    code: 'STNMT-HP',
    name: 'Sở Tài nguyên và Môi trường Hải Phòng',
    kind: 'PROVINCIAL_DEPARTMENT',
    blockCode: 'CUM-DBSH',
    email: 'stnmt-hp@btnmt.example',
  },
  {
    code: 'STNMT-QNI',
    name: 'Sở Tài nguyên và Môi trường Quảng Ninh',
    kind: 'PROVINCIAL_DEPARTMENT',
    blockCode: 'CUM-DBSH',
    email: 'stnmt-qni@btnmt.example',
  },
  {
    code: 'STNMT-VP',
    name: 'Sở Tài nguyên và Môi trường Vĩnh Phúc',
    kind: 'PROVINCIAL_DEPARTMENT',
    blockCode: 'CUM-DBSH',
    email: 'stnmt-vp@btnmt.example',
  },
  {
    code: 'STNMT-BN',
    name: 'Sở Tài nguyên và Môi trường Bắc Ninh',
    kind: 'PROVINCIAL_DEPARTMENT',
    blockCode: 'CUM-DBSH',
    email: 'stnmt-bn@btnmt.example',
  },
  {
    code: 'STNMT-HD',
    name: 'Sở Tài nguyên và Môi trường Hải Dương',
    kind: 'PROVINCIAL_DEPARTMENT',
    blockCode: 'CUM-DBSH',
    email: 'stnmt-hd@btnmt.example',
  },
  {
    code: 'STNMT-HY',
    name: 'Sở Tài nguyên và Môi trường Hưng Yên',
    kind: 'PROVINCIAL_DEPARTMENT',
    blockCode: 'CUM-DBSH',
    email: 'stnmt-hy@btnmt.example',
  },
  {
    code: 'STNMT-TB',
    name: 'Sở Tài nguyên và Môi trường Thái Bình',
    kind: 'PROVINCIAL_DEPARTMENT',
    blockCode: 'CUM-DBSH',
    email: 'stnmt-tb@btnmt.example',
  },
  {
    code: 'STNMT-HNA',
    name: 'Sở Tài nguyên và Môi trường Hà Nam',
    kind: 'PROVINCIAL_DEPARTMENT',
    blockCode: 'CUM-DBSH',
    email: 'stnmt-hna@btnmt.example',
  },
  {
    code: 'STNMT-ND',
    name: 'Sở Tài nguyên và Môi trường Nam Định',
    kind: 'PROVINCIAL_DEPARTMENT',
    blockCode: 'CUM-DBSH',
    email: 'stnmt-nd@btnmt.example',
  },
  {
    code: 'STNMT-NB',
    name: 'Sở Tài nguyên và Môi trường Ninh Bình',
    kind: 'PROVINCIAL_DEPARTMENT',
    blockCode: 'CUM-DBSH',
    email: 'stnmt-nb@btnmt.example',
  },
  // Cụm thi đua Bắc Trung Bộ
  {
    code: 'STNMT-TH',
    name: 'Sở Tài nguyên và Môi trường Thanh Hóa',
    kind: 'PROVINCIAL_DEPARTMENT',
    blockCode: 'CUM-BTB',
    email: 'stnmt-th@btnmt.example',
  },
  {
    code: 'STNMT-NA',
    name: 'Sở Tài nguyên và Môi trường Nghệ An',
    kind: 'PROVINCIAL_DEPARTMENT',
    blockCode: 'CUM-BTB',
    email: 'stnmt-na@btnmt.example',
  },
  {
    code: 'STNMT-HT',
    name: 'Sở Tài nguyên và Môi trường Hà Tĩnh',
    kind: 'PROVINCIAL_DEPARTMENT',
    blockCode: 'CUM-BTB',
    email: 'stnmt-ht@btnmt.example',
  },
  {
    code: 'STNMT-QB',
    name: 'Sở Tài nguyên và Môi trường Quảng Bình',
    kind: 'PROVINCIAL_DEPARTMENT',
    blockCode: 'CUM-BTB',
    email: 'stnmt-qb@btnmt.example',
  },
  {
    code: 'STNMT-QT',
    name: 'Sở Tài nguyên và Môi trường Quảng Trị',
    kind: 'PROVINCIAL_DEPARTMENT',
    blockCode: 'CUM-BTB',
    email: 'stnmt-qt@btnmt.example',
  },
  {
    code: 'STNMT-TTH',
    name: 'Sở Tài nguyên và Môi trường Thừa Thiên Huế',
    kind: 'PROVINCIAL_DEPARTMENT',
    blockCode: 'CUM-BTB',
    email: 'stnmt-tth@btnmt.example',
  },
  // Cụm thi đua Duyên hải Nam Trung Bộ
  {
    code: 'STNMT-DN',
    name: 'Sở Tài nguyên và Môi trường Đà Nẵng',
    kind: 'PROVINCIAL_DEPARTMENT',
    blockCode: 'CUM-DHNTB',
    email: 'stnmt-dn@btnmt.example',
  },
  {
    code: 'STNMT-QNA',
    name: 'Sở Tài nguyên và Môi trường Quảng Nam',
    kind: 'PROVINCIAL_DEPARTMENT',
    blockCode: 'CUM-DHNTB',
    email: 'stnmt-qna@btnmt.example',
  },
  {
    code: 'STNMT-QNG',
    name: 'Sở Tài nguyên và Môi trường Quảng Ngãi',
    kind: 'PROVINCIAL_DEPARTMENT',
    blockCode: 'CUM-DHNTB',
    email: 'stnmt-qng@btnmt.example',
  },
  {
    code: 'STNMT-BDI',
    name: 'Sở Tài nguyên và Môi trường Bình Định',
    kind: 'PROVINCIAL_DEPARTMENT',
    blockCode: 'CUM-DHNTB',
    email: 'stnmt-bdi@btnmt.example',
  },
  {
    code: 'STNMT-PY',
    name: 'Sở Tài nguyên và Môi trường Phú Yên',
    kind: 'PROVINCIAL_DEPARTMENT',
    blockCode: 'CUM-DHNTB',
    email: 'stnmt-py@btnmt.example',
  },
  {
    code: 'STNMT-KH',
    name: 'Sở Tài nguyên và Môi trường Khánh Hòa',
    kind: 'PROVINCIAL_DEPARTMENT',
    blockCode: 'CUM-DHNTB',
    email: 'stnmt-kh@btnmt.example',
  },
  {
    code: 'STNMT-NT',
    name: 'Sở Tài nguyên và Môi trường Ninh Thuận',
    kind: 'PROVINCIAL_DEPARTMENT',
    blockCode: 'CUM-DHNTB',
    email: 'stnmt-nt@btnmt.example',
  },
  {
    code: 'STNMT-BTH',
    name: 'Sở Tài nguyên và Môi trường Bình Thuận',
    kind: 'PROVINCIAL_DEPARTMENT',
    blockCode: 'CUM-DHNTB',
    email: 'stnmt-bth@btnmt.example',
  },
  // Cụm thi đua Tây Nguyên
  {
    code: 'STNMT-KT',
    name: 'Sở Tài nguyên và Môi trường Kon Tum',
    kind: 'PROVINCIAL_DEPARTMENT',
    blockCode: 'CUM-TN',
    email: 'stnmt-kt@btnmt.example',
  },
  {
    code: 'STNMT-GL',
    name: 'Sở Tài nguyên và Môi trường Gia Lai',
    kind: 'PROVINCIAL_DEPARTMENT',
    blockCode: 'CUM-TN',
    email: 'stnmt-gl@btnmt.example',
  },
  {
    code: 'STNMT-DLK',
    name: 'Sở Tài nguyên và Môi trường Đắk Lắk',
    kind: 'PROVINCIAL_DEPARTMENT',
    blockCode: 'CUM-TN',
    email: 'stnmt-dlk@btnmt.example',
  },
  {
    code: 'STNMT-DNO',
    name: 'Sở Tài nguyên và Môi trường Đắk Nông',
    kind: 'PROVINCIAL_DEPARTMENT',
    blockCode: 'CUM-TN',
    email: 'stnmt-dno@btnmt.example',
  },
  {
    code: 'STNMT-LD',
    name: 'Sở Tài nguyên và Môi trường Lâm Đồng',
    kind: 'PROVINCIAL_DEPARTMENT',
    blockCode: 'CUM-TN',
    email: 'stnmt-ld@btnmt.example',
  },
  // Cụm thi đua Đông Nam Bộ
  {
    code: 'STNMT-HCM',
    name: 'Sở Tài nguyên và Môi trường Thành phố Hồ Chí Minh',
    kind: 'PROVINCIAL_DEPARTMENT',
    blockCode: 'CUM-DNB',
    email: 'stnmt-hcm@btnmt.example',
  },
  {
    code: 'STNMT-BP',
    name: 'Sở Tài nguyên và Môi trường Bình Phước',
    kind: 'PROVINCIAL_DEPARTMENT',
    blockCode: 'CUM-DNB',
    email: 'stnmt-bp@btnmt.example',
  },
  {
    code: 'STNMT-TNI',
    name: 'Sở Tài nguyên và Môi trường Tây Ninh',
    kind: 'PROVINCIAL_DEPARTMENT',
    blockCode: 'CUM-DNB',
    email: 'stnmt-tni@btnmt.example',
  },
  {
    code: 'STNMT-BDU',
    name: 'Sở Tài nguyên và Môi trường Bình Dương',
    kind: 'PROVINCIAL_DEPARTMENT',
    blockCode: 'CUM-DNB',
    email: 'stnmt-bdu@btnmt.example',
  },
  {
    code: 'STNMT-DNA',
    name: 'Sở Tài nguyên và Môi trường Đồng Nai',
    kind: 'PROVINCIAL_DEPARTMENT',
    blockCode: 'CUM-DNB',
    email: 'stnmt-dna@btnmt.example',
  },
  {
    code: 'STNMT-BRVT',
    name: 'Sở Tài nguyên và Môi trường Bà Rịa – Vũng Tàu',
    kind: 'PROVINCIAL_DEPARTMENT',
    blockCode: 'CUM-DNB',
    email: 'stnmt-brvt@btnmt.example',
  },
  // Cụm thi đua Đồng bằng sông Cửu Long
  {
    code: 'STNMT-LA',
    name: 'Sở Tài nguyên và Môi trường Long An',
    kind: 'PROVINCIAL_DEPARTMENT',
    blockCode: 'CUM-DBSCL',
    email: 'stnmt-la@btnmt.example',
  },
  {
    code: 'STNMT-TG',
    name: 'Sở Tài nguyên và Môi trường Tiền Giang',
    kind: 'PROVINCIAL_DEPARTMENT',
    blockCode: 'CUM-DBSCL',
    email: 'stnmt-tg@btnmt.example',
  },
  {
    code: 'STNMT-BTR',
    name: 'Sở Tài nguyên và Môi trường Bến Tre',
    kind: 'PROVINCIAL_DEPARTMENT',
    blockCode: 'CUM-DBSCL',
    email: 'stnmt-btr@btnmt.example',
  },
  {
    code: 'STNMT-TV',
    name: 'Sở Tài nguyên và Môi trường Trà Vinh',
    kind: 'PROVINCIAL_DEPARTMENT',
    blockCode: 'CUM-DBSCL',
    email: 'stnmt-tv@btnmt.example',
  },
  {
    code: 'STNMT-VL',
    name: 'Sở Tài nguyên và Môi trường Vĩnh Long',
    kind: 'PROVINCIAL_DEPARTMENT',
    blockCode: 'CUM-DBSCL',
    email: 'stnmt-vl@btnmt.example',
  },
  {
    code: 'STNMT-DT',
    name: 'Sở Tài nguyên và Môi trường Đồng Tháp',
    kind: 'PROVINCIAL_DEPARTMENT',
    blockCode: 'CUM-DBSCL',
    email: 'stnmt-dt@btnmt.example',
  },
  {
    code: 'STNMT-AG',
    name: 'Sở Tài nguyên và Môi trường An Giang',
    kind: 'PROVINCIAL_DEPARTMENT',
    blockCode: 'CUM-DBSCL',
    email: 'stnmt-ag@btnmt.example',
  },
  {
    code: 'STNMT-KG',
    name: 'Sở Tài nguyên và Môi trường Kiên Giang',
    kind: 'PROVINCIAL_DEPARTMENT',
    blockCode: 'CUM-DBSCL',
    email: 'stnmt-kg@btnmt.example',
  },
  {
    code: 'STNMT-CT',
    name: 'Sở Tài nguyên và Môi trường Cần Thơ',
    kind: 'PROVINCIAL_DEPARTMENT',
    blockCode: 'CUM-DBSCL',
    email: 'stnmt-ct@btnmt.example',
  },
  {
    code: 'STNMT-HGI',
    name: 'Sở Tài nguyên và Môi trường Hậu Giang',
    kind: 'PROVINCIAL_DEPARTMENT',
    blockCode: 'CUM-DBSCL',
    email: 'stnmt-hgi@btnmt.example',
  },
  {
    code: 'STNMT-ST',
    name: 'Sở Tài nguyên và Môi trường Sóc Trăng',
    kind: 'PROVINCIAL_DEPARTMENT',
    blockCode: 'CUM-DBSCL',
    email: 'stnmt-st@btnmt.example',
  },
  {
    code: 'STNMT-BL',
    name: 'Sở Tài nguyên và Môi trường Bạc Liêu',
    kind: 'PROVINCIAL_DEPARTMENT',
    blockCode: 'CUM-DBSCL',
    email: 'stnmt-bl@btnmt.example',
  },
  {
    code: 'STNMT-CM',
    name: 'Sở Tài nguyên và Môi trường Cà Mau',
    kind: 'PROVINCIAL_DEPARTMENT',
    blockCode: 'CUM-DBSCL',
    email: 'stnmt-cm@btnmt.example',
  },
];

/** Bộ trưởng 2016–2021 (named in seeds 000 and 003). */
export const MINISTER: SeedPerson = {
  username: 'minister',
  fullName: 'Trần Hồng Hà',
  title: 'Bộ trưởng Bộ Tài nguyên và Môi trường',
  email: 'minister@btnmt.example',
};

/** Thứ trưởng; signs "KT. BỘ TRƯỞNG / THỨ TRƯỞNG" (seed 003). */
export const DEPUTY_MINISTER: SeedPerson = {
  username: 'deputy.minister',
  fullName: 'Nguyễn Thị Phương Hoa',
  title: 'Thứ trưởng Bộ Tài nguyên và Môi trường',
  email: 'deputy.minister@btnmt.example',
};

/** Thường trực Hội đồng Thi đua – Khen thưởng Bộ (seeds 001 and 002). */
export const STANDING_OFFICE: SeedPerson = {
  username: 'standing.office',
  fullName: 'Vũ Minh Sơn',
  title: 'Vụ trưởng Vụ Thi đua, Khen thưởng và Tuyên truyền',
  email: 'standing.office@btnmt.example',
};

/** System administrator. Invented name. */
export const ADMIN: SeedPerson = {
  username: 'admin',
  fullName: 'Phan Minh Quân',
  title: 'Quản trị hệ thống, Văn phòng Bộ',
  email: 'admin@btnmt.example',
};

/**
 * Members of the Hội đồng Thi đua – Khen thưởng Bộ, each the head of a ministry unit (the first is
 * the chair of each new cycle's council, the second its secretary). INVENTED names, not real people.
 */
export const COUNCIL_MEMBERS: readonly SeedPerson[] = [
  {
    username: 'council.1',
    unitCode: 'VU-TCCB',
    fullName: 'Trịnh Quốc Bảo',
    title: 'Ủy viên Hội đồng Thi đua – Khen thưởng Bộ',
    email: 'council.1@btnmt.example',
  },
  {
    username: 'council.2',
    unitCode: 'VU-PC',
    fullName: 'Lương Thị Thu Hằng',
    title: 'Ủy viên Hội đồng Thi đua – Khen thưởng Bộ',
    email: 'council.2@btnmt.example',
  },
  {
    username: 'council.3',
    unitCode: 'VU-KHTC',
    fullName: 'Đỗ Mạnh Cường',
    title: 'Ủy viên Hội đồng Thi đua – Khen thưởng Bộ',
    email: 'council.3@btnmt.example',
  },
  {
    username: 'council.4',
    unitCode: 'VU-HTQT',
    fullName: 'Phạm Thị Ngọc Lan',
    title: 'Ủy viên Hội đồng Thi đua – Khen thưởng Bộ',
    email: 'council.4@btnmt.example',
  },
  {
    username: 'council.5',
    unitCode: 'VU-KHCN',
    fullName: 'Hoàng Đức Thịnh',
    title: 'Ủy viên Hội đồng Thi đua – Khen thưởng Bộ',
    email: 'council.5@btnmt.example',
  },
  {
    username: 'council.6',
    unitCode: 'VP-BO',
    fullName: 'Vương Thị Minh Nguyệt',
    title: 'Ủy viên Hội đồng Thi đua – Khen thưởng Bộ',
    email: 'council.6@btnmt.example',
  },
  {
    username: 'council.7',
    unitCode: 'TTR-BO',
    fullName: 'Tạ Quang Vinh',
    title: 'Ủy viên Hội đồng Thi đua – Khen thưởng Bộ',
    email: 'council.7@btnmt.example',
  },
  {
    username: 'council.8',
    unitCode: 'TC-QLDD',
    fullName: 'Bùi Thị Hồng Nhung',
    title: 'Ủy viên Hội đồng Thi đua – Khen thưởng Bộ',
    email: 'council.8@btnmt.example',
  },
  {
    username: 'council.9',
    unitCode: 'TC-MT',
    fullName: 'Ngô Văn Khải',
    title: 'Ủy viên Hội đồng Thi đua – Khen thưởng Bộ',
    email: 'council.9@btnmt.example',
  },
];
