import { addBallot, BallotChoice, countVote, type Tally } from '../council/tally.js';
import type { CycleRules } from '../cycle/cycle-rules.js';
import { DomainError } from '../errors.js';
import { hasRole, Role, type Actor } from '../organisation/actor.js';
import { formatHanoiDate } from '../time/hanoi-time.js';
import type { BallotAssignment, CompensationCause, NominationEvent, NominationTargets } from './events.js';
import { canActOn, describeAssignee, type OpenTask } from './tasks.js';
import type { NominationView } from './view.js';
import { EffectKind, NominationStage, NominationStatus, TaskType, type Dossier, type NominationStage as Stage } from './vocabulary.js';

/** What the decisions below look at: the nomination and its open tasks. */
export interface NominationState {
  view: NominationView;
  tasks: OpenTask[];
}

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
  actor: Actor;
}

export function decideSubmission(cmd: SubmitCommand, reviewTaskId: string): NominationEvent[] {
  return [
    {
      type: 'NominationSubmitted',
      data: {
        nominationId: cmd.nominationId,
        workflowId: cmd.workflowId,
        cycleCode: cmd.cycleCode,
        unitCode: cmd.unitCode,
        blockCode: cmd.blockCode,
        reviewerUnitCode: cmd.reviewerUnitCode,
        nomineeKey: cmd.nomineeKey,
        dossier: cmd.dossier,
        rules: cmd.rules,
        targets: cmd.targets,
        reviewTaskId,
      },
    },
    { type: 'BlockListEntryAdded', data: { ref: `${cmd.blockCode}/${cmd.cycleCode}` } },
  ];
}

// ---------------------------------------------------------------- guards

function requireStage(state: NominationState, ...stages: Stage[]): void {
  const { stage, status } = state.view;
  if (status !== NominationStatus.IN_PROGRESS || !stages.includes(stage)) {
    throw new DomainError('CONFLICT', `The nomination is ${status} at stage ${stage}, not at ${stages.join(' or ')}`);
  }
}

/** The open task of `type` (and `taskId` if given) that `actor` may complete, or a refusal saying why. */
function requireTask(state: NominationState, type: TaskType, actor: Actor, taskId?: string): OpenTask {
  const candidates = state.tasks.filter((t) => t.type === type && (taskId === undefined || t.id === taskId));
  if (candidates.length === 0) {
    throw new DomainError(
      'CONFLICT',
      `No open ${type} task${taskId ? ` ${taskId}` : ''} on this nomination: it is done or was never opened`,
    );
  }
  const mine = candidates.find((t) => canActOn(t.assignee, actor));
  if (!mine) {
    throw new DomainError('FORBIDDEN', `Only ${describeAssignee(candidates[0].assignee)} may complete this ${type} task`);
  }
  return mine;
}

function requireReason(reason: string | undefined, what: string): string {
  const text = reason?.trim();
  if (!text) throw new DomainError('INVALID', `reason is required to ${what}`);
  return text;
}

// ---------------------------------------------------------------- block review

export interface BlockReviewCommand {
  taskId?: string;
  actor: Actor;
  decision: 'ENDORSE' | 'REQUEST_CHANGES' | 'REJECT';
  score?: number;
  reason?: string;
}

export function checkBlockReview(state: NominationState, cmd: BlockReviewCommand): void {
  requireStage(state, NominationStage.BLOCK_REVIEW);
  requireTask(state, TaskType.BLOCK_REVIEW, cmd.actor, cmd.taskId);
  switch (cmd.decision) {
    case 'ENDORSE':
      if (!Number.isInteger(cmd.score) || (cmd.score as number) < 0 || (cmd.score as number) > 100) {
        throw new DomainError('INVALID', 'score must be an integer from 0 to 100 to endorse');
      }
      return;
    case 'REQUEST_CHANGES':
      requireReason(cmd.reason, 'request changes');
      return;
    case 'REJECT':
      requireReason(cmd.reason, 'reject');
      return;
    default:
      throw new DomainError('INVALID', `decision must be ENDORSE, REQUEST_CHANGES or REJECT for a BLOCK_REVIEW task`);
  }
}

/**
 * The block's decision. A change request beyond the cycle's limit (2 by default)
 * rejects the nomination instead: a unit cannot be sent back forever.
 */
