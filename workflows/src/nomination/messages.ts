import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type {
  Actor,
  AttachDocumentCommand,
  EditDossierCommand,
  SubmitDraftCommand,
  BallotCommand,
  BlockReviewCommand,
  CandidateResult,
  ListDecisionOutcome,
  ConferencePlacement,
  MinisterDecisionCommand,
  NominationTargets,
  NominationView,
  OpenTask,
  ResubmitCommand,
  ReturnForChangesCommand,
  WithdrawCommand,
} from '#domain';

/** Every update answers with the nomination as it stands once the decision is recorded. */
export const submissionRecordedUpdate = defineUpdate<NominationView>('submissionRecorded');
export const blockReviewUpdate = defineUpdate<NominationView, [BlockReviewCommand]>('blockReview');
export const resubmitUpdate = defineUpdate<NominationView, [ResubmitCommand]>('resubmit');
/** The standing office returns an endorsed dossier waiting for a session to its unit (nominationWorkflowV2). */
export const returnForChangesUpdate = defineUpdate<NominationView, [ReturnForChangesCommand]>('returnForChanges');
export const castBallotUpdate = defineUpdate<NominationView, [BallotCommand]>('castBallot');
export const closeVoteUpdate = defineUpdate<NominationView, [{ actor: Actor }]>('closeVote');
export const ministerDecisionUpdate = defineUpdate<NominationView, [MinisterDecisionCommand]>('ministerDecision');
export const withdrawUpdate = defineUpdate<NominationView, [WithdrawCommand]>('withdraw');
// A dossier as its unit prepares it (nominationWorkflowV2): a draft, or under revision.
export const editDossierUpdate = defineUpdate<NominationView, [EditDossierCommand]>('editDossier');
export const attachDocumentUpdate = defineUpdate<NominationView, [AttachDocumentCommand]>('attachDocument');
export const submitDraftUpdate = defineUpdate<NominationView, [SubmitDraftCommand]>('submitDraft');

export const getNominationQuery = defineQuery<NominationView | null>('getNomination');
export const getOpenTasksQuery = defineQuery<OpenTask[]>('getOpenTasks');

/** Sent by the cycle when its conference is held: honoured within the quota, or recognised. */
export const conferenceHeldSignal = defineSignal<[ConferencePlacement]>('conferenceHeld');

/** The cycle's dates moved: the nomination takes the dates now in force and re-plans its deadlines. */
export interface CalendarMoved {
  calendarVersion: number;
  targets: NominationTargets;
  reason: string;
  movedBy: string;
}
export const calendarMovedSignal = defineSignal<[CalendarMoved]>('calendarMoved');

/** The cycle closed after its conference: a nomination still going ends (recognised, or expired). */
export const cycleClosedSignal = defineSignal<[{ conferenceDate: string }]>('cycleClosed');

// The council-session process (nominationWorkflowV2): sessions and the proposal ask, the nomination answers.
export const joinCouncilSessionUpdate = defineUpdate<NominationView, [{ sessionId: string }]>('joinCouncilSession');
export const leaveCouncilSessionUpdate = defineUpdate<NominationView, [{ sessionId: string }]>('leaveCouncilSession');
/** The session's count for this nomination; `result` null: the session had no quorum. */
export const councilSessionConcludedSignal =
  defineSignal<[{ sessionId: string; result: CandidateResult | null; quorumNeeded: number }]>('councilSessionConcluded');
export const joinProposalUpdate = defineUpdate<NominationView, [{ proposalId: string }]>('joinProposal');
export const listDecidedSignal = defineSignal<[{ proposalId: string; outcome: ListDecisionOutcome }]>('listDecided');
/** Passed the council, left off the list the minister approved. */
export const notProposedSignal = defineSignal<[{ explanation: string; decisionNumber: string }]>('notProposed');
