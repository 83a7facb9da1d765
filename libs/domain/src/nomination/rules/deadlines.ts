import { formatHanoiDateTime } from '../../time/hanoi-time.js';
import type { CommandOfType } from '../commands.js';
import type { NominationEvent } from '../events.js';
import type { NominationState } from '../state.js';
import type { OpenTask } from '../tasks.js';
import { NominationStatus } from '../vocabulary.js';

const taskFacts = (task: OpenTask) => ({ taskId: task.id, taskType: task.type, dueAt: task.dueAt as string });

/**
 * A deadline is met on the state as stored, which a decision taken just before it may have
 * changed: a task done meanwhile is neither reminded, escalated nor expired.
 */
const stillOpen = (state: NominationState, task: OpenTask) =>
  state.view.status === NominationStatus.IN_PROGRESS && state.tasks.some((t) => t.id === task.id);

/** Tasks reached their due date: each assignee is reminded (those due at the same instant together). */
export function decideReminders(state: NominationState, { tasks }: CommandOfType<'RemindTasks'>): NominationEvent[] {
  return tasks.filter((task) => stillOpen(state, task)).map((task) => ({ type: 'TaskReminded', data: taskFacts(task) }));
}

/** A task still open some days after its due date goes to the standing office. */
export function decideEscalation(state: NominationState, { task }: CommandOfType<'EscalateTask'>): NominationEvent[] {
  return stillOpen(state, task) ? [{ type: 'TaskEscalated', data: taskFacts(task) }] : [];
}

/** A unit that did not resubmit by the revision deadline loses its nomination. */
export function decideRevisionExpiry(state: NominationState, { task }: CommandOfType<'ExpireRevision'>): NominationEvent[] {
  if (!stillOpen(state, task)) return [];
  return [
    {
      type: 'NominationExpired',
      data: {
        stage: state.view.stage,
        reason: `Not resubmitted by the revision deadline, ${formatHanoiDateTime(task.dueAt as string)} (Hanoi time)`,
      },
    },
  ];
}
