import { BallotChoice, countVote, castCount } from '../../council/tally.js';
import { agreesNeeded, quorumNeeded, type ApprovalRule } from '../../cycle/approval-rule.js';
import { DomainError } from '../../errors.js';
import { hasRole, Role } from '../../organisation/actor.js';
import type { CommandOfType } from '../commands.js';
import type { NominationEvent } from '../events.js';
import type { NominationState } from '../state.js';
import type { NominationView } from '../view.js';
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
  const { rules } = state.view;
  if (state.rulesVersion >= 2 && state.view.councilMembers !== null && !voteHasQuorum(state.view)) {
    return failedForWantOfQuorum(state.view.ballotsCast, state.view.councilMembers, rules.approvalRule);
  }
  const { tally } = cmd;
  if (tally === null) throw new Error('A council vote with its quorum (or under rules version 1) is closed with its tally');
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

/**
 * Whether enough members have cast a ballot for the vote to be counted (2/3 of all members).
 * Who voted is public (BallotCast), so this needs nothing from the ballot box.
 */
export function voteHasQuorum(view: Pick<NominationView, 'councilMembers' | 'ballotsCast'>): boolean {
  return view.ballotsCast >= quorumNeeded(view.councilMembers ?? 0);
}

/**
 * A vote without its quorum decides nothing about the candidate's merits and is not counted
 * (rules version 2): the event says how many voted and how many were needed, never how they voted.
 */
function failedForWantOfQuorum(cast: number, members: number, approvalRule: ApprovalRule): NominationEvent[] {
  const needed = quorumNeeded(members);
  return [
    {
      type: 'CouncilVoteFailed',
      data: {
        tally: null,
        cast,
        members,
        approvalRule,
        agreesNeeded: agreesNeeded(approvalRule, members),
        quorumNeeded: needed,
        reason: 'QUORUM_NOT_REACHED',
      },
    },
    {
      type: 'NominationRejected',
      data: { stage: NominationStage.COUNCIL_VOTE, reason: `Quorum not reached: ${cast} of ${members} members voted, ${needed} needed` },
    },
  ];
}
