import type { Tally } from '../council/tally.js';
import type { SubmitCommand } from './commands.js';
import type { DossierDocument, Nominee, NominationStage } from './vocabulary.js';

/** Dates a nomination's tasks are due by, copied from its cycle when it is submitted. */
export interface NominationTargets {
  blockReviewTarget: string;
  councilVoteTarget: string;
  decisionTarget: string;
  conferenceDate: string;
  /** Days a unit has to resubmit after changes are requested. */
  revisionDays: number;
  /** Which version of the cycle's calendar these dates come from (1 until a date moves). */
  calendarVersion?: number;
}

export interface BallotAssignment {
  taskId: string;
  member: string;
}

type Event<Type extends string, Data> = { type: Type; data: Data };

/** Why an effect is being undone. */
export type CompensationCause = 'REJECTED' | 'WITHDRAWN' | 'EXPIRED' | 'REVOKED' | 'NOT_PROPOSED';

/** Every fact of a nomination's life, past tense. BallotCast deliberately carries no choice. */
export type NominationEvent =
  | Event<
      'NominationSubmitted',
      Omit<SubmitCommand, 'actor'> & {
        reviewTaskId: string;
        /** The rules version the nomination runs under; absent for version 1. */
        rulesVersion?: number;
      }
    >
  /** A unit started a dossier as a draft (the same facts as a submission; `reviewTaskId` comes at submission). */
  | Event<'DraftCreated', Omit<SubmitCommand, 'actor'>>
  /** The unit changed its dossier (a draft, or under revision): the new values of what changed, and its labels' keys. */
  | Event<'DossierEdited', { changed: string[]; nominee?: Nominee; achievements?: string; initiatives?: string[]; round: number }>
  /** A document (or a new version of one) was added to the dossier; versions are never removed. */
  | Event<'DocumentAttached', { document: DossierDocument; round: number }>
  | Event<'DraftLapsed', { cutoff: string; reason: string }>
  | Event<'BlockListEntryAdded', { ref: string }>
  | Event<
      'ChangesRequested',
      {
        round: number;
        reason: string;
        revisionTaskId: string;
        revisionDueAt: string;
        /** What the reviewer named to change: dossier field keys, and kinds of document (absent: not said). */
        fields?: string[];
        documents?: string[];
        /** Returned by the standing office from the council's waiting list (thẩm định); absent: by the block's reviewer. */
        from?: typeof NominationStage.COUNCIL_VOTE;
      }
    >
  | Event<'NominationResubmitted', { round: number; changes: string; reviewTaskId: string }>
  | Event<'BlockEndorsed', { score: number; reviewerUnitCode: string }>
  /** `sessionId` for the council-session process (absent when the nomination opened its own vote). */
  | Event<'CouncilAgendaItemAdded', { ref: string; sessionId?: string }>
  | Event<'CouncilAgendaItemRemoved', { ref: string; sessionId: string }>
  | Event<'CouncilSessionInquorate', { sessionId: string }>
  | Event<'CouncilVotingOpened', { members: number; ballots: BallotAssignment[] }>
  | Event<'BallotCast', { member: string; taskId: string }>
  | Event<
      'CouncilVotePassed',
      {
        tally: Tally;
        approvalRule: string;
        agreesNeeded: number;
        quorumNeeded: number;
        /** The minister's task on this nomination alone (its own vote); none when it passed in a session. */
        decisionTaskId?: string;
        sessionId?: string;
      }
    >
  | Event<
      'CouncilVoteFailed',
      {
        /** Null when the vote was closed without its quorum (rules version 2 on): it was not counted. */
        tally: Tally | null;
        /** Without quorum (rules version 2 on): how many of how many members cast a ballot. */
        cast?: number;
        members?: number;
        approvalRule: string;
        agreesNeeded: number;
        quorumNeeded: number;
        reason: 'QUORUM_NOT_REACHED' | 'NOT_ENOUGH_AGREES';
        sessionId?: string;
      }
    >
  | Event<
      'MinisterApproved',
      {
        decisionNumber: string;
        signedBy: string;
        signerName: string;
        signature: string;
        onBehalfOfMinister: boolean;
        /** The list's one decision (the council-session process). */
        decisionId?: string;
        /** The minister on whose behalf a deputy signed. */
        onBehalfOf?: string;
      }
    >
  | Event<'MinisterRejected', { reason: string }>
  | Event<'ProposalEntryAdded', { ref: string; proposalId: string }>
  | Event<'ProposalEntryRemoved', { ref: string; proposalId: string; reason: string }>
  | Event<'NominationNotProposed', { stage: NominationStage; reason: string; decisionNumber: string }>
  | Event<'ProposalEntryCompensated', { ref: string; cause: CompensationCause }>
  | Event<'ConferenceSeatReserved', { ref: string }>
  | Event<'NominationHonoured', { certificateNumber: string; rank: number; conferenceDate: string }>
  | Event<'NominationRecognised', { rank: number | null; reason: 'BEYOND_QUOTA' | 'CONFERENCE_ALREADY_HELD' }>
  | Event<'ConferenceSeatReleased', { ref: string }>
  | Event<'NominationRejected', { stage: NominationStage; reason: string }>
  | Event<'NominationWithdrawn', { stage: NominationStage; reason: string }>
  | Event<'NominationExpired', { stage: NominationStage; reason: string }>
  | Event<
      'NominationRevoked',
      { reason: string; decisionNumber: string; signedBy: string; signerName: string; signature: string; onBehalfOfMinister: boolean }
    >
  | Event<'TaskReminded', { taskId: string; taskType: string; dueAt: string }>
  | Event<'TaskEscalated', { taskId: string; taskType: string; dueAt: string }>
  | Event<'NominationTargetsMoved', { previous: NominationTargets; targets: NominationTargets; reason: string; calendarVersion: number }>
  | Event<'BlockListEntryCompensated', { ref: string; cause: CompensationCause }>
  | Event<'CouncilAgendaItemCompensated', { ref: string; cause: CompensationCause }>
  | Event<'ConferenceSeatCompensated', { ref: string; cause: CompensationCause }>;

export type NominationEventType = NominationEvent['type'];
export type EventOfType<T extends NominationEventType> = Extract<NominationEvent, { type: T }>;

/**
 * An event as recorded: `key` is unique within the nomination and makes appending
 * idempotent (a retried activity carries the same key), `occurredAt` is an ISO instant.
 */
export type RecordedEvent = NominationEvent & { key: string; actor: string; occurredAt: string };

/** As stored: `version` is 1, 2, 3 … per nomination. */
export type StoredEvent = RecordedEvent & { nominationId: string; version: number };

export function recorded<E extends NominationEvent>(
  event: E,
  key: string,
  actor: string,
  occurredAt: Date | string,
): E & {
  key: string;
  actor: string;
  occurredAt: string;
} {
  return { ...event, key, actor, occurredAt: new Date(occurredAt).toISOString() };
}

/** The actor name used for facts the process records on its own. */
export const SYSTEM_ACTOR = 'system';
