import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { Actor, CalendarMoveRequest, ConferenceSummary, ConferenceVenue, CycleCalendar, MovableDate } from '#domain';

export type { ConferenceSummary } from '#domain';

/** A nomination may start: the calendar it starts with is the one in force. */
export interface Admission {
  calendar: CycleCalendar;
  calendarVersion: number;
  admittedAt: string;
}

export interface CalendarMoveCommand extends CalendarMoveRequest {
  actor: Actor;
}

export interface CalendarMoveResult {
  calendar: CycleCalendar;
  calendarVersion: number;
  changed: MovableDate[];
}

export interface CycleSnapshot {
  cycleCode: string;
  calendar: CycleCalendar;
  calendarVersion: number;
  submissionsOpen: boolean;
  conference: ConferenceSummary | null;
}

/** The standing office records the conference; `venue` (day and place actually held) is absent only in older histories. */
export interface HoldConferenceRequest {
  actor: Actor;
  venue?: ConferenceVenue;
}

export const holdConferenceUpdate = defineUpdate<ConferenceSummary, [HoldConferenceRequest]>('holdConference');
export const getConferenceQuery = defineQuery<ConferenceSummary | null>('getConference');
/** Refused (UNPROCESSABLE) once the cutoff has passed, by the cycle's own clock. */
export const admitSubmissionUpdate = defineUpdate<Admission, [{ unitCode: string }]>('admitSubmission');
export const moveCalendarUpdate = defineUpdate<CalendarMoveResult, [CalendarMoveCommand]>('moveCalendar');
export const getCycleQuery = defineQuery<CycleSnapshot>('getCycle');
