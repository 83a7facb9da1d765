import { patched, proxyActivities } from '@temporalio/workflow';
import {
  decide,
  SYSTEM_ACTOR,
  withdrawalAfterListDecision,
  type CompensationCause,
  type NominationView,
  type WithdrawCommand,
} from '#domain';
import type { ProposalActivities } from '../activity-contracts.js';
import { PERSISTENT } from '../common/activity-options.js';
import { undoActivityFor } from './compensation.js';
import { activities, type NominationProcess } from './nomination-process.js';
import { outcomeNotice } from './notices.js';

/**
 * Marks V2 executions whose withdrawal first takes the nomination off the proposal it is on, in turn
 * with the minister's decision there, and is refused when his signed decision names it. Executions
 * withdrawn before it recorded the withdrawal first and told the proposal after, so a decision
 * signed meanwhile still listed them.
 */
export const WITHDRAWAL_LEAVES_PROPOSAL_FIRST_PATCH = 'withdrawal-leaves-proposal-first';

const proposals = proxyActivities<Pick<ProposalActivities, 'takeEntryOffProposal'>>(PERSISTENT);

/** Undoes every open effect, newest first, each by its own activity and event. */
async function compensate(nomination: NominationProcess, cause: CompensationCause): Promise<void> {
  await nomination.exclusively(async () => {
    for (const undo of decide(nomination.state, { type: 'Compensate', cause })) {
      await nomination.commit([undo], SYSTEM_ACTOR, undoActivityFor(undo, nomination.joinsSessions));
    }
  });
}

/** After a rejection, withdrawal or expiry: undo every effect, then tell the unit why (not for its own withdrawal). */
export async function conclude(nomination: NominationProcess, cause: CompensationCause): Promise<void> {
  await compensate(nomination, cause);
  if (!nomination.followsCalendar || cause === 'WITHDRAWN') return;
  await activities.notify({ notices: [outcomeNotice(nomination.current)] });
}

/**
 * A nomination on a proposal still before the minister comes off it before its withdrawal is
 * recorded, in turn with his decision on the list: a decision signed first (or being signed, which
 * the proposal finishes first) names it and stands, and the withdrawal is refused with nothing recorded.
 */
async function leavePendingProposal(nomination: NominationProcess, actor: string): Promise<void> {
  const { proposalId } = nomination.current;
  if (!nomination.joinsSessions || !proposalId || !patched(WITHDRAWAL_LEAVES_PROPOSAL_FIRST_PATCH)) return;
  const answer = await proposals.takeEntryOffProposal({ proposalId, nominationId: nomination.nominationId, actor });
  if (!answer.takenOff) throw withdrawalAfterListDecision(answer.decisionNumber, answer.struck);
}

/** The unit withdraws its nomination (until the minister decides). */
export async function withdraw(nomination: NominationProcess, cmd: WithdrawCommand): Promise<NominationView> {
  await nomination.exclusively(async () => {
    // Decided first: a withdrawal the nomination refuses asks nothing of its proposal.
    const events = decide(nomination.state, { type: 'Withdraw', ...cmd });
    await leavePendingProposal(nomination, cmd.actor.username);
    await nomination.commit(events, cmd.actor.username);
  });
  await conclude(nomination, 'WITHDRAWN');
  return nomination.current;
}
