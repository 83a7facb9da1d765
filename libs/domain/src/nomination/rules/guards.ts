import { DomainError } from '../../errors.js';
import type { Actor } from '../../organisation/actor.js';
import type { NominationState } from '../state.js';
import { canActOn, describeAssignee, type OpenTask } from '../tasks.js';
import { NominationStatus, type NominationStage, type TaskType } from '../vocabulary.js';

/** Refuses unless the nomination is in progress at one of `stages`. */
export function requireStage(state: NominationState, ...stages: NominationStage[]): void {
  const { stage, status } = state.view;
  if (status !== NominationStatus.IN_PROGRESS || !stages.includes(stage)) {
    throw new DomainError('CONFLICT', `The nomination is ${status} at stage ${stage}, not at ${stages.join(' or ')}`);
  }
}

/** The open task of `type` (and `taskId` if given) that `actor` may complete, or a refusal saying why. */
export function requireTask(state: NominationState, type: TaskType, actor: Actor, taskId?: string): OpenTask {
  const candidates = state.tasks.filter((t) => t.type === type && (taskId === undefined || t.id === taskId));
  if (candidates.length === 0) {
    throw new DomainError(
      'CONFLICT',
      `No open ${type} task${taskId ? ` ${taskId}` : ''} on this nomination: it is done or was never opened`,
    );
  }
  const mine = candidates.find((t) => canActOn(t.assignee, actor));
  if (!mine) {
    throw new DomainError('FORBIDDEN', `Only ${describeAssignee(candidates[0].assignee)} may complete this ${type} task`);
  }
  return mine;
}

/** The reason, trimmed, or a refusal: `what` completes "reason is required to …". */
export function requireReason(reason: string | undefined, what: string): string {
  const text = reason?.trim();
  if (!text) throw new DomainError('INVALID', `reason is required to ${what}`);
  return text;
}
