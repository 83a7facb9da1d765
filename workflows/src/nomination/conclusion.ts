import { decide, SYSTEM_ACTOR, type CompensationCause, type NominationView, type WithdrawCommand } from '#domain';
import { undoActivityFor } from './compensation.js';
import { activities, type NominationProcess } from './nomination-process.js';
import { outcomeNotice } from './notices.js';

/** Undoes every open effect, newest first, each by its own activity and event. */
async function compensate(nomination: NominationProcess, cause: CompensationCause): Promise<void> {
  await nomination.exclusively(async () => {
    for (const undo of decide(nomination.state, { type: 'Compensate', cause })) {
      await nomination.commit([undo], SYSTEM_ACTOR, undoActivityFor(undo, nomination.joinsSessions));
    }
  });
}

/** After a rejection, withdrawal or expiry: undo every effect, then tell the unit why (not for its own withdrawal). */
export async function conclude(nomination: NominationProcess, cause: CompensationCause): Promise<void> {
  await compensate(nomination, cause);
  if (!nomination.followsCalendar || cause === 'WITHDRAWN') return;
  await activities.notify({ notices: [outcomeNotice(nomination.current)] });
}

/** The unit withdraws its nomination (until the minister decides). */
export async function withdraw(nomination: NominationProcess, cmd: WithdrawCommand): Promise<NominationView> {
  await nomination.execute({ type: 'Withdraw', ...cmd }, cmd.actor.username);
  await conclude(nomination, 'WITHDRAWN');
  return nomination.current;
}
