import type {
  AgendaItem,
  BallotVia,
  BoxTotals,
  ConferenceVenue,
  CycleCalendar,
  CycleEvent,
  EntryTakeOff,
  ListDecision,
  ListDecisionOutcome,
  NominationView,
  RecordedEvent,
  RecordedProposalEvent,
  RecordedSessionEvent,
  Role,
  CandidateResult,
  SessionMember,
  Tally,
} from '#domain';

/** Who a notice goes to: a unit (its mailbox and its officers), one person, or everyone with a role. */
export type Recipient = { kind: 'UNIT'; code: string } | { kind: 'USER'; username: string } | { kind: 'ROLE'; role: Role };

export type NoticeKind =
  | 'TASK_REMINDER'
  | 'TASK_ESCALATION'
  | 'NOMINATION_OUTCOME'
  | 'CUTOFF_REMINDER'
  | 'MISSED_CUTOFF'
  | 'MISSING_UNITS'
  | 'CALENDAR_MOVED'
  | 'SESSION_OPENED'
  | 'SESSION_DUE_MOVED'
  | 'SESSION_BALLOT_REMINDER'
  | 'SESSION_QUORUM_GRACE'
  | 'SESSION_CLOSED'
  | 'NOMINATION_APPROVED'
  | 'PROPOSAL_RETURNED'
  /** Honoured on stage at the conference, with its certificate number. */
  | 'NOMINATION_HONOURED'
  /** Recognised without a place on stage: beyond the conference's quota, or the conference already held. */
  | 'NOMINATION_RECOGNISED'
  /** To the unit: its dossier was received and is before its block's reviewer. */
  | 'DOSSIER_RECEIVED'
  /** To the reviewer: a dossier arrived in their inbox. */
  | 'DOSSIER_ARRIVED'
  /** To the unit: its dossier was returned for changes (the reason, the deadline). */
  | 'DOSSIER_RETURNED'
  /** To the unit: its revised dossier was received. */
  | 'DOSSIER_RESUBMITTED'
  /** To the reviewer: a dossier they returned came back revised. */
  | 'DOSSIER_REVISED';

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
   * together) and records the decision: an approval, or the revocation that annuls one. With
   * `documentNumber` (the number the records office gave), that number is recorded instead; if a
   * document of the year already has it, the activity fails with type DECISION_NUMBER_TAKEN
   * (non-retryable) and nothing is recorded.
   */
  issueMinisterDecision(input: {
    nominationId: string;
    suffix: string;
    approval: RecordedEvent;
    documentNumber?: string;
  }): Promise<RecordedEvent>;
  /** The cycle's submission cutoff in force now (a draft lapses at it; the cycle may have moved it). */
  submissionCutoff(input: { cycleCode: string }): Promise<string>;
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
  /** Records the undo of a session's agenda item and tells the session (still composing or voting) to drop the nomination. */
  undoSessionAgendaItem(input: { nominationId: string; events: RecordedEvent[] }): Promise<void>;
  /** Records the undo of a proposal entry and tells the proposal (still before the minister) to drop the nomination. */
  undoProposalEntry(input: { nominationId: string; events: RecordedEvent[] }): Promise<void>;
}

/** A nomination a session or a proposal asks to join: by id, and the workflow to ask. */
export interface NominationRef {
  nominationId: string;
  workflowId: string;
}

/** The ballot box of a session when it is opened for counting. */
export interface BoxOpening {
  /** Who put a ballot in (who voted is public; how is not). */
  voters: { member: string; via: BallotVia; documentId?: string }[];
  /** Per candidate, only when the session has its quorum: otherwise the box is emptied uncounted. */
  totals: BoxTotals[];
}

export interface CouncilSessionActivities {
  /** Appends to the session's stream (idempotent by key) and updates its read model and ballot tasks. */
  recordSessionEvents(input: { sessionId: string; events: RecordedSessionEvent[] }): Promise<void>;
  /** The cycle's council, chair and secretary first. */
  sessionMembers(input: { cycleCode: string }): Promise<SessionMember[]>;
  /** Asks each nomination to join the session's agenda; those that may (endorsed, on no other session) come back as agenda items. */
  joinSession(input: {
    sessionId: string;
    nominations: NominationRef[];
  }): Promise<{ joined: AgendaItem[]; refused: { nominationId: string; message: string }[] }>;
  /** Takes nominations off the agenda of a session still being prepared. */
  leaveSession(input: { sessionId: string; nominations: NominationRef[] }): Promise<void>;
  /** Opens the session's ballot box: from now the API accepts ballots for it. */
  openBallotBox(input: { sessionId: string; nominationIds: string[] }): Promise<void>;
  /**
   * Seals the box (no ballot is accepted after) and opens it: who voted, and, if at least `quorumNeeded`
   * did, the totals per candidate. Without quorum the totals are destroyed uncounted.
   */
  countBallotBox(input: { sessionId: string; quorumNeeded: number }): Promise<BoxOpening>;
  /** Tells each nomination on the agenda its result (null: the session had no quorum). */
  announceSessionOutcome(input: {
    sessionId: string;
    quorumNeeded: number;
    outcomes: { workflowId: string; result: CandidateResult | null }[];
  }): Promise<void>;
}

export interface ProposalActivities {
  recordProposalEvents(input: { proposalId: string; events: RecordedProposalEvent[] }): Promise<void>;
  joinProposal(input: {
    proposalId: string;
    nominations: NominationRef[];
  }): Promise<{ refused: { nominationId: string; message: string }[] }>;
  /**
   * Numbers the list's decision and records it: from the engine's register (per year, no gaps,
   * shared with revocations) or as entered by the records office (unique: a number taken fails
   * with the type DECISION_NUMBER_TAKEN). Idempotent by decision id.
   */
  issueListDecision(input: {
    decision: ListDecision;
    cycleCode: string;
    proposalId: string;
    suffix: string;
    documentNumber?: string;
  }): Promise<{ number: string }>;
  /** Tells each nomination on the proposal what the minister decided for it. */
  announceListDecision(input: { proposalId: string; outcomes: { workflowId: string; outcome: ListDecisionOutcome }[] }): Promise<void>;
  /** The cycle's nominations that passed the council and are on no proposal, except `except`. */
  passedNotProposed(input: { cycleCode: string; except: string[] }): Promise<NominationRef[]>;
  /** Ends each as not proposed, with its explanation. */
  endNotProposed(input: { decisionNumber: string; nominations: (NominationRef & { explanation: string })[] }): Promise<void>;
  /**
   * Asked by a nomination its unit is withdrawing: the proposal takes it off its list, in turn with
   * the minister's decision, or answers that the signed decision names it (also once the proposal has ended).
   */
  takeEntryOffProposal(input: { proposalId: string; nominationId: string; actor: string }): Promise<EntryTakeOff>;
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
    /** The day and place the standing office recorded; absent when the calendar held it on its date. */
    venue?: ConferenceVenue;
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
