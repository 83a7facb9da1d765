import { condition, getExternalWorkflowHandle, patched, proxyActivities, workflowInfo } from '@temporalio/workflow';
import {
  checkConferenceRecord,
  conferenceAlreadyHeld,
  datesNoLongerMove,
  decideCycle,
  evolveCycle,
  newCycleState,
  recordedCycleEvent,
  SYSTEM_ACTOR,
  type Actor,
  type ConferenceVenue,
  type CycleCalendar,
  type CycleCommand,
  type CycleEvent,
  type CycleState,
} from '#domain';
import type { CycleActivities } from '../activity-contracts.js';
import { PERSISTENT } from '../common/activity-options.js';
import { conferenceHeldSignal } from '../nomination/messages.js';
import type { Admission, CalendarMoveCommand, CalendarMoveResult, ConferenceSummary, CycleSnapshot } from './messages.js';

const activities = proxyActivities<CycleActivities>({ ...PERSISTENT, startToCloseTimeout: '2 minutes' });
/** The fan-out may take long with thousands of nominations; its heartbeat says it is alive and how far it got. */
const replanning = proxyActivities<CycleActivities>({ ...PERSISTENT, startToCloseTimeout: '30 minutes', heartbeatTimeout: '1 minute' });

/** Marks executions that announce moved dates to the units and the standing office. */
export const CYCLE_ANNOUNCES_MOVES_PATCH = 'cycle-announces-moves-v1';

/** After the calendar moves, running nominations are swept once more, for any that started meanwhile. */
const SECOND_SWEEP_AFTER_MS = 30_000;

export interface CycleWorkflowInput {
  cycleCode: string;
  /** Absent only in executions started before the cycle kept its calendar. */
  calendar?: CycleCalendar;
  calendarVersion?: number;
  createdAt?: string;
  /** Cutoffs already passed and handled (carried over by continue-as-new). */
  cutoffsPassed?: string[];
  /** Units admitted so far (carried over by continue-as-new). */
  admittedUnits?: string[];
  /** A second sweep still due, and the move it follows (carried over by continue-as-new). */
  sweepAt?: number | null;
  lastMove?: { reason: string; movedBy: string } | null;
}

const SYSTEM: Actor = { username: SYSTEM_ACTOR, fullName: 'Hệ thống', roles: [] };

/**
 * One cycle inside its workflow: the domain's state (its calendar, its conference), what the
 * process keeps besides (cutoffs handled, units admitted, a sweep due), and the steps it takes.
 * The rules are the domain's `decideCycle`.
 */
export class CycleProcess {
  private state: CycleState;
  /** Who asked for the conference to be recorded (the process itself on its date); set before it is held. */
  heldBy: Actor | undefined;
  /** The day and place it was held, as the standing office recorded them. */
  venue: ConferenceVenue | undefined;
  private readonly createdAt: number;
  private readonly cutoffsPassed: string[];
  private readonly admittedUnits: Set<string>;
  private sweepAt: number | null;
  private lastMove: { reason: string; movedBy: string } | null;
  /**
   * Whether this execution continues as new when its history grows and ends the nominations
   * still going when it closes (patched(): earlier executions do neither).
   */
  closesNominations = false;

  constructor(input: CycleWorkflowInput) {
    if (!input.calendar) throw new Error(`Cycle ${input.cycleCode} started without its calendar`);
    this.state = newCycleState(input.cycleCode, input.calendar, input.calendarVersion ?? 1);
    this.createdAt = input.createdAt ? Date.parse(input.createdAt) : Date.now();
    this.cutoffsPassed = [...(input.cutoffsPassed ?? [])];
    this.admittedUnits = new Set(input.admittedUnits ?? []);
    this.sweepAt = input.sweepAt ?? null;
    this.lastMove = input.lastMove ?? null;
  }

  get cycleCode(): string {
    return this.state.cycleCode;
  }

  get summary(): ConferenceSummary | null {
    return this.state.conference;
  }

  snapshot(): CycleSnapshot {
    const { cycleCode, calendar, calendarVersion, conference } = this.state;
    return { cycleCode, calendar, calendarVersion, submissionsOpen: Date.now() < Date.parse(calendar.submissionCutoff), conference };
  }

