import { DomainError } from '../../errors.js';
import { STATUS_LABELS } from '../../labels.js';
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
    throw new DomainError(
      'FORBIDDEN',
      'FORBIDDEN_ROLE',
      'Chỉ Bộ trưởng, hoặc Thứ trưởng ký thay Bộ trưởng, mới được thu hồi quyết định công nhận.',
    );
  }
  const { status } = state.view;
  if (status !== NominationStatus.HONOURED && status !== NominationStatus.RECOGNISED) {
    throw new DomainError(
      'CONFLICT',
      'NOT_REVOCABLE',
      `Chỉ thu hồi được hồ sơ đã được công nhận hoặc biểu dương; hồ sơ này ${STATUS_LABELS[status]}.`,
    );
  }
  const reason = requireReason(cmd.reason, 'thu hồi quyết định công nhận');
  const { decisionNumber, signedBy, signerName, signature, onBehalfOfMinister } = unnumberedDecision(cmd.actor);
  return [{ type: 'NominationRevoked', data: { reason, decisionNumber, signedBy, signerName, signature, onBehalfOfMinister } }];
}
