import type { CycleCalendar, CycleEvent, NominationView, RecordedEvent, Role, Tally } from '#domain';

/** Who a notice goes to: a unit (its mailbox and its officers), one person, or everyone with a role. */
export type Recipient = { kind: 'UNIT'; code: string } | { kind: 'USER'; username: string } | { kind: 'ROLE'; role: Role };

export type NoticeKind =
  'TASK_REMINDER' | 'TASK_ESCALATION' | 'NOMINATION_OUTCOME' | 'CUTOFF_REMINDER' | 'MISSED_CUTOFF' | 'MISSING_UNITS' | 'CALENDAR_MOVED';

/**
 * One notice, to be sent once per recipient: `occasion` names the occasion (e.g. the reminder
 * of task T due at D), and (occasion, recipient) is unique in PostgreSQL, so a retried or
 * overlapping job sends nothing twice. The worker words it (Vietnamese) from `kind` and `facts`.
 */
export interface NoticeRequest {
  occasion: string;
  kind: NoticeKind;
  to: Recipient[];
  cycleCode: string;
  nominationId?: string;
  facts: Record<string, string | number | null>;
}

/**
 * What workflows ask of the outside world. The worker implements these (with Nest DI);
 * workflows see only the types, so no I/O code reaches the workflow bundle.
 */
export interface NominationActivities {
  /** Appends events to the nomination's stream and updates its read models; idempotent by event key. */
  recordEvents(input: { nominationId: string; events: RecordedEvent[] }): Promise<void>;
  /** The usernames of the council members who get a ballot. */
  listCouncilMembers(input: { cycleCode: string }): Promise<string[]>;
  /**
   * Allocates the next decision number of the year (no gaps: the number and the event commit
   * together) and records the decision: an approval, or the revocation that annuls one.
   */
  issueMinisterDecision(input: { nominationId: string; suffix: string; approval: RecordedEvent }): Promise<RecordedEvent>;
  /** The nomination as its read model has it (for processes that start after it ended, like revocation). */
  loadNomination(input: { nominationId: string }): Promise<NominationView | null>;
  /** One undo each: the block list entry, the council agenda item, the conference seat. */
  undoBlockListEntry(input: { nominationId: string; events: RecordedEvent[] }): Promise<void>;
  undoCouncilAgendaItem(input: { nominationId: string; events: RecordedEvent[] }): Promise<void>;
  undoConferenceSeat(input: { nominationId: string; events: RecordedEvent[] }): Promise<void>;
  /** Records a BallotCast and drops the sealed choice in the ballot box, in one transaction (once). */
  recordBallot(input: { nominationId: string; events: RecordedEvent[]; sealedChoice: string }): Promise<void>;
  /** Opens the nomination's ballot box and counts it: only totals come back. */
  countBallots(input: { nominationId: string; members: number }): Promise<Tally>;
  /** Sends notices by e-mail and in the app, each once per recipient per occasion. */
  notify(input: { notices: NoticeRequest[] }): Promise<void>;
}

export interface ConferenceResult {
  nominationId: string;
  workflowId: string;
  honoured: boolean;
  rank: number;
  certificateNumber: string | null;
}

/** A fact about a cycle, for its own append-only stream. */
export type CycleEventInput = CycleEvent;

export interface CycleActivities {
  /**
   * Marks the cycle's conference as held and ranks every approved nomination within the
   * quota. Idempotent: a retry returns the same ranks and certificate numbers.
   */
  planConference(input: {
    cycleCode: string;
    heldBy: string;
    heldAt: string;
  }): Promise<{ conferenceDate: string; results: ConferenceResult[] }>;
  /** Appends to the cycle's stream (idempotent by key); a calendar move also updates the cycle's dates. */
  recordCycleEvent(input: { cycleCode: string; event: CycleEventInput }): Promise<void>;
  /** Creates the cycle's daily 08:00 (Hanoi) reminder schedule if it is missing. */
  ensureReminderSchedule(input: { cycleCode: string }): Promise<void>;
  deleteReminderSchedule(input: { cycleCode: string }): Promise<void>;
  /**
   * The cutoff has passed: records it, tells each unit that submitted nothing (once), and
   * sends the standing office the list. `notify` is false for a cycle created after its cutoff.
   */
  closeSubmissions(input: {
    cycleCode: string;
    cutoff: string;
    at: string;
    notify: boolean;
    /** Units the cycle admitted, whose nominations may not be stored yet. */
    admittedUnits?: string[];
  }): Promise<{ missingUnits: string[] }>;
  /**
   * Tells every running nomination of the cycle whose dates are older than `calendarVersion`
   * the dates now in force, a bounded number at a time, resuming from its heartbeat on retry.
   */
  replanNominations(input: {
    cycleCode: string;
    calendar: CycleCalendar;
    calendarVersion: number;
    reason: string;
    movedBy: string;
  }): Promise<{ signalled: number }>;
  /** Tells every nomination of the cycle still in progress that the cycle has closed (bounded fan-out). */
  closeNominations(input: { cycleCode: string; conferenceDate: string }): Promise<{ signalled: number }>;
  /**
   * Announces moved dates (lùi thời hạn): to the standing office always, and to every unit
   * when the submission cutoff moved. Once per recipient per calendar version.
   */
  announceCalendarMove(input: {
    cycleCode: string;
    calendarVersion: number;
    previous: CycleCalendar;
    calendar: CycleCalendar;
    changed: string[];
    reason: string;
  }): Promise<void>;
  /** Reminds units that have not submitted at 7, 3 and 1 days before the cutoff (run by the schedule). */
  remindUnitsBeforeCutoff(input: { cycleCode: string; at: string }): Promise<{ daysLeft: number; reminded: string[] }>;
}
