import { hasRole, Role, type Actor } from '../../organisation/actor.js';
import type { CommandOfType } from '../commands.js';
import type { NominationEvent } from '../events.js';
import type { NominationState } from '../state.js';
import { NominationStage, TaskType } from '../vocabulary.js';
import { decisionNotAllowed, requireReason, requireStage, requireTask } from './guards.js';

/** How a decision is signed: the minister, or a deputy "KT. BỘ TRƯỞNG / THỨ TRƯỞNG" on his behalf. */
export function decisionSignature(actor: Actor): { signature: string; onBehalfOfMinister: boolean } {
  if (hasRole(actor, Role.MINISTER)) return { signature: `BỘ TRƯỞNG ${actor.fullName}`, onBehalfOfMinister: false };
  return { signature: `KT. BỘ TRƯỞNG / THỨ TRƯỞNG ${actor.fullName}`, onBehalfOfMinister: true };
}

/** The signed decision, still without its number: the store numbers it in the transaction that records it. */
export function unnumberedDecision(actor: Actor) {
  return { decisionNumber: '', signedBy: actor.username, signerName: actor.fullName, ...decisionSignature(actor) };
}

/**
 * The minister (or a deputy on his behalf) approves or rejects with a reason. An approval
 * is numbered when it is stored (no gaps in the year's numbers).
 */
export function decideMinisterDecision(state: NominationState, cmd: CommandOfType<'DecideAsMinister'>): NominationEvent[] {
  requireStage(state, NominationStage.MINISTER_DECISION);
  requireTask(state, TaskType.MINISTER_DECISION, cmd.actor, cmd.taskId);
  switch (cmd.decision) {
    case 'APPROVE':
      return [{ type: 'MinisterApproved', data: unnumberedDecision(cmd.actor) }];
    case 'REJECT': {
      const reason = requireReason(cmd.reason, 'không phê duyệt hồ sơ');
      return [
        { type: 'MinisterRejected', data: { reason } },
        { type: 'NominationRejected', data: { stage: NominationStage.MINISTER_DECISION, reason } },
      ];
    }
    default: {
      const unknown: never = cmd.decision;
      throw decisionNotAllowed(TaskType.MINISTER_DECISION, unknown);
    }
  }
}

/** An approved nomination holds a seat at the conference until it is placed there (or its seat is released). */
export function decideSeatReservation(state: NominationState): NominationEvent[] {
  requireStage(state, NominationStage.AWAITING_CONFERENCE);
  return [{ type: 'ConferenceSeatReserved', data: { ref: `${state.view.cycleCode}/${state.view.id}` } }];
}
