import { DomainError } from '../../errors.js';
import { hasRole, Role } from '../../organisation/actor.js';
import type { CommandOfType } from '../commands.js';
import type { NominationEvent } from '../events.js';
import type { NominationState } from '../state.js';
import { NominationStatus } from '../vocabulary.js';
import { requireReason } from './guards.js';
import { unnumberedDecision } from './minister.js';

/**
 * After honouring, a recognition whose achievements turn out false is revoked by a new decision
 * of the minister that annuls it (the law requires it); the first decision keeps its number,
 * the new one is numbered when it is stored.
 */
export function decideRevocation(state: NominationState, cmd: CommandOfType<'Revoke'>): NominationEvent[] {
  if (!hasRole(cmd.actor, Role.MINISTER, Role.DEPUTY_MINISTER)) {
    throw new DomainError('FORBIDDEN', 'Only the minister, or a deputy minister on his behalf, revokes a recognition');
  }
  const { status } = state.view;
  if (status !== NominationStatus.HONOURED && status !== NominationStatus.RECOGNISED) {
    throw new DomainError('CONFLICT', `Only an honoured or recognised nomination can be revoked; this one is ${status}`);
  }
  const reason = requireReason(cmd.reason, 'revoke');
  const { decisionNumber, signedBy, signerName, signature, onBehalfOfMinister } = unnumberedDecision(cmd.actor);
  return [{ type: 'NominationRevoked', data: { reason, decisionNumber, signedBy, signerName, signature, onBehalfOfMinister } }];
}
