import { DomainError } from '../../errors.js';
import { hasRole, Role } from '../../organisation/actor.js';
import type { CommandOfType } from '../commands.js';
import type { NominationEvent } from '../events.js';
import type { NominationState } from '../state.js';
import { NominationStage } from '../vocabulary.js';
import { changeTargets } from './change-request.js';
import { requireReason, requireStage } from './guards.js';

const DAY = 86_400_000;

/**
 * The standing office's check of completeness (thẩm định): an endorsed dossier waiting for a
 * council session goes back to its unit for changes, with the same mechanics as the block's
 * change request (a round counted against the cycle's limit, `revisionDays` to resubmit). The
 * resubmitted dossier comes back to wait at the council, not to the block. Not once it is on a
 * session's agenda, nor in the older process, whose vote opens at endorsement.
 */
export function decideReturnForChanges(state: NominationState, cmd: CommandOfType<'ReturnForChanges'>): NominationEvent[] {
  if (!hasRole(cmd.actor, Role.STANDING_OFFICE)) {
    throw new DomainError('FORBIDDEN', 'FORBIDDEN_ROLE', 'Chỉ Thường trực Hội đồng mới được trả lại hồ sơ để thẩm định.');
  }
  requireStage(state, NominationStage.COUNCIL_VOTE);
  const { view } = state;
  if (view.councilSessionId || view.councilMembers !== null) {
    throw new DomainError(
      'CONFLICT',
      'ALREADY_ON_SESSION',
      'Hồ sơ đã được đưa vào phiên họp của Hội đồng nên không trả lại được; xin vui lòng đưa hồ sơ ra khỏi chương trình phiên họp trước.',
    );
  }
  const reason = requireReason(cmd.reason, 'trả lại hồ sơ để bổ sung');
  const named = changeTargets(view, cmd);
  const round = view.changeRounds + 1;
  if (round > view.rules.maxChangeRounds) {
    throw new DomainError(
      'CONFLICT',
      'CHANGE_ROUNDS_EXHAUSTED',
      `Hồ sơ đã được yêu cầu bổ sung ${view.changeRounds} lần, bằng số lần tối đa của đợt (${view.rules.maxChangeRounds}); không trả lại thêm được.`,
    );
  }
  const revisionDueAt = new Date(Date.parse(cmd.at) + view.targets.revisionDays * DAY).toISOString();
  return [
    {
      type: 'ChangesRequested',
      data: { round, reason, revisionTaskId: cmd.revisionTaskId, revisionDueAt, ...named, from: NominationStage.COUNCIL_VOTE },
    },
  ];
}
