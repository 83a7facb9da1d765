import type { RecordedEvent } from '#domain';

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
   * Allocates the next decision number of the year (no gaps: the number and the
   * MinisterApproved event commit together) and records the approval.
   */
  issueMinisterDecision(input: { nominationId: string; suffix: string; approval: RecordedEvent }): Promise<RecordedEvent>;
  /** One undo each: the block list entry, the council agenda item, the conference seat. */
  undoBlockListEntry(input: { nominationId: string; events: RecordedEvent[] }): Promise<void>;
  undoCouncilAgendaItem(input: { nominationId: string; events: RecordedEvent[] }): Promise<void>;
  undoConferenceSeat(input: { nominationId: string; events: RecordedEvent[] }): Promise<void>;
}

export interface ConferenceResult {
  nominationId: string;
  workflowId: string;
  honoured: boolean;
  rank: number;
  certificateNumber: string | null;
}

export interface CycleActivities {
  /**
   * Marks the cycle's conference as held and ranks every approved nomination within the
   * quota. Idempotent: a retry returns the same ranks and certificate numbers.
   */
  planConference(input: { cycleCode: string; heldBy: string; heldAt: string }): Promise<{ conferenceDate: string; results: ConferenceResult[] }>;
}
