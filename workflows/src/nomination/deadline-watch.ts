import { condition } from '@temporalio/workflow';
import { nextDeadline, NominationStatus, pendingDeadlines, SYSTEM_ACTOR, type Deadline, type NominationEvent } from '#domain';
import { conclude } from './conclusion.js';
import type { CouncilVote } from './council-vote.js';
import { activities, type NominationProcess } from './nomination-process.js';
import { escalationNotice, reminderNotice } from './notices.js';

/**
 * Keeps the nomination's deadlines for as long as it is in progress: sleeps until the next one
 * (a durable timer), wakes early whenever the nomination changes (a decision, moved dates), and
 * plans again from the new state. So a moved date re-plans every timer without special cases.
 */
export async function watchDeadlines(nomination: NominationProcess, council: CouncilVote): Promise<void> {
  const inProgress = () => nomination.current.status === NominationStatus.IN_PROGRESS;
  while (inProgress()) {
    if (nomination.deciding) {
      await condition(() => !nomination.deciding);
      continue;
    }
    const seen = nomination.current.version;
    const next = nextDeadline(nomination.state);
    const changed = () => nomination.current.version !== seen || nomination.deciding || !inProgress();
    if (next === null) {
      await condition(changed);
    } else if (next.at <= Date.now()) {
      await meetDeadline(nomination, council, next);
    } else {
      await condition(changed, next.at - Date.now());
    }
  }
}

const remindedTaskIds = (events: NominationEvent[]) => events.flatMap((e) => (e.type === 'TaskReminded' ? [e.data.taskId] : []));

/** Does what is due: reminders (all those due at the same instant together), escalation, closing the vote, expiry. */
async function meetDeadline(nomination: NominationProcess, council: CouncilVote, deadline: Deadline): Promise<void> {
  const { view } = nomination.state;
  switch (deadline.kind) {
    case 'REMIND': {
      const due = pendingDeadlines(nomination.state).flatMap((d) => (d.kind === 'REMIND' && d.at === deadline.at ? [d.task] : []));
      // Only the tasks still open once the decisions before this one are stored are reminded.
      const reminded = new Set(remindedTaskIds(await nomination.execute({ type: 'RemindTasks', tasks: due }, SYSTEM_ACTOR)));
      if (reminded.size)
        await activities.notify({ notices: due.filter((t) => reminded.has(t.id)).map((task) => reminderNotice(view, task)) });
      return;
    }
    case 'ESCALATE':
      if ((await nomination.execute({ type: 'EscalateTask', task: deadline.task }, SYSTEM_ACTOR)).length) {
        await activities.notify({ notices: [escalationNotice(view, deadline.task)] });
      }
      return;
    case 'CLOSE_VOTE':
      await council.close({ kind: 'PROCESS' });
      return;
    case 'EXPIRE':
      if ((await nomination.execute({ type: 'ExpireRevision', task: deadline.task }, SYSTEM_ACTOR)).length) {
        await conclude(nomination, 'EXPIRED');
      }
      return;
    default: {
      const unknown: never = deadline;
      throw new Error(`Unknown deadline ${JSON.stringify(unknown)}`);
    }
  }
}
