/**
 * The engine's stable names (stages, statuses, tasks, roles, decisions) as a Vietnamese
 * official reads them. Every screen takes its words from here.
 */
export const STAGE_LABELS: Record<string, string> = {
  DRAFT: 'Bản nháp của đơn vị',
  BLOCK_REVIEW: 'Khối thi đua xét duyệt',
  REVISION: 'Đơn vị bổ sung hồ sơ',
  COUNCIL_VOTE: 'Hội đồng bỏ phiếu',
  MINISTER_DECISION: 'Bộ trưởng quyết định',
  AWAITING_CONFERENCE: 'Chờ hội nghị biểu dương',
  CLOSED: 'Đã kết thúc',
};

/** The five stages of the stepper, in order, with the stages that stand for each. */
export const STEPS: { title: string; stages: string[] }[] = [
  { title: 'Đơn vị đề nghị', stages: ['DRAFT', 'REVISION'] },
  { title: 'Khối xét duyệt', stages: ['BLOCK_REVIEW'] },
  { title: 'Hội đồng bỏ phiếu', stages: ['COUNCIL_VOTE'] },
  { title: 'Bộ trưởng quyết định', stages: ['MINISTER_DECISION'] },
  { title: 'Hội nghị biểu dương', stages: ['AWAITING_CONFERENCE', 'CLOSED'] },
];

export const STATUS_LABELS: Record<string, string> = {
  IN_PROGRESS: 'Đang xử lý',
  HONOURED: 'Được biểu dương',
  RECOGNISED: 'Được công nhận',
  REJECTED: 'Không được chấp thuận',
  WITHDRAWN: 'Đơn vị đã rút',
  EXPIRED: 'Quá hạn bổ sung',
  REVOKED: 'Đã bị hủy bỏ',
  NOT_PROPOSED: 'Không được đề nghị công nhận',
  NOT_SUBMITTED: 'Bản nháp không được nộp',
};

export const STATUS_COLORS: Record<string, string> = {
  IN_PROGRESS: 'processing',
  HONOURED: 'success',
  RECOGNISED: 'success',
  REJECTED: 'error',
  WITHDRAWN: 'default',
  EXPIRED: 'warning',
  REVOKED: 'error',
  NOT_PROPOSED: 'default',
  NOT_SUBMITTED: 'default',
};

/** A proposal (tờ trình) to the minister, as the standing office and the minister follow it. */
export const PROPOSAL_STATUS_LABELS: Record<string, string> = {
  SUBMITTED: 'Chờ Bộ trưởng quyết định',
  APPROVED: 'Đã phê duyệt',
  RETURNED: 'Đã trả lại',
};

export const PROPOSAL_STATUS_COLORS: Record<string, string> = {
  SUBMITTED: 'processing',
  APPROVED: 'success',
  RETURNED: 'warning',
};

export const TASK_LABELS: Record<string, string> = {
  BLOCK_REVIEW: 'Xét duyệt hồ sơ của khối',
  REVISION: 'Bổ sung hồ sơ theo yêu cầu',
  COUNCIL_BALLOT: 'Bỏ phiếu của Hội đồng',
  MINISTER_DECISION: 'Quyết định của Bộ trưởng',
};

export const ROLE_LABELS: Record<string, string> = {
  ADMIN: 'Quản trị hệ thống',
  STANDING_OFFICE: 'Cơ quan thường trực Hội đồng',
  MINISTER: 'Bộ trưởng',
  DEPUTY_MINISTER: 'Thứ trưởng',
  COUNCIL_MEMBER: 'Thành viên Hội đồng',
  UNIT_OFFICER: 'Cán bộ đơn vị',
};

export const DECISION_LABELS: Record<string, string> = {
  ENDORSE: 'Đồng ý đề nghị',
  REQUEST_CHANGES: 'Yêu cầu bổ sung hồ sơ',
  REJECT: 'Không chấp thuận',
  RESUBMIT: 'Nộp lại hồ sơ',
  AGREE: 'Đồng ý',
  DISAGREE: 'Không đồng ý',
  ABSTAIN: 'Không biểu quyết',
  APPROVE: 'Phê duyệt',
  RETURN: 'Trả lại tờ trình',
};

export const NOMINEE_KIND_LABELS: Record<string, string> = {
  INDIVIDUAL: 'Cá nhân',
  COLLECTIVE: 'Tập thể',
};

export const APPROVAL_RULE_LABELS: Record<string, string> = {
  MAJORITY_OF_MEMBERS: 'Quá nửa tổng số thành viên Hội đồng đồng ý',
  TWO_THIRDS_OF_MEMBERS: 'Hai phần ba tổng số thành viên Hội đồng đồng ý',
  NINETY_PERCENT_OF_MEMBERS: 'Từ 90% tổng số thành viên Hội đồng đồng ý (bỏ phiếu kín)',
};

export const CALENDAR_LABELS: Record<string, string> = {
  periodFrom: 'Từ ngày (giai đoạn xét)',
  periodTo: 'Đến ngày (giai đoạn xét)',
  submissionCutoff: 'Hạn nộp hồ sơ',
  blockReviewTarget: 'Hạn khối xét duyệt',
  councilVoteTarget: 'Hạn Hội đồng bỏ phiếu',
  decisionTarget: 'Hạn Bộ trưởng quyết định',
  conferenceDate: 'Ngày hội nghị biểu dương',
};

/** A cycle's calendar, in order. */
export const CALENDAR_FIELDS = [
  'periodFrom',
  'periodTo',
  'submissionCutoff',
  'blockReviewTarget',
  'councilVoteTarget',
  'decisionTarget',
  'conferenceDate',
] as const;

export const label = (map: Record<string, string>, key: string | null | undefined): string => (key ? (map[key] ?? key) : '—');
