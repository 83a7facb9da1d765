import { NominationStatus, SYSTEM_ACTOR, type CandidateResult, type ListDecisionOutcome } from '#domain';
import { conclude } from './conclusion.js';
import { activities, type NominationProcess } from './nomination-process.js';
import { approvalNotice, proposalReturnedNotice } from './notices.js';

/*
 * The nomination's side of the council-session process (nominationWorkflowV2): it joins a
 * session's agenda and hears its count, joins the standing office's proposal and hears the
 * minister's one decision. Each outcome is decided by the domain like any other command.
 */

export async function hearSessionOutcome(
  nomination: NominationProcess,
  outcome: { sessionId: string; result: CandidateResult | null; quorumNeeded: number },
): Promise<void> {
  const events = await nomination.execute({ type: 'ConcludeSession', ...outcome }, SYSTEM_ACTOR);
  if (events.some((e) => e.type === 'NominationRejected')) await conclude(nomination, 'REJECTED');
}

export async function hearListDecision(nomination: NominationProcess, proposalId: string, outcome: ListDecisionOutcome): Promise<void> {
  await nomination.notWhileDeciding();
  const events = await nomination.execute(
    { type: 'HearListDecision', proposalId, outcome },
    outcome.kind === 'RETURNED' ? SYSTEM_ACTOR : outcome.decision.signedBy,
  );
  if (events.some((e) => e.type === 'NominationRejected')) {
    await conclude(nomination, 'REJECTED');
  } else if (events.some((e) => e.type === 'MinisterApproved')) {
    await nomination.execute({ type: 'ReserveConferenceSeat' }, SYSTEM_ACTOR);
    await activities.notify({ notices: [approvalNotice(nomination.current)] });
  } else if (events.some((e) => e.type === 'ProposalEntryRemoved') && outcome.kind === 'RETURNED') {
    await activities.notify({ notices: [proposalReturnedNotice(nomination.current, proposalId, outcome.reason)] });
  }
}

export async function endNotProposed(nomination: NominationProcess, explanation: string, decisionNumber: string): Promise<void> {
  if (nomination.current.status !== NominationStatus.IN_PROGRESS) return;
  const events = await nomination.execute({ type: 'EndNotProposed', explanation, decisionNumber }, SYSTEM_ACTOR);
  if (events.length) await conclude(nomination, 'NOT_PROPOSED');
}
