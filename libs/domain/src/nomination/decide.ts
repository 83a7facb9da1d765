import { DomainError, nominationBeingRecorded } from '../errors.js';
import type { NominationCommand } from './commands.js';
import type { NominationEvent } from './events.js';
import { decideBlockReview, decideResubmission } from './rules/block-review.js';
import { decideTargetsMove } from './rules/calendar.js';
import { decideDocumentAttachment, decideDossierEdit, decideDraft, decideDraftLapse, decideDraftSubmission } from './rules/draft.js';
import { decideCompensation } from './rules/compensation.js';
import { decideReturnForChanges } from './rules/completeness-check.js';
import {
  decideJoinProposal,
  decideJoinSession,
  decideLeaveSession,
  decideListDecision,
  decideNotProposed,
  decideSessionOutcome,
} from './rules/council-session.js';
import { decideConferencePlacement, decideCycleClosed } from './rules/conference.js';
import { decideBallot, decideCouncilVoteOpening, decideVoteClosing } from './rules/council.js';
import { decideEscalation, decideReminders, decideRevisionExpiry } from './rules/deadlines.js';
import { decideMinisterDecision, decideSeatReservation } from './rules/minister.js';
import { decideRevocation } from './rules/revocation.js';
import { decideSubmission } from './rules/submission.js';
import { decideWithdrawal } from './rules/withdrawal.js';
import type { NominationState } from './state.js';

/**
 * The nomination's rules in one place: what a command records, or why it is refused (a
 * DomainError: FORBIDDEN, CONFLICT, INVALID …). Pure: the same state and command give the same
 * events, inside a workflow, in a validator (which discards them) and in the replay checks.
 * Each stage's rules live in `rules/<stage>.ts`.
 */
export function decide(state: NominationState | null, command: NominationCommand): NominationEvent[] {
  if (command.type === 'Submit' || command.type === 'CreateDraft') {
    if (state !== null) throw new DomainError('CONFLICT', 'NOMINATION_ALREADY_SUBMITTED', 'Hồ sơ đề nghị này đã được nộp trước đó.');
    return command.type === 'Submit' ? decideSubmission(command) : decideDraft(command);
  }
  if (state === null) throw nominationBeingRecorded();
  switch (command.type) {
    case 'EditDossier':
      return decideDossierEdit(state, command);
    case 'AttachDocument':
      return decideDocumentAttachment(state, command);
    case 'SubmitDraft':
      return decideDraftSubmission(state, command);
    case 'LapseDraft':
      return decideDraftLapse(state, command);
    case 'ReviewBlock':
      return decideBlockReview(state, command);
    case 'Resubmit':
      return decideResubmission(state, command);
    case 'ReturnForChanges':
      return decideReturnForChanges(state, command);
    case 'OpenCouncilVote':
      return decideCouncilVoteOpening(state, command);
    case 'CastBallot':
      return decideBallot(state, command);
    case 'CloseCouncilVote':
      return decideVoteClosing(state, command);
    case 'DecideAsMinister':
      return decideMinisterDecision(state, command);
    case 'ReserveConferenceSeat':
      return decideSeatReservation(state);
    case 'Withdraw':
      return decideWithdrawal(state, command);
    case 'MoveTargets':
      return decideTargetsMove(state, command);
    case 'RemindTasks':
      return decideReminders(state, command);
    case 'EscalateTask':
      return decideEscalation(state, command);
    case 'ExpireRevision':
      return decideRevisionExpiry(state, command);
    case 'PlaceAtConference':
      return decideConferencePlacement(state, command);
    case 'CloseWithCycle':
      return decideCycleClosed(state, command);
    case 'Revoke':
      return decideRevocation(state, command);
    case 'Compensate':
      return decideCompensation(state, command);
    case 'JoinSession':
      return decideJoinSession(state, command);
    case 'LeaveSession':
      return decideLeaveSession(state, command);
    case 'ConcludeSession':
      return decideSessionOutcome(state, command);
    case 'JoinProposal':
      return decideJoinProposal(state, command);
    case 'HearListDecision':
      return decideListDecision(state, command);
    case 'EndNotProposed':
      return decideNotProposed(state, command);
    default: {
      const unknown: never = command;
      throw new Error(`Unknown command ${JSON.stringify(unknown)}`);
    }
  }
}
