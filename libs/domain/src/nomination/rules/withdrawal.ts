import { DomainError } from '../../errors.js';
import { hasRole, Role } from '../../organisation/actor.js';
import type { CommandOfType } from '../commands.js';
import type { NominationEvent } from '../events.js';
import type { NominationState } from '../state.js';
import { NominationStage, NominationStatus } from '../vocabulary.js';
import { requireStage } from './guards.js';

/** A unit may withdraw its nomination until the minister has decided. */
export const WITHDRAWABLE_STAGES: readonly NominationStage[] = [
  NominationStage.DRAFT,
  NominationStage.BLOCK_REVIEW,
  NominationStage.REVISION,
  NominationStage.COUNCIL_VOTE,
  NominationStage.MINISTER_DECISION,
];

export function decideWithdrawal(state: NominationState, cmd: CommandOfType<'Withdraw'>): NominationEvent[] {
  if (cmd.actor.unitCode !== state.view.unitCode || !hasRole(cmd.actor, Role.UNIT_OFFICER)) {
    throw new DomainError(
      'FORBIDDEN',
      'NOT_NOMINATING_UNIT',
      `Chỉ cán bộ của đơn vị ${state.view.unitCode} (đơn vị đề nghị) mới được rút hồ sơ này.`,
    );
  }
  if (state.view.status === NominationStatus.IN_PROGRESS && !WITHDRAWABLE_STAGES.includes(state.view.stage)) {
    throw new DomainError(
      'CONFLICT',
      'WITHDRAWAL_TOO_LATE',
      'Bộ trưởng đã quyết định đối với hồ sơ này nên đơn vị không thể rút hồ sơ nữa.',
    );
  }
  requireStage(state, ...WITHDRAWABLE_STAGES);
  return [{ type: 'NominationWithdrawn', data: { stage: state.view.stage, reason: cmd.reason?.trim() || 'Withdrawn by the unit' } }];
}

/**
 * The minister signed the decision on the proposal the nomination is on before its withdrawal could
 * take it off the list: the decision stands (it is never changed, only revoked), so the withdrawal is refused.
 */
export function withdrawalAfterListDecision(decisionNumber: string, struck: boolean): DomainError {
  const signed = struck
    ? `Bộ trưởng đã ký Quyết định số ${decisionNumber}, trong đó không công nhận hồ sơ này. Hồ sơ không thể rút nữa.`
    : `Bộ trưởng đã ký Quyết định số ${decisionNumber} có hồ sơ này. Hồ sơ không thể rút nữa; nếu cần, đề nghị Bộ trưởng thu hồi.`;
  return new DomainError('CONFLICT', 'WITHDRAWAL_TOO_LATE', signed);
}
