import type { MovableDate } from './calendar-move.js';
import type { CycleCalendar } from './cycle-rules.js';

/** What a conference did: who recorded it when, and how many were honoured on stage and recognised beyond the quota. */
export interface ConferenceSummary {
  cycleCode: string;
  heldAt: string;
  heldBy: string;
  honoured: number;
  recognised: number;
  /** The day (yyyy-MM-dd, Hanoi) and place it was actually held, when the standing office recorded it. */
  heldOn?: string;
  place?: string;
}

type Event<Type extends string, Data> = { type: Type; data: Data };

/** Every fact of a cycle's own life, past tense; its stream is `cycle_events`. */
export type CycleEventBody =
  | Event<
      'CycleCalendarMoved',
      { calendarVersion: number; previous: CycleCalendar; calendar: CycleCalendar; changed: MovableDate[]; reason: string; reopen: boolean }
    >
  | Event<'SubmissionsClosed', { cutoff: string; missingUnits: string[]; notified: boolean }>
  | Event<'ConferenceHeld', ConferenceSummary>
  | Event<'CycleClosed', Record<string, never>>;

/** As recorded: `key` is unique within the cycle and makes appending idempotent. */
export type CycleEvent = CycleEventBody & { key: string; actor: string; occurredAt: string };
export type CycleEventType = CycleEvent['type'];

/** The key each kind of cycle event is recorded under: one calendar move per version, one closing per cutoff. */
export function cycleEventKey(event: CycleEventBody): string {
  switch (event.type) {
    case 'CycleCalendarMoved':
      return `calendar-moved:${event.data.calendarVersion}`;
    case 'SubmissionsClosed':
      return `submissions-closed:${event.data.cutoff}`;
    case 'ConferenceHeld':
      return 'conference-held';
    case 'CycleClosed':
      return 'cycle-closed';
    default: {
      const unknown: never = event;
      throw new Error(`Unknown cycle event ${JSON.stringify(unknown)}`);
    }
  }
}

/** Stamps a cycle event as recorded. */
export function recordedCycleEvent(event: CycleEventBody, actor: string, occurredAt: string): CycleEvent {
  return { ...event, key: cycleEventKey(event), actor, occurredAt } as CycleEvent;
}

/** A cycle as its rules see it: the calendar in force and how far the campaign has gone. */
export interface CycleState {
  cycleCode: string;
  calendar: CycleCalendar;
  /** 1 until a date moves; each move is a new version that running nominations catch up with. */
  calendarVersion: number;
  conference: ConferenceSummary | null;
  closed: boolean;
}

export function newCycleState(cycleCode: string, calendar: CycleCalendar, calendarVersion = 1): CycleState {
  return { cycleCode, calendar, calendarVersion, conference: null, closed: false };
}

/** The one fold over a cycle's events. */
export function evolveCycle(state: CycleState, event: CycleEvent): CycleState {
  switch (event.type) {
    case 'CycleCalendarMoved':
      return { ...state, calendar: event.data.calendar, calendarVersion: event.data.calendarVersion };
    case 'SubmissionsClosed':
      return state; // the process keeps which cutoffs it has handled
    case 'ConferenceHeld':
      return { ...state, conference: event.data };
    case 'CycleClosed':
      return { ...state, closed: true };
    default: {
      const unknown: never = event;
      throw new Error(`Unknown cycle event ${JSON.stringify(unknown)}`);
    }
  }
}
