import type { FieldProblem } from '../errors.js';
import { DECISION_LABELS, listOr, TASK_TYPE_LABELS } from '../labels.js';
import { DECISIONS_BY_TASK, type TaskDecision, type TaskType } from './vocabulary.js';

export interface TaskDecisionInput {
  decision: TaskDecision;
  score?: number;
  reason?: string;
  changes?: string;
}

/**
 * What is wrong with a decision on a task of `type`, one problem per bad field (empty when
 * fine), in Vietnamese: the API answers 400 with these before anything reaches the workflow.
 */
export function taskDecisionProblems(type: TaskType, input: TaskDecisionInput): FieldProblem[] {
  const allowed = DECISIONS_BY_TASK[type];
  const decision = `“${(DECISION_LABELS as Record<string, string | undefined>)[input.decision] ?? String(input.decision)}”`;
  if (!allowed.includes(input.decision)) {
    return [
      {
        field: 'decision',
        code: 'decisionForTask',
        message: `Quyết định ${decision} không áp dụng cho nhiệm vụ ${TASK_TYPE_LABELS[type]}; chỉ được chọn ${listOr(allowed.map((d) => `“${DECISION_LABELS[d]}”`))}`,
      },
    ];
  }
  const problems: FieldProblem[] = [];
  const blank = (text?: string) => !text?.trim();
  const required = (field: string, message: string) => problems.push({ field, code: 'requiredForDecision', message });
  const notAllowed = (field: string, message: string) => problems.push({ field, code: 'notAllowedForDecision', message });
  if (input.decision === 'ENDORSE' && input.score === undefined) required('score', `Cần cho điểm (từ 0 đến 100) khi chọn ${decision}`);
  if (input.decision !== 'ENDORSE' && input.score !== undefined)
    notAllowed('score', `Chỉ cho điểm khi chọn “${DECISION_LABELS.ENDORSE}”, không cho điểm khi chọn ${decision}`);
  if ((input.decision === 'REQUEST_CHANGES' || input.decision === 'REJECT') && blank(input.reason)) {
    required('reason', `Cần nêu lý do khi chọn ${decision}`);
  }
  if (input.decision === 'RESUBMIT' && blank(input.changes)) required('changes', `Cần nêu rõ nội dung đã bổ sung khi chọn ${decision}`);
  if (input.decision !== 'RESUBMIT' && input.changes !== undefined)
    notAllowed('changes', `Chỉ nêu nội dung bổ sung khi chọn “${DECISION_LABELS.RESUBMIT}”, không áp dụng khi chọn ${decision}`);
  return problems;
}
