/**
 * The commands of the tests, named by what a person (or the process) asks:
 *
 *   nominationSpec.given(atBlockReview()).when(endorse(85)).then([endorsed(85)]);
 */
import type { BallotChoice, Tally } from '../council/tally.js';
import type { Actor } from '../organisation/actor.js';
import type { CommandOfType, ConferencePlacement } from '../nomination/commands.js';
import type { CompensationCause, NominationTargets } from '../nomination/events.js';
import type { OpenTask } from '../nomination/tasks.js';
import { BLOCK_VI, blockReviewer, councilMember, minister, nominatingOfficer, standingOffice } from './actors.js';
import {
  CYCLE,
  DECISION_TASK,
  DOSSIER,
  NOMINATION_ID,
  RULES,
  T,
  TARGETS,
  ballotsFor,
  revisionTask,
  reviewTask,
  submitted,
} from './nomination-events.js';

export function submit(overrides: Partial<CommandOfType<'Submit'>> = {}): CommandOfType<'Submit'> {
  const { data } = submitted();
  return {
    type: 'Submit',
    nominationId: NOMINATION_ID,
    workflowId: data.workflowId,
    cycleCode: CYCLE,
    unitCode: data.unitCode,
    blockCode: BLOCK_VI.code,
    reviewerUnitCode: data.reviewerUnitCode,
    nomineeKey: data.nomineeKey,
    dossier: DOSSIER,
    rules: RULES,
    targets: TARGETS,
    actor: nominatingOfficer,
    reviewTaskId: reviewTask(1),
    rulesVersion: 1,
    ...overrides,
  };
}

interface ReviewOptions {
  by?: Actor;
  taskId?: string;
  at?: string;
  revisionTaskId?: string;
}

function review(
  decision: 'ENDORSE' | 'REQUEST_CHANGES' | 'REJECT',
  extra: { score?: number; reason?: string },
  { by = blockReviewer, taskId, at = T.changesRequested, revisionTaskId = revisionTask(1) }: ReviewOptions,
): CommandOfType<'ReviewBlock'> {
  return { type: 'ReviewBlock', actor: by, decision, ...extra, revisionTaskId, at, ...(taskId !== undefined && { taskId }) };
}

export const endorse = (score: number | undefined, options: ReviewOptions = {}) => review('ENDORSE', { score }, options);
export const requestChanges = (reason: string | undefined, options: ReviewOptions = {}) => review('REQUEST_CHANGES', { reason }, options);
export const rejectAtBlock = (reason: string | undefined, options: ReviewOptions = {}) => review('REJECT', { reason }, options);

export function resubmit(
  changes: string,
  { by = nominatingOfficer, taskId, reviewTaskId = reviewTask(2) }: { by?: Actor; taskId?: string; reviewTaskId?: string } = {},
): CommandOfType<'Resubmit'> {
  return { type: 'Resubmit', actor: by, changes, reviewTaskId, ...(taskId !== undefined && { taskId }) };
}

export function openVote(members = 9): CommandOfType<'OpenCouncilVote'> {
  return { type: 'OpenCouncilVote', ballots: ballotsFor(members) };
}

/** Member n's ballot, sealed by the API unless a clear `choice` is given (executions from before sealing). */
export function castBallot(
  member: number,
  {
    by = councilMember(member),
    taskId,
    choice,
    sealedChoice,
  }: { by?: Actor; taskId?: string; choice?: BallotChoice | string; sealedChoice?: string } = {},
): CommandOfType<'CastBallot'> {
  return {
    type: 'CastBallot',
    actor: by,
    ...(taskId !== undefined && { taskId }),
    ...(choice !== undefined ? { choice: choice as BallotChoice } : { sealedChoice: sealedChoice ?? `sealed:${member}` }),
  };
}

/** The standing office (or someone else) closes the vote by hand. */
export function closeVoteBy(actor: Actor, t: Tally | null, decisionTaskId = DECISION_TASK): CommandOfType<'CloseCouncilVote'> {
  return { type: 'CloseCouncilVote', by: { kind: 'PERSON', actor }, tally: t, decisionTaskId };
}

/** The process closes the vote: every member voted, or its target passed. */
export function closeVote(t: Tally | null, decisionTaskId = DECISION_TASK): CommandOfType<'CloseCouncilVote'> {
  return { type: 'CloseCouncilVote', by: { kind: 'PROCESS' }, tally: t, decisionTaskId };
}

export const closeVoteByStandingOffice = (t: Tally | null) => closeVoteBy(standingOffice, t);

export function approve({ by = minister, taskId }: { by?: Actor; taskId?: string } = {}): CommandOfType<'DecideAsMinister'> {
  return { type: 'DecideAsMinister', actor: by, decision: 'APPROVE', ...(taskId !== undefined && { taskId }) };
}

export function rejectAsMinister(reason: string | undefined, { by = minister }: { by?: Actor } = {}): CommandOfType<'DecideAsMinister'> {
  return { type: 'DecideAsMinister', actor: by, decision: 'REJECT', reason };
}

export const reserveSeat = (): CommandOfType<'ReserveConferenceSeat'> => ({ type: 'ReserveConferenceSeat' });

export function withdraw(by: Actor = nominatingOfficer, reason?: string): CommandOfType<'Withdraw'> {
  return { type: 'Withdraw', actor: by, ...(reason !== undefined && { reason }) };
}

export function moveTargets(
  calendarVersion: number,
  targets: NominationTargets,
  reason = 'Lùi thời hạn do dịch COVID-19',
): CommandOfType<'MoveTargets'> {
  return { type: 'MoveTargets', calendarVersion, targets, reason };
}

export const remind = (...tasks: OpenTask[]): CommandOfType<'RemindTasks'> => ({ type: 'RemindTasks', tasks });
export const escalate = (task: OpenTask): CommandOfType<'EscalateTask'> => ({ type: 'EscalateTask', task });
export const expireRevision = (task: OpenTask): CommandOfType<'ExpireRevision'> => ({ type: 'ExpireRevision', task });

export function placeAtConference(placement: Partial<ConferencePlacement> = {}): CommandOfType<'PlaceAtConference'> {
  return {
    type: 'PlaceAtConference',
    placement: { honoured: true, rank: 7, certificateNumber: `${CYCLE}/007`, conferenceDate: TARGETS.conferenceDate, ...placement },
  };
}

export const closeWithCycle = (conferenceDate = TARGETS.conferenceDate): CommandOfType<'CloseWithCycle'> => ({
  type: 'CloseWithCycle',
  conferenceDate,
});

export function revoke(by: Actor = minister, reason = 'Thành tích không đúng sự thật'): CommandOfType<'Revoke'> {
  return { type: 'Revoke', actor: by, reason };
}

export const compensate = (cause: CompensationCause): CommandOfType<'Compensate'> => ({ type: 'Compensate', cause });
