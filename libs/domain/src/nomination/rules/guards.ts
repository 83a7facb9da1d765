import { DomainError } from '../../errors.js';
import type { Actor } from '../../organisation/actor.js';
import type { NominationState } from '../state.js';
import { assigneeLabel, listOr, STAGE_LABELS, STATUS_LABELS, TASK_TYPE_LABELS } from '../../labels.js';
import { canActOn, type OpenTask } from '../tasks.js';
import { DECISIONS_BY_TASK, NominationStatus, type NominationStage, type TaskType } from '../vocabulary.js';
import { DECISION_LABELS } from '../../labels.js';

/** Refuses unless the nomination is in progress at one of `stages`. */
export function requireStage(state: NominationState, ...stages: NominationStage[]): void {
  const { stage, status } = state.view;
  if (status !== NominationStatus.IN_PROGRESS || !stages.includes(stage)) {
    const now =
      status === NominationStatus.IN_PROGRESS
        ? `đang ở bước “${STAGE_LABELS[stage]}”`
        : `${STATUS_LABELS[status]} (bước “${STAGE_LABELS[stage]}”)`;
    throw new DomainError(
      'CONFLICT',
      'WRONG_STAGE',
      `Hồ sơ đề nghị ${now}, không ở bước ${listOr(stages.map((s) => `“${STAGE_LABELS[s]}”`))} nên không thể thực hiện thao tác này.`,
    );
  }
}

/** The open task of `type` (and `taskId` if given) that `actor` may complete, or a refusal saying why. */
export function requireTask(state: NominationState, type: TaskType, actor: Actor, taskId?: string): OpenTask {
  const candidates = state.tasks.filter((t) => t.type === type && (taskId === undefined || t.id === taskId));
  if (candidates.length === 0) {
    throw new DomainError(
      'CONFLICT',
      'TASK_NOT_OPEN',
      `Hồ sơ đề nghị không có nhiệm vụ ${TASK_TYPE_LABELS[type]}${taskId ? ` (mã ${taskId})` : ''} đang mở: ` +
        `nhiệm vụ đã được thực hiện hoặc chưa từng được giao.`,
    );
  }
  const mine = candidates.find((t) => canActOn(t.assignee, actor));
  if (!mine) {
    throw new DomainError(
      'FORBIDDEN',
      'NOT_ASSIGNEE',
      `Chỉ ${assigneeLabel(candidates[0].assignee)} mới được thực hiện nhiệm vụ ${TASK_TYPE_LABELS[type]} này.`,
    );
  }
  return mine;
}

/** The reason, trimmed, or a refusal: `what` completes "Cần nêu lý do khi …" (e.g. "không chấp thuận hồ sơ"). */
export function requireReason(reason: string | undefined, what: string): string {
  const text = reason?.trim();
  if (!text) throw new DomainError('INVALID', 'REASON_REQUIRED', `Cần nêu lý do khi ${what}.`, { field: 'reason' });
  return text;
}

/** A decision the task does not take (the API refuses it first; this guards the workflow). */
export function decisionNotAllowed(type: TaskType, decision: unknown): DomainError {
  const allowed = listOr(DECISIONS_BY_TASK[type].map((d) => `“${DECISION_LABELS[d]}”`));
  return new DomainError(
    'INVALID',
    'DECISION_NOT_ALLOWED',
    `Quyết định “${String(decision)}” không áp dụng cho nhiệm vụ ${TASK_TYPE_LABELS[type]}; chỉ được chọn ${allowed}.`,
    { field: 'decision' },
  );
}
