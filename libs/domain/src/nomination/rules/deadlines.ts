import { formatHanoiDateTime } from '../../time/hanoi-time.js';
import type { CommandOfType } from '../commands.js';
import type { NominationEvent } from '../events.js';
import type { NominationState } from '../state.js';
import type { OpenTask } from '../tasks.js';
import { NominationStatus } from '../vocabulary.js';

const taskFacts = (task: OpenTask) => ({ taskId: task.id, taskType: task.type, dueAt: task.dueAt as string });

/** Tasks reached their due date: each assignee is reminded (those due at the same instant together). */
export function decideReminders(state: NominationState, { tasks }: CommandOfType<'RemindTasks'>): NominationEvent[] {
  if (state.view.status !== NominationStatus.IN_PROGRESS) return [];
  return tasks.map((task) => ({ type: 'TaskReminded', data: taskFacts(task) }));
}

/** A task still open some days after its due date goes to the standing office. */
export function decideEscalation(state: NominationState, { task }: CommandOfType<'EscalateTask'>): NominationEvent[] {
  if (state.view.status !== NominationStatus.IN_PROGRESS) return [];
  return [{ type: 'TaskEscalated', data: taskFacts(task) }];
}

/** A unit that did not resubmit by the revision deadline loses its nomination. */
export function decideRevisionExpiry(state: NominationState, { task }: CommandOfType<'ExpireRevision'>): NominationEvent[] {
  if (state.view.status !== NominationStatus.IN_PROGRESS) return [];
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
