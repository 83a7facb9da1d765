/** The words of council sessions, as the Ministry's minutes write them. */

export const SESSION_STATUS_LABELS: Record<string, string> = {
  DRAFT: 'Đang chuẩn bị',
  VOTING: 'Đang bỏ phiếu',
  CLOSED: 'Đã kết thúc',
  INQUORATE: 'Không đủ số thành viên tham gia',
};

export const SESSION_STATUS_COLORS: Record<string, string> = {
  DRAFT: 'default',
  VOTING: 'processing',
  CLOSED: 'success',
  INQUORATE: 'warning',
};

export const COUNCIL_ROLE_LABELS: Record<string, string> = {
  CHAIR: 'Chủ tịch Hội đồng',
  SECRETARY: 'Thư ký Hội đồng',
  MEMBER: 'Ủy viên',
};

export const RECUSAL_LABELS: Record<string, string> = {
  SAME_UNIT: 'cùng đơn vị với người được đề nghị',
  DECLARED: 'đã tự khai xung đột lợi ích',
};

/** The three choices of a ballot sheet, in the order the sheet prints them. */
export const CHOICES = ['AGREE', 'DISAGREE', 'ABSTAIN'] as const;
export type Choice = (typeof CHOICES)[number];

export const CHOICE_LABELS: Record<Choice, string> = {
  AGREE: 'Đồng ý',
  DISAGREE: 'Không đồng ý',
  ABSTAIN: 'Không biểu quyết',
};

export const COUNCIL_PROCESS_LABELS: Record<string, string> = {
  SESSIONS: 'Họp phiên, bỏ phiếu theo danh sách; Bộ trưởng ký một quyết định cho cả danh sách',
  PER_NOMINATION: 'Bỏ phiếu riêng từng hồ sơ (cách cũ)',
};

export const RECUSAL_COUNTING_LABELS: Record<string, string> = {
  AS_NOT_AGREEING: 'Tính như thành viên không đồng ý',
  EXCLUDED: 'Không tính vào tổng số thành viên khi xét tỷ lệ đồng ý',
};
