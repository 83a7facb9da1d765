import { patched } from '@temporalio/workflow';
import { NominationStatus, SYSTEM_ACTOR, type CandidateResult, type ListDecisionOutcome } from '#domain';
import { conclude } from './conclusion.js';
import { activities, type NominationProcess } from './nomination-process.js';
import { approvalNotice, conferenceOutcomeNotice, proposalReturnedNotice } from './notices.js';

/**
 * Marks V2 executions that tell the unit how the conference ended for its nomination (honoured,
 * with its certificate number, or recognised). Executions that reached the conference before it told nothing.
 */
export const CONFERENCE_OUTCOME_NOTICE_PATCH = 'notify-conference-outcome';

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

/**
 * The conference placed the nomination, or the cycle closed with it approved: the unit hears that
 * it is honoured (certificate number) or recognised. Only the council-session process, and only
 * executions that reach this point with CONFERENCE_OUTCOME_NOTICE_PATCH.
 */
export async function tellConferenceOutcome(nomination: NominationProcess, conferenceDate: string): Promise<void> {
  const { status } = nomination.current;
  if (!nomination.joinsSessions || (status !== NominationStatus.HONOURED && status !== NominationStatus.RECOGNISED)) return;
  if (!patched(CONFERENCE_OUTCOME_NOTICE_PATCH)) return;
  await activities.notify({ notices: [conferenceOutcomeNotice(nomination.current, conferenceDate)] });
}
