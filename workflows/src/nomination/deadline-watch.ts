import { condition } from '@temporalio/workflow';
import { nextDeadline, NominationStatus } from '#domain';
import type { NominationProcess } from './nomination-process.js';

/**
 * Keeps the nomination's deadlines for as long as it is in progress: sleeps until the next one
 * (a durable timer), wakes early whenever the nomination changes (a decision, moved dates), and
 * plans again from the new state. So a moved date re-plans every timer without special cases.
 */
export async function watchDeadlines(nomination: NominationProcess): Promise<void> {
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
      await nomination.meetDeadline(next);
    } else {
      await condition(changed, next.at - Date.now());
    }
  }
}
