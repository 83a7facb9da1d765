/**
 * The Vietnamese names people read for the domain's values: a refusal never shows a raw enum
 * value (BLOCK_REVIEW, REJECTED …) to a ministry official.
 */
import type { ApprovalRule } from './cycle/approval-rule.js';
import type { MovableDate } from './cycle/calendar-move.js';
import type { CycleCalendar } from './cycle/cycle-rules.js';
import type { TaskAssignee } from './nomination/tasks.js';
import type { NominationStage, NominationStatus, NomineeKind, TaskDecision, TaskType } from './nomination/vocabulary.js';
import type { Role } from './organisation/actor.js';

export const STAGE_LABELS: Record<NominationStage, string> = {
  DRAFT: 'Đơn vị đang soạn hồ sơ',
  BLOCK_REVIEW: 'Khối/Cụm thi đua xét duyệt',
  REVISION: 'Đơn vị bổ sung hồ sơ',
  COUNCIL_VOTE: 'Hội đồng bỏ phiếu',
  MINISTER_DECISION: 'Bộ trưởng quyết định',
  AWAITING_CONFERENCE: 'Chờ Hội nghị biểu dương',
  CLOSED: 'Đã kết thúc',
};

export const STATUS_LABELS: Record<NominationStatus, string> = {
  IN_PROGRESS: 'đang được xét',
  HONOURED: 'đã được biểu dương',
  RECOGNISED: 'đã được công nhận',
  REJECTED: 'không được chấp thuận',
  WITHDRAWN: 'đã được đơn vị rút',
  EXPIRED: 'đã hết hạn',
  REVOKED: 'đã bị thu hồi',
  NOT_PROPOSED: 'không được đề nghị công nhận',
  NOT_SUBMITTED: 'không được nộp trước hạn',
};

export const TASK_TYPE_LABELS: Record<TaskType, string> = {
  BLOCK_REVIEW: 'xét duyệt của Khối/Cụm thi đua',
  REVISION: 'bổ sung, hoàn thiện hồ sơ',
  COUNCIL_BALLOT: 'phiếu bầu của thành viên Hội đồng',
  MINISTER_DECISION: 'quyết định của Bộ trưởng',
};

export const DECISION_LABELS: Record<TaskDecision, string> = {
  ENDORSE: 'Đồng ý đề nghị',
  REQUEST_CHANGES: 'Yêu cầu bổ sung',
  REJECT: 'Không chấp thuận',
  RESUBMIT: 'Nộp lại hồ sơ',
  AGREE: 'Đồng ý',
  DISAGREE: 'Không đồng ý',
  ABSTAIN: 'Không biểu quyết',
  APPROVE: 'Phê duyệt',
  RETURN: 'Trả lại tờ trình',
};

export const ROLE_LABELS: Record<Role, string> = {
  ADMIN: 'Quản trị hệ thống',
  STANDING_OFFICE: 'Thường trực Hội đồng',
  MINISTER: 'Bộ trưởng',
  DEPUTY_MINISTER: 'Thứ trưởng',
  COUNCIL_MEMBER: 'Thành viên Hội đồng',
  UNIT_OFFICER: 'Cán bộ đơn vị',
};

export const NOMINEE_KIND_LABELS: Record<NomineeKind, string> = {
  INDIVIDUAL: 'Cá nhân',
  COLLECTIVE: 'Tập thể',
};

export const APPROVAL_RULE_LABELS: Record<ApprovalRule, string> = {
  MAJORITY_OF_MEMBERS: 'Quá nửa tổng số thành viên',
  TWO_THIRDS_OF_MEMBERS: 'Hai phần ba tổng số thành viên',
  NINETY_PERCENT_OF_MEMBERS: '90% tổng số thành viên',
};

/** The dates of a cycle's calendar. */
export const CALENDAR_DATE_LABELS: Record<keyof CycleCalendar | MovableDate, string> = {
  periodFrom: 'Ngày bắt đầu thời kỳ xét',
  periodTo: 'Ngày kết thúc thời kỳ xét',
  submissionCutoff: 'Hạn nộp hồ sơ',
  blockReviewTarget: 'Hạn xét duyệt của Khối/Cụm thi đua',
  councilVoteTarget: 'Hạn bỏ phiếu của Hội đồng',
  decisionTarget: 'Hạn quyết định công nhận',
  conferenceDate: 'Ngày Hội nghị biểu dương',
};

/** Who a task waits for, in words: "cán bộ của đơn vị BAO-TNMT", "Bộ trưởng hoặc Thứ trưởng". */
export function assigneeLabel(assignee: TaskAssignee): string {
  switch (assignee.kind) {
    case 'UNIT':
      return `cán bộ của đơn vị ${assignee.ref}`;
    case 'USER':
      return `tài khoản ${assignee.ref}`;
    case 'MINISTER':
      return 'Bộ trưởng hoặc Thứ trưởng (ký thay Bộ trưởng)';
    default: {
      const unknown: never = assignee;
      throw new Error(`Unknown assignee ${JSON.stringify(unknown)}`);
    }
  }
}

/** A list for a sentence: "A, B hoặc C". */
export function listOr(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} hoặc ${items[items.length - 1]}`;
}

/** What a unit may change in its dossier, by the key a DossierEdited event names it with. */
export const DOSSIER_FIELD_LABELS: Record<string, string> = {
  'nominee.fullName': 'Họ và tên',
  'nominee.dateOfBirth': 'Ngày sinh',
  'nominee.position': 'Chức vụ',
  'nominee.field': 'Lĩnh vực',
  'nominee.remoteArea': 'Công tác ở vùng sâu, vùng xa, biên giới, hải đảo',
  'nominee.continuousYears': 'Số năm liên tục đạt danh hiệu thi đua',
  achievements: 'Thành tích',
  initiatives: 'Sáng kiến',
};
