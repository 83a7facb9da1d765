import { DECISIONS_BY_TASK, type TaskDecision, type TaskType } from './vocabulary.js';

export interface TaskDecisionInput {
  decision: TaskDecision;
  score?: number;
  reason?: string;
  changes?: string;
}

/**
 * What is wrong with a decision on a task of `type`, one message per bad field (empty when
 * fine): the API answers 400 with these before anything reaches the workflow.
 */
export function taskDecisionProblems(type: TaskType, input: TaskDecisionInput): string[] {
  const allowed = DECISIONS_BY_TASK[type];
  if (!allowed.includes(input.decision)) {
    return [`decision must be one of ${allowed.join(', ')} for a ${type} task`];
  }
  const problems: string[] = [];
  const blank = (text?: string) => !text?.trim();
  if (input.decision === 'ENDORSE' && input.score === undefined) problems.push('score is required to ENDORSE (0 to 100)');
  if (input.decision !== 'ENDORSE' && input.score !== undefined) problems.push(`score applies only to ENDORSE, not to ${input.decision}`);
  if ((input.decision === 'REQUEST_CHANGES' || input.decision === 'REJECT') && blank(input.reason)) {
    problems.push(`reason is required to ${input.decision}`);
  }
  if (input.decision === 'RESUBMIT' && blank(input.changes)) problems.push('changes is required to RESUBMIT: say what was revised');
  if (input.decision !== 'RESUBMIT' && input.changes !== undefined)
    problems.push(`changes applies only to RESUBMIT, not to ${input.decision}`);
  return problems;
}
