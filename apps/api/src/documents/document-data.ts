/**
 * The plain data the two documents are printed from. Whoever calls the renderers gathers it;
 * nothing here reads a database. Instants are ISO strings and are printed in Hanoi time.
 */

/** Biên bản kiểm phiếu of one council session. */
export interface MinutesData {
  ministryName: string; // e.g. 'BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG'
  councilName: string; // e.g. 'HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG'
  cycleTitle: string;
  sessionTitle: string;
  meetingAt: string; // ISO instant; print in Asia/Ho_Chi_Minh, dd/MM/yyyy HH:mm
  closedAt: string; // ISO instant
  place: string; // e.g. 'Hà Nội'
  status: 'CLOSED' | 'INQUORATE';
  approvalRuleLabel: string; // e.g. 'quá nửa tổng số thành viên Hội đồng'
  quorum: { members: number; cast: number; needed: number; reached: boolean };
  members: {
    fullName: string;
    title: string;
    councilRole: 'CHAIR' | 'SECRETARY' | 'MEMBER';
    attendance: 'BALLOT' | 'WRITTEN_OPINION' | 'ABSENT';
  }[];
  candidates: {
    order: number;
    nomineeName: string;
    nomineeKind: 'INDIVIDUAL' | 'COLLECTIVE';
    unitName: string;
    recusedMembers: string[]; // full names of members recused for this candidate
    tally: { agree: number; disagree: number; abstain: number; recused: number; notVoted: number } | null; // null when INQUORATE
    agreesNeeded: number;
    outcome: 'PASSED' | 'FAILED' | null; // null when INQUORATE
  }[];
  chairName: string;
  secretaryName: string;
}

/** Quyết định công nhận Điển hình tiên tiến, with the annexed list. */
export interface DecisionData {
  ministryName: string; // 'BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG'
  number: string; // e.g. '12/QĐ-BTNMT'
  place: string; // 'Hà Nội'
  signedAt: string; // ISO instant → "Hà Nội, ngày 05 tháng 5 năm 2026" (Hanoi date)
  cycleTitle: string;
  summary: string; // trích yếu, e.g. 'Về việc công nhận danh hiệu Điển hình tiên tiến giai đoạn 2016–2018'
  legalBases: string[]; // "Căn cứ …;" lines
  proposalReference: string; // "Theo đề nghị của …" line
  signer: { fullName: string; onBehalfOfMinister: boolean }; // deputy signs 'KT. BỘ TRƯỞNG' / 'THỨ TRƯỞNG'; minister signs 'BỘ TRƯỞNG'
  recipients: string[]; // Nơi nhận
  annex: { order: number; nomineeName: string; nomineeKind: 'INDIVIDUAL' | 'COLLECTIVE'; position: string | null; unitName: string }[];
}
