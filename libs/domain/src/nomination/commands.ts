import type { EligibilityAssessment } from '../awards/eligibility.js';
import type { CandidateResult } from '../council/session.js';
import type { BallotChoice, Tally } from '../council/tally.js';
import type { ListDecision } from '../proposal/proposal.js';
import type { CycleRules } from '../cycle/cycle-rules.js';
import type { Actor } from '../organisation/actor.js';
import type { BallotAssignment, CompensationCause, NominationTargets } from './events.js';
import type { OpenTask } from './tasks.js';
import type { Dossier, DossierDocument, Nominee, RequiredDocument } from './vocabulary.js';

/*
 * What people and the process ask of a nomination. The `…Command` interfaces are what a caller
 * sends (the API builds them, the workflow's updates carry them); `NominationCommand` is what
 * `decide` takes: the same, tagged, plus what the process supplies itself (new task ids, the time).
 * Nothing here reads a clock or makes an id: both are passed in, so the rules stay deterministic.
 */

export interface SubmitCommand {
  nominationId: string;
  workflowId: string;
  cycleCode: string;
  unitCode: string;
  blockCode: string;
  reviewerUnitCode: string;
  nomineeKey: string;
  dossier: Dossier;
  rules: CycleRules;
  targets: NominationTargets;
  /** How the nominee measured up to the cycle's standard at submission (absent: the cycle has none, or a draft). */
  eligibility?: EligibilityAssessment;
  actor: Actor;
}

/** A unit starts a dossier as a draft: the same facts as a submission, with the dates in force when it is started. */
export type CreateDraftCommand = SubmitCommand;

/** What a unit may change in its dossier while it is a draft or under revision. */
export interface DossierEdit {
  nominee?: Partial<Omit<Nominee, 'kind'>>;
  achievements?: string;
  initiatives?: string[];
}

export interface EditDossierCommand {
  actor: Actor;
  edit: DossierEdit;
}

export interface AttachDocumentCommand {
  actor: Actor;
  document: DossierDocument;
}

/** The draft is submitted: the cycle admitted it, with the dates, rules and reviewer in force now. */
export interface SubmitDraftCommand {
  actor: Actor;
  reviewerUnitCode: string;
  rules: CycleRules;
  targets: NominationTargets;
  eligibility?: EligibilityAssessment;
}

export interface BlockReviewCommand {
  taskId?: string;
  actor: Actor;
  decision: 'ENDORSE' | 'REQUEST_CHANGES' | 'REJECT';
  score?: number;
  reason?: string;
  /** With REQUEST_CHANGES: the dossier's fields to change (keys of DOSSIER_FIELD_LABELS). */
  fields?: string[];
  /** With REQUEST_CHANGES: the kinds of document to supply or replace. */
  documents?: string[];
}

/** The standing office returns an endorsed dossier for changes before it goes on a council session. */
export interface ReturnForChangesCommand {
  actor: Actor;
  reason: string;
  fields?: string[];
  documents?: string[];
}

export interface ResubmitCommand {
  taskId?: string;
  actor: Actor;
  changes: string;
}

export interface BallotCommand {
  taskId?: string;
  actor: Actor;
  /**
   * The choice sealed by the API (encrypted): it travels through Temporal and is counted by
   * the worker, so no workflow history shows how a member voted.
   */
  sealedChoice?: string;
  /** Executions started before sealed ballots carried the choice in the clear. */
  choice?: BallotChoice;
}

export interface MinisterDecisionCommand {
  taskId?: string;
  actor: Actor;
  decision: 'APPROVE' | 'REJECT';
  reason?: string;
}

export interface WithdrawCommand {
  actor: Actor;
  reason?: string;
}

export interface RevokeCommand {
  actor: Actor;
  reason: string;
}

export interface ConferencePlacement {
  honoured: boolean;
  rank: number;
  certificateNumber: string | null;
  conferenceDate: string;
}

/** The dates now in force after the cycle's calendar moved (a newer version than the nomination's). */
export interface TargetsMove {
  calendarVersion: number;
  targets: NominationTargets;
  reason: string;
}

/** Who closes a council vote: the standing office by hand, or the process (all voted, or its target). */
export type VoteCloser = { kind: 'PERSON'; actor: Actor } | { kind: 'PROCESS' };

/** What the minister's one decision means for one nomination on the proposal. */
export type ListDecisionOutcome =
  | { kind: 'APPROVED'; decision: ListDecision }
  | { kind: 'STRUCK'; decision: ListDecision; reason: string }
  | { kind: 'RETURNED'; reason: string };

export type NominationCommand =
  | ({ type: 'Submit'; reviewTaskId: string; rulesVersion: number } & SubmitCommand)
  | ({ type: 'CreateDraft' } & CreateDraftCommand)
  | ({ type: 'EditDossier' } & EditDossierCommand)
  | ({ type: 'AttachDocument' } & AttachDocumentCommand)
  | ({ type: 'SubmitDraft'; reviewTaskId: string; rulesVersion: number } & SubmitDraftCommand)
  /** The cutoff passed with the dossier still a draft. */
  | { type: 'LapseDraft'; cutoff: string }
  | ({ type: 'ReviewBlock'; revisionTaskId: string; at: string } & BlockReviewCommand)
  | ({ type: 'Resubmit'; reviewTaskId: string } & ResubmitCommand)
  | ({ type: 'ReturnForChanges'; revisionTaskId: string; at: string } & ReturnForChangesCommand)
  | { type: 'OpenCouncilVote'; ballots: BallotAssignment[] }
  | ({ type: 'CastBallot' } & BallotCommand)
  /**
   * `tally` null: the process did not count the ballots, because the vote lacks its quorum (rules
   * version 2 and later never count such a vote; version 1 always needs the tally).
   */
  | { type: 'CloseCouncilVote'; by: VoteCloser; tally: Tally | null; decisionTaskId: string }
  | ({ type: 'DecideAsMinister' } & MinisterDecisionCommand)
  | { type: 'ReserveConferenceSeat' }
  | ({ type: 'Withdraw' } & WithdrawCommand)
  | ({ type: 'MoveTargets' } & TargetsMove)
  | { type: 'RemindTasks'; tasks: OpenTask[] }
  | { type: 'EscalateTask'; task: OpenTask }
  | { type: 'ExpireRevision'; task: OpenTask }
  | { type: 'PlaceAtConference'; placement: ConferencePlacement }
  | { type: 'CloseWithCycle'; conferenceDate: string }
  | ({ type: 'Revoke' } & RevokeCommand)
  | { type: 'Compensate'; cause: CompensationCause }
  // The council-session process (nominationWorkflowV2)
  | { type: 'JoinSession'; sessionId: string }
  | { type: 'LeaveSession'; sessionId: string }
  /** `result` is null when the session closed without quorum. */
  | { type: 'ConcludeSession'; sessionId: string; result: CandidateResult | null; quorumNeeded: number }
  | { type: 'JoinProposal'; proposalId: string }
  | { type: 'HearListDecision'; proposalId: string; outcome: ListDecisionOutcome }
  | { type: 'EndNotProposed'; explanation: string; decisionNumber: string };

export type NominationCommandType = NominationCommand['type'];
export type CommandOfType<T extends NominationCommandType> = Extract<NominationCommand, { type: T }>;
