import type { NominationProcess } from './nomination-process.js';
import type { CalendarMoved } from './messages.js';
import { conclude } from './conclusion.js';
import { tellConferenceOutcome } from './session-stages.js';
import { SYSTEM_ACTOR } from '#domain';

/** Takes the dates now in force after the cycle's calendar moved (newer versions only); the deadlines re-plan by themselves. */
export async function followCalendarMove(nomination: NominationProcess, moved: CalendarMoved): Promise<void> {
  // Not while an approval is being numbered: its event must keep its place in the stream.
  await nomination.notWhileDeciding();
  const { calendarVersion, targets, reason } = moved;
  await nomination.execute({ type: 'MoveTargets', calendarVersion, targets, reason }, moved.movedBy);
}

/** The cycle closed while this nomination was still going: it ends, recognised or expired. */
export async function closeWithCycle(nomination: NominationProcess, conferenceDate: string): Promise<void> {
  await nomination.notWhileDeciding();
  const events = await nomination.execute({ type: 'CloseWithCycle', conferenceDate }, SYSTEM_ACTOR);
  if (events.some((e) => e.type === 'NominationExpired')) await conclude(nomination, 'EXPIRED');
  // Approved, it is recognised without a place on stage: a V2 nomination's unit is told.
  else if (events.some((e) => e.type === 'NominationRecognised')) await tellConferenceOutcome(nomination, conferenceDate);
}
