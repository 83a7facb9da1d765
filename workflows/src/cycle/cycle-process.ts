import { condition, getExternalWorkflowHandle, patched, proxyActivities, workflowInfo } from '@temporalio/workflow';
import { DomainError, formatHanoiDateTime, hasRole, planCalendarMove, Role, SYSTEM_ACTOR, type Actor, type CycleCalendar } from '#domain';
import type { CycleActivities, CycleEventInput } from '../activity-contracts.js';
import { PERSISTENT } from '../activity-options.js';
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

/** The state of one cycle's calendar inside its workflow, and what changes it. */
export class CycleProcess {
  readonly cycleCode: string;
  calendar: CycleCalendar;
  version: number;
  heldBy: Actor | undefined;
  summary: ConferenceSummary | null = null;
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
    this.cycleCode = input.cycleCode;
    this.calendar = input.calendar;
    this.version = input.calendarVersion ?? 1;
    this.createdAt = input.createdAt ? Date.parse(input.createdAt) : Date.now();
    this.cutoffsPassed = [...(input.cutoffsPassed ?? [])];
    this.admittedUnits = new Set(input.admittedUnits ?? []);
    this.sweepAt = input.sweepAt ?? null;
    this.lastMove = input.lastMove ?? null;
  }

  snapshot(): CycleSnapshot {
    return {
      cycleCode: this.cycleCode,
      calendar: this.calendar,
      calendarVersion: this.version,
      submissionsOpen: Date.now() < Date.parse(this.calendar.submissionCutoff),
      conference: this.summary,
    };
  }

  carryOver(): CycleWorkflowInput {
    return {
      cycleCode: this.cycleCode,
      calendar: this.calendar,
      calendarVersion: this.version,
      createdAt: new Date(this.createdAt).toISOString(),
      cutoffsPassed: this.cutoffsPassed,
      admittedUnits: [...this.admittedUnits],
      sweepAt: this.sweepAt,
      lastMove: this.lastMove,
    };
  }

  // ------------------------------------------------------------ submissions

  /** "Trước ngày 29/4": at the cutoff instant and after, submissions are refused. */
  checkAdmission(): void {
    const cutoff = this.calendar.submissionCutoff;
    if (Date.now() >= Date.parse(cutoff)) {
      throw new DomainError(
        'UNPROCESSABLE',
        `Submissions to ${this.cycleCode} closed at the cutoff: nominations had to arrive before ` +
          `${formatHanoiDateTime(cutoff)} (Hanoi time); it is now ${formatHanoiDateTime(Date.now())}.`,
      );
    }
  }

  admit(unitCode: string): Admission {
    this.admittedUnits.add(unitCode);
    return { calendar: this.calendar, calendarVersion: this.version, admittedAt: new Date().toISOString() };
  }

  cutoffPending(now: number): boolean {
    return now >= Date.parse(this.calendar.submissionCutoff) && !this.cutoffsPassed.includes(this.calendar.submissionCutoff);
  }

  /** The cutoff passed: units that submitted nothing are told, once (not for a cycle created after it). */
  async closeSubmissions(): Promise<void> {
    const cutoff = this.calendar.submissionCutoff;
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
    if (!hasRole(cmd.actor, Role.ADMIN, Role.STANDING_OFFICE)) {
      throw new DomainError('FORBIDDEN', 'Only an administrator or the standing office may move a cycle’s dates');
    }
    if (this.heldBy) throw new DomainError('CONFLICT', `The conference of ${this.cycleCode} has been held: its dates no longer move`);
    planCalendarMove(this.calendar, cmd, new Date());
  }

  /**
   * Moves the dates (idempotent: the same request again changes nothing), records who, when,
   * old, new and why, and re-plans every running nomination through a bounded fan-out.
   */
  async move(cmd: CalendarMoveCommand): Promise<CalendarMoveResult> {
    const { next, changed } = planCalendarMove(this.calendar, cmd, new Date());
    if (changed.length === 0) return { calendar: this.calendar, calendarVersion: this.version, changed };
    const previous = this.calendar;
    this.calendar = next;
    this.version += 1;
    const version = this.version;
    await this.record({
      key: `calendar-moved:${version}`,
      type: 'CycleCalendarMoved',
      actor: cmd.actor.username,
      occurredAt: new Date().toISOString(),
      data: { calendarVersion: version, previous, calendar: next, changed, reason: cmd.reason.trim(), reopen: cmd.reopen === true },
    });
    this.lastMove = { reason: cmd.reason.trim(), movedBy: cmd.actor.username };
    await replanning.replanNominations({ cycleCode: this.cycleCode, calendar: next, calendarVersion: version, ...this.lastMove });
    this.sweepAt = Date.now() + SECOND_SWEEP_AFTER_MS;
    if (patched(CYCLE_ANNOUNCES_MOVES_PATCH)) {
      await activities.announceCalendarMove({
        cycleCode: this.cycleCode,
        calendarVersion: version,
        previous,
        calendar: next,
        changed,
        reason: this.lastMove.reason,
      });
    }
    return { calendar: next, calendarVersion: version, changed };
  }

  sweepDue(now: number): boolean {
    return this.sweepAt !== null && now >= this.sweepAt;
  }

  /** The second sweep: only nominations still on an older calendar are signalled. */
  async sweep(): Promise<void> {
    this.sweepAt = null;
    await replanning.replanNominations({
      cycleCode: this.cycleCode,
      calendar: this.calendar,
      calendarVersion: this.version,
      ...(this.lastMove ?? { reason: 'sweep', movedBy: SYSTEM_ACTOR }),
    });
  }

  /** When the loop must wake at the latest: a pending cutoff, a sweep, or the conference. */
  nextWake(): number {
    const times = [Date.parse(this.calendar.conferenceDate)];
    if (!this.cutoffsPassed.includes(this.calendar.submissionCutoff)) times.push(Date.parse(this.calendar.submissionCutoff));
    if (this.sweepAt !== null) times.push(this.sweepAt);
    return Math.min(...times);
  }

  // ------------------------------------------------------------ conference

  checkHoldConference(actor: Actor): void {
    if (!hasRole(actor, Role.STANDING_OFFICE))
      throw new DomainError('FORBIDDEN', 'Only the standing office records the conference as held');
    if (this.heldBy) throw new DomainError('CONFLICT', `The conference of ${this.cycleCode} has already been recorded as held`);
  }

  conferenceDue(now: number): boolean {
    return this.heldBy !== undefined || now >= Date.parse(this.calendar.conferenceDate);
  }

  /** Ranks approved nominations within the quota and tells each its place; on its date, or when recorded earlier. */
  async holdConference(): Promise<ConferenceSummary> {
    const actor = this.heldBy ?? SYSTEM;
    this.heldBy = actor;
    const heldAt = new Date().toISOString();
    const { conferenceDate, results } = await activities.planConference({ cycleCode: this.cycleCode, heldBy: actor.username, heldAt });
    await Promise.all(
      results.map((r) =>
        getExternalWorkflowHandle(r.workflowId)
          .signal(conferenceHeldSignal, { honoured: r.honoured, rank: r.rank, certificateNumber: r.certificateNumber, conferenceDate })
          // A nomination that closed meanwhile has nothing left to honour.
          .catch(() => undefined),
      ),
    );
    const summary: ConferenceSummary = {
      cycleCode: this.cycleCode,
      heldAt,
      heldBy: actor.username,
      honoured: results.filter((r) => r.honoured).length,
      recognised: results.filter((r) => !r.honoured).length,
    };
    await this.record({ key: 'conference-held', type: 'ConferenceHeld', actor: actor.username, occurredAt: heldAt, data: { ...summary } });
    this.summary = summary;
    return summary;
  }

  /** The cycle is over: nominations still going end, its reminder schedule goes, and the closing is recorded. */
  async close(): Promise<void> {
    if (this.closesNominations) {
      await replanning.closeNominations({ cycleCode: this.cycleCode, conferenceDate: this.calendar.conferenceDate });
    }
    await activities.deleteReminderSchedule({ cycleCode: this.cycleCode });
    await this.record({ key: 'cycle-closed', type: 'CycleClosed', actor: SYSTEM_ACTOR, occurredAt: new Date().toISOString(), data: {} });
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
    const seen = this.version;
    await condition(
      () => this.version !== seen || this.heldBy !== undefined || this.shouldContinueAsNew(),
      Math.max(1, until - Date.now()),
    );
  }

  private record(event: CycleEventInput): Promise<void> {
    return activities.recordCycleEvent({ cycleCode: this.cycleCode, event });
  }
}
