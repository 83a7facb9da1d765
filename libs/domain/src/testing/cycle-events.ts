/**
 * The cycle Sơ kết 2016–2018 (Kế hoạch 02/KH-BTNMT): nominations "trước ngày 29/4/2018", that is
 * before 2018-04-28T17:00:00Z, and the conference on 08/06/2018; its events and its decider spec.
 *
 *   cycleSpec.given([conferenceHeld()]).when(moveCalendar(...)).thenThrows(refused('CONFLICT'));
 */
import type { CalendarMoveRequest, MovableDate } from '../cycle/calendar-move.js';
import { decideCycle, type CycleCommand } from '../cycle/cycle-decide.js';
import type { CycleCalendar } from '../cycle/cycle-rules.js';
import { evolveCycle, newCycleState, recordedCycleEvent, type CycleEvent, type CycleEventBody } from '../cycle/cycle.js';
import type { Actor } from '../organisation/actor.js';
import { admin, standingOffice } from './actors.js';
import { DeciderSpecification } from './decider-spec.js';
import { CYCLE, TARGETS } from './nomination-events.js';

export { CYCLE };

/** 29/04/2018 00:00 in Hanoi: the first instant that is too late. */
export const CUTOFF = '2018-04-28T17:00:00.000Z';

export const CALENDAR: CycleCalendar = {
  periodFrom: '2015-12-31T17:00:00.000Z', // 01/01/2016
  periodTo: '2018-03-25T17:00:00.000Z', // 26/03/2018, the plan's date
  submissionCutoff: CUTOFF,
  blockReviewTarget: TARGETS.blockReviewTarget,
  councilVoteTarget: TARGETS.councilVoteTarget,
  decisionTarget: TARGETS.decisionTarget,
  conferenceDate: TARGETS.conferenceDate,
};

/** The day the plan was signed (26/03/2018 09:00 Hanoi): every date of the calendar is ahead. */
export const PLAN_SIGNED = '2018-03-26T02:00:00.000Z';

export const cycleSpec = DeciderSpecification.for({
  decide: decideCycle,
  evolve: evolveCycle,
  initialState: () => newCycleState(CYCLE, CALENDAR),
  compareAs: ({ type, data }: CycleEventBody) => ({ type, data }),
});

/** A calendar move as recorded: version `calendarVersion`, from `previous` with `changes` applied. */
export function calendarMoved(
  changes: Partial<Record<MovableDate, string>>,
  {
    calendarVersion = 2,
    previous = CALENDAR,
    reason = 'Lùi thời hạn do dịch COVID-19',
    reopen = false,
    by = admin,
    at = PLAN_SIGNED,
  }: { calendarVersion?: number; previous?: CycleCalendar; reason?: string; reopen?: boolean; by?: Actor; at?: string } = {},
): CycleEvent {
  const changed = (Object.keys(changes) as MovableDate[]).sort(byCalendarOrder);
  const body: CycleEventBody = {
    type: 'CycleCalendarMoved',
    data: { calendarVersion, previous, calendar: { ...previous, ...changes }, changed, reason, reopen },
  };
  return recordedCycleEvent(body, by.username, at);
}

const ORDER: MovableDate[] = ['submissionCutoff', 'blockReviewTarget', 'councilVoteTarget', 'decisionTarget', 'conferenceDate'];
const byCalendarOrder = (a: MovableDate, b: MovableDate) => ORDER.indexOf(a) - ORDER.indexOf(b);

export function submissionsClosed(missingUnits: string[] = ['TCMT'], at = CUTOFF): CycleEvent {
  return recordedCycleEvent({ type: 'SubmissionsClosed', data: { cutoff: CUTOFF, missingUnits, notified: true } }, 'system', at);
}

export function conferenceHeld({
  by = standingOffice as Actor | 'system',
  honoured = 70,
  recognised = 3,
  heldAt = CALENDAR.conferenceDate,
} = {}): CycleEvent {
  const heldBy = by === 'system' ? 'system' : by.username;
  return recordedCycleEvent({ type: 'ConferenceHeld', data: { cycleCode: CYCLE, heldAt, heldBy, honoured, recognised } }, heldBy, heldAt);
}

export function cycleClosed(at = CALENDAR.conferenceDate): CycleEvent {
  return recordedCycleEvent({ type: 'CycleClosed', data: {} }, 'system', at);
}

// ------------------------------------------------------------------------------------ commands

export const admitSubmission = (at: string): CycleCommand => ({ type: 'AdmitSubmission', at });

export function moveCalendar(
  changes: Partial<Record<MovableDate, string>>,
  {
    by = admin,
    at = PLAN_SIGNED,
    reason = 'Lùi thời hạn do dịch COVID-19',
    reopen,
  }: { by?: Actor; at?: string; reason?: string; reopen?: boolean } = {},
): CycleCommand {
  const request: CalendarMoveRequest = { changes, reason, ...(reopen !== undefined && { reopen }) };
  return { type: 'MoveCalendar', actor: by, at, ...request };
}

export function holdConference({
  by = { kind: 'PERSON', actor: standingOffice } as { kind: 'PERSON'; actor: Actor } | { kind: 'PROCESS' },
  heldAt = CALENDAR.conferenceDate,
  honoured = 70,
  recognised = 3,
} = {}): CycleCommand {
  return { type: 'HoldConference', by, heldAt, honoured, recognised };
}

export const closeCycle = (): CycleCommand => ({ type: 'CloseCycle' });
