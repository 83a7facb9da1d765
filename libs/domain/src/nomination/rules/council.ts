import { BallotChoice, countVote, castCount } from '../../council/tally.js';
import { DomainError } from '../../errors.js';
import { hasRole, Role } from '../../organisation/actor.js';
import type { CommandOfType } from '../commands.js';
import type { NominationEvent } from '../events.js';
import type { NominationState } from '../state.js';
import { NominationStage, TaskType } from '../vocabulary.js';
import { decisionNotAllowed, requireStage, requireTask } from './guards.js';

/** The endorsed nomination goes on the council's agenda and every member gets a ballot. */
export function decideCouncilVoteOpening(state: NominationState, cmd: CommandOfType<'OpenCouncilVote'>): NominationEvent[] {
  requireStage(state, NominationStage.COUNCIL_VOTE);
  return [
    { type: 'CouncilAgendaItemAdded', data: { ref: `${state.view.cycleCode}/${state.view.id}` } },
    { type: 'CouncilVotingOpened', data: { members: cmd.ballots.length, ballots: cmd.ballots } },
  ];
}

/** One secret ballot, once per member. The event records that the member voted, never how. */
export function decideBallot(state: NominationState, cmd: CommandOfType<'CastBallot'>): NominationEvent[] {
  requireStage(state, NominationStage.COUNCIL_VOTE);
  if (cmd.sealedChoice === undefined && !Object.values(BallotChoice).includes(cmd.choice as BallotChoice)) {
    throw decisionNotAllowed(TaskType.COUNCIL_BALLOT, cmd.choice);
  }
  const task = requireTask(state, TaskType.COUNCIL_BALLOT, cmd.actor, cmd.taskId);
  return [{ type: 'BallotCast', data: { member: cmd.actor.username, taskId: task.id } }];
}

/**
 * Closes the vote and counts it: quorum on ballots cast, the share needed on all members. A
 * failed vote rejects the nomination. Only the standing office closes a vote by hand; the
 * process closes it when every member has voted or at its target.
 */
export function decideVoteClosing(state: NominationState, cmd: CommandOfType<'CloseCouncilVote'>): NominationEvent[] {
  if (cmd.by.kind === 'PERSON') {
    if (!hasRole(cmd.by.actor, Role.STANDING_OFFICE)) {
      throw new DomainError('FORBIDDEN', 'FORBIDDEN_ROLE', 'Chỉ Thường trực Hội đồng mới được kết thúc việc bỏ phiếu.');
    }
    requireStage(state, NominationStage.COUNCIL_VOTE);
    if (state.view.councilMembers === null) {
      throw new DomainError('CONFLICT', 'VOTE_NOT_OPEN', 'Hội đồng chưa mở bỏ phiếu cho hồ sơ này.');
    }
  } else {
    requireStage(state, NominationStage.COUNCIL_VOTE);
  }
  const { tally } = cmd;
  const { rules } = state.view;
  const outcome = countVote(rules.approvalRule, tally);
  const counted = { tally, approvalRule: rules.approvalRule, agreesNeeded: outcome.agreesNeeded, quorumNeeded: outcome.quorumNeeded };
  if (outcome.passed) {
    return [{ type: 'CouncilVotePassed', data: { ...counted, decisionTaskId: cmd.decisionTaskId } }];
  }
  const reason =
    outcome.reason === 'QUORUM_NOT_REACHED'
      ? `Quorum not reached: ${castCount(tally)} of ${tally.members} members voted, ${outcome.quorumNeeded} needed`
      : `Not enough members agreed: ${tally.agree} of ${tally.members}, ${outcome.agreesNeeded} needed (${rules.approvalRule})`;
  return [
    { type: 'CouncilVoteFailed', data: { ...counted, reason: outcome.reason } },
    { type: 'NominationRejected', data: { stage: NominationStage.COUNCIL_VOTE, reason } },
  ];
}
