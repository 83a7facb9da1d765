import { DomainError } from '../../errors.js';
import type { CommandOfType } from '../commands.js';
import type { NominationEvent } from '../events.js';
import type { NominationState } from '../state.js';
import { NominationStage, TaskType } from '../vocabulary.js';
import { changeTargets } from './change-request.js';
import { decisionNotAllowed, requireReason, requireStage, requireTask } from './guards.js';

const DAY = 86_400_000;

/**
 * The block's decision: endorse with a score (0–100), request changes or reject with a reason.
 * A change request beyond the cycle's limit (2 by default) rejects the nomination instead: a
 * unit cannot be sent back forever. The unit then has `revisionDays` to resubmit.
 */
export function decideBlockReview(state: NominationState, cmd: CommandOfType<'ReviewBlock'>): NominationEvent[] {
  requireStage(state, NominationStage.BLOCK_REVIEW);
  requireTask(state, TaskType.BLOCK_REVIEW, cmd.actor, cmd.taskId);
  const { view } = state;
  switch (cmd.decision) {
    case 'ENDORSE': {
      const score = cmd.score as number;
      if (!Number.isInteger(score) || score < 0 || score > 100) {
        throw new DomainError('INVALID', 'SCORE_OUT_OF_RANGE', 'Điểm phải là số nguyên từ 0 đến 100 khi đồng ý đề nghị.', {
          field: 'score',
        });
      }
      return [{ type: 'BlockEndorsed', data: { score, reviewerUnitCode: view.reviewerUnitCode } }];
    }
    case 'REJECT':
      return [{ type: 'NominationRejected', data: { stage: view.stage, reason: requireReason(cmd.reason, 'không chấp thuận hồ sơ') } }];
    case 'REQUEST_CHANGES': {
      const reason = requireReason(cmd.reason, 'yêu cầu bổ sung hồ sơ');
      const named = changeTargets(view, cmd);
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
      const revisionDueAt = new Date(Date.parse(cmd.at) + view.targets.revisionDays * DAY).toISOString();
      return [{ type: 'ChangesRequested', data: { round, reason, revisionTaskId: cmd.revisionTaskId, revisionDueAt, ...named } }];
    }
    default: {
      const unknown: never = cmd.decision;
      throw decisionNotAllowed(TaskType.BLOCK_REVIEW, unknown);
    }
  }
}

/** The unit answers a change request: the dossier goes back to the same reviewer. */
export function decideResubmission(state: NominationState, cmd: CommandOfType<'Resubmit'>): NominationEvent[] {
  requireStage(state, NominationStage.REVISION);
  requireTask(state, TaskType.REVISION, cmd.actor, cmd.taskId);
  if (!cmd.changes?.trim()) {
    throw new DomainError('INVALID', 'CHANGES_REQUIRED', 'Cần nêu rõ nội dung đã bổ sung, hoàn thiện trong hồ sơ.', { field: 'changes' });
  }
  return [
    {
      type: 'NominationResubmitted',
      data: { round: state.view.changeRounds, changes: cmd.changes.trim(), reviewTaskId: cmd.reviewTaskId },
    },
  ];
}

function ordinal(n: number): string {
  return n === 1 ? 'first' : n === 2 ? 'second' : n === 3 ? 'third' : `${n}th`;
}