export function decideBlockReview(state: NominationState, cmd: BlockReviewCommand, revisionTaskId: string, now: Date): NominationEvent[] {
  checkBlockReview(state, cmd);
  const { view } = state;
  switch (cmd.decision) {
    case 'ENDORSE':
      return [{ type: 'BlockEndorsed', data: { score: cmd.score as number, reviewerUnitCode: view.reviewerUnitCode } }];
    case 'REJECT':
      return [{ type: 'NominationRejected', data: { stage: view.stage, reason: requireReason(cmd.reason, 'reject') } }];
    case 'REQUEST_CHANGES': {
      const reason = requireReason(cmd.reason, 'request changes');
      const round = view.changeRounds + 1;
      if (round > view.rules.maxChangeRounds) {
        return [
          {
            type: 'NominationRejected',
            data: {
              stage: view.stage,
              reason: `Changes requested a ${ordinal(round)} time (at most ${view.rules.maxChangeRounds} rounds): ${reason}`,
            },
          },
        ];
      }
      const revisionDueAt = new Date(now.getTime() + view.targets.revisionDays * 86_400_000).toISOString();
      return [{ type: 'ChangesRequested', data: { round, reason, revisionTaskId, revisionDueAt } }];
    }
  }
}

function ordinal(n: number): string {
  return n === 1 ? 'first' : n === 2 ? 'second' : n === 3 ? 'third' : `${n}th`;
}

// ---------------------------------------------------------------- revision

export interface ResubmitCommand {
  taskId?: string;
  actor: Actor;
  changes: string;
}

export function checkResubmission(state: NominationState, cmd: ResubmitCommand): void {
  requireStage(state, NominationStage.REVISION);
  requireTask(state, TaskType.REVISION, cmd.actor, cmd.taskId);
  if (!cmd.changes?.trim()) throw new DomainError('INVALID', 'changes must describe what was revised');
}

export function decideResubmission(state: NominationState, cmd: ResubmitCommand, reviewTaskId: string): NominationEvent[] {
  checkResubmission(state, cmd);
  return [{ type: 'NominationResubmitted', data: { round: state.view.changeRounds, changes: cmd.changes.trim(), reviewTaskId } }];
}

// ---------------------------------------------------------------- council