  carryOver(): CycleWorkflowInput {
    return {
      cycleCode: this.cycleCode,
      calendar: this.state.calendar,
      calendarVersion: this.state.calendarVersion,
      createdAt: new Date(this.createdAt).toISOString(),
      cutoffsPassed: this.cutoffsPassed,
      admittedUnits: [...this.admittedUnits],
      sweepAt: this.sweepAt,
      lastMove: this.lastMove,
    };
  }

  // ------------------------------------------------------------ submissions

  /** "Trước ngày 29/4": at the cutoff instant and after, submissions are refused (by this workflow's clock). */
  checkAdmission(): void {
    this.decide({ type: 'AdmitSubmission', at: new Date().toISOString() });
  }

  admit(unitCode: string): Admission {
    this.admittedUnits.add(unitCode);
    return { calendar: this.state.calendar, calendarVersion: this.state.calendarVersion, admittedAt: new Date().toISOString() };
  }

  cutoffPending(now: number): boolean {
    const cutoff = this.state.calendar.submissionCutoff;
    return now >= Date.parse(cutoff) && !this.cutoffsPassed.includes(cutoff);
  }

  /** The cutoff passed: units that submitted nothing are told, once (not for a cycle created after it). The worker records it. */
  async closeSubmissions(): Promise<void> {
    const cutoff = this.state.calendar.submissionCutoff;
    this.cutoffsPassed.push(cutoff);
    await activities.closeSubmissions({
      cycleCode: this.cycleCode,
      cutoff,
      at: new Date().toISOString(),
      notify: Date.parse(cutoff) > this.createdAt,
      admittedUnits: [...this.admittedUnits],
    });
  }

  // ------------------------------------------------------------ moving dates

  checkMove(cmd: CalendarMoveCommand): void {
    this.decide(this.moveCommand(cmd));
    if (this.heldBy) throw datesNoLongerMove(this.cycleCode);
  }

  /**
   * Moves the dates (idempotent: the same request again changes nothing), records who, when,
   * old, new and why, and re-plans every running nomination through a bounded fan-out.
   */
  async move(cmd: CalendarMoveCommand): Promise<CalendarMoveResult> {
    const [moved] = this.decide(this.moveCommand(cmd));
    if (moved?.type !== 'CycleCalendarMoved')
      return { calendar: this.state.calendar, calendarVersion: this.state.calendarVersion, changed: [] };
    const { previous, calendar, changed, calendarVersion, reason } = moved.data;
    // Applied before it is stored, as the cycle always has: the next request already sees the new dates.
    const event = this.apply(recordedCycleEvent(moved, cmd.actor.username, new Date().toISOString()));
    await this.record(event);
    this.lastMove = { reason, movedBy: cmd.actor.username };
    await replanning.replanNominations({ cycleCode: this.cycleCode, calendar, calendarVersion, ...this.lastMove });
    this.sweepAt = Date.now() + SECOND_SWEEP_AFTER_MS;
    if (patched(CYCLE_ANNOUNCES_MOVES_PATCH)) {
      await activities.announceCalendarMove({ cycleCode: this.cycleCode, calendarVersion, previous, calendar, changed, reason });
    }
    return { calendar, calendarVersion, changed };
  }

  sweepDue(now: number): boolean {
    return this.sweepAt !== null && now >= this.sweepAt;
  }

  /** The second sweep: only nominations still on an older calendar are signalled. */
  async sweep(): Promise<void> {
    this.sweepAt = null;
    await replanning.replanNominations({
      cycleCode: this.cycleCode,
      calendar: this.state.calendar,
      calendarVersion: this.state.calendarVersion,
      ...(this.lastMove ?? { reason: 'sweep', movedBy: SYSTEM_ACTOR }),
    });
  }

  /** When the loop must wake at the latest: a pending cutoff, a sweep, or the conference. */
  nextWake(): number {
    const { calendar } = this.state;
    const times = [Date.parse(calendar.conferenceDate)];
    if (!this.cutoffsPassed.includes(calendar.submissionCutoff)) times.push(Date.parse(calendar.submissionCutoff));
    if (this.sweepAt !== null) times.push(this.sweepAt);
    return Math.min(...times);
  }

  // ------------------------------------------------------------ conference

