import { allHandlersFinished, condition, continueAsNew, patched, setHandler } from '@temporalio/workflow';
import { refusing, validating } from '../common/refusals.js';
import { CycleProcess, type CycleWorkflowInput } from './cycle-process.js';
import { conferenceOnlyCycle } from './legacy-cycle.js';
import {
  admitSubmissionUpdate,
  getConferenceQuery,
  getCycleQuery,
  holdConferenceUpdate,
  moveCalendarUpdate,
  type CalendarMoveCommand,
  type ConferenceSummary,
  type HoldConferenceRequest,
} from './messages.js';

export type { CycleWorkflowInput } from './cycle-process.js';

/** Marks executions that keep the cycle's calendar; earlier ones replay as conferenceOnlyCycle. */
export const CYCLE_CALENDAR_PATCH = 'cycle-calendar-v1';
/** Marks executions that continue as new when long and end the nominations still going at close. */
export const CYCLE_CLOSES_NOMINATIONS_PATCH = 'cycle-closes-nominations-v1';

/**
 * One campaign of recognition, owning its calendar: it admits submissions until the cutoff
 * (a durable timer; then units that submitted nothing are told), keeps a daily reminder
 * schedule, moves its dates on request and re-plans every running nomination, and on the
 * conference date (or when the standing office records it earlier) honours the approved.
 */
export async function cycleWorkflow(input: CycleWorkflowInput): Promise<ConferenceSummary> {
  if (!patched(CYCLE_CALENDAR_PATCH)) return conferenceOnlyCycle(input);
  const cycle = new CycleProcess(input);
  cycle.closesNominations = patched(CYCLE_CLOSES_NOMINATIONS_PATCH);

  setHandler(getConferenceQuery, () => cycle.summary);
  setHandler(getCycleQuery, () => cycle.snapshot());
  // The unit code travels in the update so the history shows who was admitted when.
  setHandler(admitSubmissionUpdate, ({ unitCode }: { unitCode: string }) => cycle.admit(unitCode), {
    validator: validating((_: { unitCode: string }) => cycle.checkAdmission()),
  });
  setHandler(
    moveCalendarUpdate,
    refusing((cmd) => cycle.move(cmd)),
    { validator: validating((cmd: CalendarMoveCommand) => cycle.checkMove(cmd)) },
  );
  setHandler(
    holdConferenceUpdate,
    refusing(async ({ actor, venue }) => {
      cycle.heldBy = actor;
      cycle.venue = venue;
      await condition(() => cycle.summary !== null);
      return cycle.summary as ConferenceSummary;
    }),
    { validator: validating(({ actor, venue }: HoldConferenceRequest) => cycle.checkHoldConference(actor, venue)) },
  );

  await cycle.start();
  for (;;) {
    const now = Date.now();
    if (cycle.cutoffPending(now)) await cycle.closeSubmissions();
    else if (cycle.sweepDue(now)) await cycle.sweep();
    else if (cycle.conferenceDue(now)) break;
    else if (cycle.shouldContinueAsNew()) {
      // Thousands of admissions make a long history: carry the calendar over to a fresh run,
      // once running handlers are done (unless the conference is being recorded meanwhile).
      await condition(() => allHandlersFinished() || cycle.heldBy !== undefined);
      if (cycle.heldBy === undefined) await continueAsNew<typeof cycleWorkflow>(cycle.carryOver());
    } else await cycle.waitForChange(cycle.nextWake());
  }
  const summary = await cycle.holdConference();
  await cycle.close();
  await condition(allHandlersFinished);
  return summary;
}