export function decideOpenCouncilVote(state: NominationState, ballots: BallotAssignment[]): NominationEvent[] {
  requireStage(state, NominationStage.COUNCIL_VOTE);
  return [
    { type: 'CouncilAgendaItemAdded', data: { ref: `${state.view.cycleCode}/${state.view.id}` } },
    { type: 'CouncilVotingOpened', data: { members: ballots.length, ballots } },
  ];
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

export function checkBallot(state: NominationState, cmd: BallotCommand): OpenTask {
  requireStage(state, NominationStage.COUNCIL_VOTE);
  if (cmd.sealedChoice === undefined && !Object.values(BallotChoice).includes(cmd.choice as BallotChoice)) {
    throw new DomainError('INVALID', 'decision must be AGREE, DISAGREE or ABSTAIN for a COUNCIL_BALLOT task');
  }
  return requireTask(state, TaskType.COUNCIL_BALLOT, cmd.actor, cmd.taskId);
}

/** One ballot. The event records that the member voted, never how. */
export function decideBallot(state: NominationState, cmd: BallotCommand, tally: Tally): { events: NominationEvent[]; tally: Tally } {
  const task = checkBallot(state, cmd);
  return {
    events: [{ type: 'BallotCast', data: { member: cmd.actor.username, taskId: task.id } }],
    tally: cmd.choice ? addBallot(tally, cmd.choice) : tally,
  };
}

export function checkCloseVote(state: NominationState, actor: Actor): void {
  if (!hasRole(actor, Role.STANDING_OFFICE)) {
    throw new DomainError('FORBIDDEN', 'Only the standing office of the council may close a vote');
  }
  requireStage(state, NominationStage.COUNCIL_VOTE);
  if (state.view.councilMembers === null) throw new DomainError('CONFLICT', 'The council vote has not opened yet');
}

/** Closes the vote and counts it; a failed vote rejects the nomination. */
export function decideVoteClosing(state: NominationState, tally: Tally, decisionTaskId: string): NominationEvent[] {
  const { rules } = state.view;
  const outcome = countVote(rules.approvalRule, tally);
  const counted = { tally, approvalRule: rules.approvalRule, agreesNeeded: outcome.agreesNeeded, quorumNeeded: outcome.quorumNeeded };
  if (outcome.passed) {
    return [{ type: 'CouncilVotePassed', data: { ...counted, decisionTaskId } }];
  }
  const reason =
    outcome.reason === 'QUORUM_NOT_REACHED'
      ? `Quorum not reached: ${tally.agree + tally.disagree + tally.abstain} of ${tally.members} members voted, ${outcome.quorumNeeded} needed`
      : `Not enough members agreed: ${tally.agree} of ${tally.members}, ${outcome.agreesNeeded} needed (${rules.approvalRule})`;
  return [
    { type: 'CouncilVoteFailed', data: { ...counted, reason: outcome.reason } },
    { type: 'NominationRejected', data: { stage: NominationStage.COUNCIL_VOTE, reason } },
  ];
}

// ---------------------------------------------------------------- minister

export interface MinisterDecisionCommand {
  taskId?: string;
  actor: Actor;
  decision: 'APPROVE' | 'REJECT';
  reason?: string;
}

export function checkMinisterDecision(state: NominationState, cmd: MinisterDecisionCommand): void {
  requireStage(state, NominationStage.MINISTER_DECISION);
  requireTask(state, TaskType.MINISTER_DECISION, cmd.actor, cmd.taskId);
  if (cmd.decision === 'REJECT') requireReason(cmd.reason, 'reject');
  else if (cmd.decision !== 'APPROVE') throw new DomainError('INVALID', 'decision must be APPROVE or REJECT for a MINISTER_DECISION task');
}

export function decideMinisterRejection(state: NominationState, cmd: MinisterDecisionCommand): NominationEvent[] {
  checkMinisterDecision(state, cmd);
  const reason = requireReason(cmd.reason, 'reject');
  return [
    { type: 'MinisterRejected', data: { reason } },
    { type: 'NominationRejected', data: { stage: NominationStage.MINISTER_DECISION, reason } },
  ];
}

/** How the decision is signed: the minister, or a deputy "KT. BỘ TRƯỞNG / THỨ TRƯỞNG" on his behalf. */
export function decisionSignature(actor: Actor): { signature: string; onBehalfOfMinister: boolean } {
  if (hasRole(actor, Role.MINISTER)) return { signature: `BỘ TRƯỞNG ${actor.fullName}`, onBehalfOfMinister: false };
  return { signature: `KT. BỘ TRƯỞNG / THỨ TRƯỞNG ${actor.fullName}`, onBehalfOfMinister: true };
}

export function decideSeatReservation(state: NominationState): NominationEvent[] {
  return [{ type: 'ConferenceSeatReserved', data: { ref: `${state.view.cycleCode}/${state.view.id}` } }];
}

// ---------------------------------------------------------------- withdrawal

export interface WithdrawCommand {
  actor: Actor;
  reason?: string;
}

const WITHDRAWABLE: Stage[] = [
  NominationStage.BLOCK_REVIEW,
  NominationStage.REVISION,
  NominationStage.COUNCIL_VOTE,
  NominationStage.MINISTER_DECISION,
];

export function checkWithdrawal(state: NominationState, cmd: WithdrawCommand): void {
  if (cmd.actor.unitCode !== state.view.unitCode || !hasRole(cmd.actor, Role.UNIT_OFFICER)) {
    throw new DomainError('FORBIDDEN', `Only an officer of unit ${state.view.unitCode} may withdraw its nomination`);
  }
  if (state.view.status === NominationStatus.IN_PROGRESS && !WITHDRAWABLE.includes(state.view.stage)) {
    throw new DomainError('CONFLICT', 'The minister has decided: the nomination can no longer be withdrawn');
  }
  requireStage(state, ...WITHDRAWABLE);
}

export function decideWithdrawal(state: NominationState, cmd: WithdrawCommand): NominationEvent[] {
  checkWithdrawal(state, cmd);
  return [{ type: 'NominationWithdrawn', data: { stage: state.view.stage, reason: cmd.reason?.trim() || 'Withdrawn by the unit' } }];
}

// ---------------------------------------------------------------- conference

export interface ConferencePlacement {
  honoured: boolean;
  rank: number;
  certificateNumber: string | null;
  conferenceDate: string;
}

export function decideConferenceOutcome(state: NominationState, placement: ConferencePlacement): NominationEvent[] {
  requireStage(state, NominationStage.AWAITING_CONFERENCE);
  const seat = state.view.openEffects.find((e) => e.kind === EffectKind.CONFERENCE_SEAT);
  if (placement.honoured && placement.certificateNumber) {
    return [
      {
        type: 'NominationHonoured',
        data: { certificateNumber: placement.certificateNumber, rank: placement.rank, conferenceDate: placement.conferenceDate },
      },
    ];
  }
  return [
    ...(seat ? [{ type: 'ConferenceSeatReleased' as const, data: { ref: seat.ref } }] : []),
    { type: 'NominationRecognised', data: { rank: placement.rank, reason: 'BEYOND_QUOTA' } },
  ];
}

/**
 * The cycle closed (its conference was held) while this nomination was still going: approved
 * ones are recognised without a place on stage; undecided ones expire.
 */
export function decideCycleClosed(state: NominationState, conferenceDate: string): NominationEvent[] {
  const { view } = state;
  if (view.status !== NominationStatus.IN_PROGRESS) return [];
  if (view.stage === NominationStage.AWAITING_CONFERENCE) {
    const seat = view.openEffects.find((e) => e.kind === EffectKind.CONFERENCE_SEAT);
    return [
      ...(seat ? [{ type: 'ConferenceSeatReleased' as const, data: { ref: seat.ref } }] : []),
      { type: 'NominationRecognised', data: { rank: null, reason: 'CONFERENCE_ALREADY_HELD' } },
    ];
  }
  return [
    {
      type: 'NominationExpired',
      data: {
        stage: view.stage,
        reason: `The cycle closed with its conference of ${formatHanoiDate(conferenceDate)} before a decision was taken`,
      },
    },
  ];
}

// ---------------------------------------------------------------- revocation

export interface RevokeCommand {
  actor: Actor;
  reason: string;
}

/**
 * After honouring, a recognition whose achievements turn out false is revoked by a new decision
 * of the minister that annuls it (the law requires it); the first decision keeps its number.
 */
export function checkRevocation(view: NominationView, cmd: RevokeCommand): void {
  if (!hasRole(cmd.actor, Role.MINISTER, Role.DEPUTY_MINISTER)) {
    throw new DomainError('FORBIDDEN', 'Only the minister, or a deputy minister on his behalf, revokes a recognition');
  }
  if (view.status !== NominationStatus.HONOURED && view.status !== NominationStatus.RECOGNISED) {
    throw new DomainError('CONFLICT', `Only an honoured or recognised nomination can be revoked; this one is ${view.status}`);
  }
  requireReason(cmd.reason, 'revoke');
}

export function decideRevocation(view: NominationView, cmd: RevokeCommand): NominationEvent {
  checkRevocation(view, cmd);
  const { signature, onBehalfOfMinister } = decisionSignature(cmd.actor);
  return {
    type: 'NominationRevoked',
    data: {
      reason: requireReason(cmd.reason, 'revoke'),
      decisionNumber: '',
      signedBy: cmd.actor.username,
      signerName: cmd.actor.fullName,
      signature,
      onBehalfOfMinister,
    },
  };
}

// ---------------------------------------------------------------- compensation

/**
 * The undo of every effect still open, newest first. Each is recorded once: the
 * workflow runs them one by one as activities, so a retry never undoes twice.
 */
export function compensationsFor(view: NominationView, cause: CompensationCause): NominationEvent[] {
  return [...view.openEffects].reverse().map((effect): NominationEvent => {
    switch (effect.kind) {
      case EffectKind.BLOCK_LIST_ENTRY:
        return { type: 'BlockListEntryCompensated', data: { ref: effect.ref, cause } };
      case EffectKind.COUNCIL_AGENDA_ITEM:
        return { type: 'CouncilAgendaItemCompensated', data: { ref: effect.ref, cause } };
      case EffectKind.CONFERENCE_SEAT:
        return { type: 'ConferenceSeatCompensated', data: { ref: effect.ref, cause } };
      default: {
        const unknown: never = effect.kind;
        throw new Error(`Unknown effect ${String(unknown)}`);
      }
    }
  });
}