  checkHoldConference(actor: Actor, venue: ConferenceVenue | undefined): void {
    this.decide(this.conferenceCommand({ kind: 'PERSON', actor }, '', 0, 0));
    if (this.heldBy) throw conferenceAlreadyHeld(this.cycleCode);
    if (venue) checkConferenceRecord(this.cycleCode, this.state.calendar.submissionCutoff, new Date(), venue);
  }

  conferenceDue(now: number): boolean {
    return this.heldBy !== undefined || now >= Date.parse(this.state.calendar.conferenceDate);
  }

  /** Ranks approved nominations within the quota and tells each its place; on its date, or when recorded earlier. */
  async holdConference(): Promise<ConferenceSummary> {
    const holder = this.heldBy;
    this.heldBy = holder ?? SYSTEM;
    const heldBy = this.heldBy.username;
    const heldAt = new Date().toISOString();
    const venue = holder ? this.venue : undefined;
    const { conferenceDate, results } = await activities.planConference({
      cycleCode: this.cycleCode,
      heldBy,
      heldAt,
      ...(venue && { venue }),
    });
    await Promise.all(
      results.map((r) =>
        getExternalWorkflowHandle(r.workflowId)
          .signal(conferenceHeldSignal, { honoured: r.honoured, rank: r.rank, certificateNumber: r.certificateNumber, conferenceDate })
          // A nomination that closed meanwhile has nothing left to honour.
          .catch(() => undefined),
      ),
    );
    const honoured = results.filter((r) => r.honoured).length;
    const by = holder ? ({ kind: 'PERSON', actor: holder } as const) : ({ kind: 'PROCESS' } as const);
    const [held] = this.decide(this.conferenceCommand(by, heldAt, honoured, results.length - honoured, venue));
    // Applied once stored: whoever waits for the summary hears of it only then.
    const event = recordedCycleEvent(held, heldBy, heldAt);
    await this.record(event);
    this.apply(event);
    return this.summary as ConferenceSummary;
  }

  /** The cycle is over: nominations still going end, its reminder schedule goes, and the closing is recorded. */
  async close(): Promise<void> {
    if (this.closesNominations) {
      await replanning.closeNominations({ cycleCode: this.cycleCode, conferenceDate: this.state.calendar.conferenceDate });
    }
    await activities.deleteReminderSchedule({ cycleCode: this.cycleCode });
    for (const closed of this.decide({ type: 'CloseCycle' })) {
      const event = recordedCycleEvent(closed, SYSTEM_ACTOR, new Date().toISOString());
      await this.record(event);
      this.apply(event);
    }
  }

  async start(): Promise<void> {
    await activities.ensureReminderSchedule({ cycleCode: this.cycleCode });
  }

  /** Whether the history is long enough to continue as new (never once the conference is under way). */
  shouldContinueAsNew(): boolean {
    return this.closesNominations && this.heldBy === undefined && workflowInfo().continueAsNewSuggested;
  }

  /** Sleeps until `until`, a moved date, the conference being recorded, or a history long enough to continue as new. */
  async waitForChange(until: number): Promise<void> {
    const seen = this.state.calendarVersion;
    await condition(
      () => this.state.calendarVersion !== seen || this.heldBy !== undefined || this.shouldContinueAsNew(),
      Math.max(1, until - Date.now()),
    );
  }

  // ------------------------------------------------------------ plumbing

  private decide(command: CycleCommand) {
    return decideCycle(this.state, command);
  }

  private moveCommand({ actor, changes, reason, reopen }: CalendarMoveCommand): CycleCommand {
    return { type: 'MoveCalendar', actor, changes, reason, reopen, at: new Date().toISOString() };
  }

  private conferenceCommand(
    by: Extract<CycleCommand, { type: 'HoldConference' }>['by'],
    heldAt: string,
    honoured: number,
    recognised: number,
    venue?: ConferenceVenue,
  ): CycleCommand {
    return { type: 'HoldConference', by, heldAt, honoured, recognised, ...(venue && { venue }) };
  }

  private apply(event: CycleEvent): CycleEvent {
    this.state = evolveCycle(this.state, event);
    return event;
  }

  private record(event: CycleEvent): Promise<void> {
    return activities.recordCycleEvent({ cycleCode: this.cycleCode, event });
  }
}
