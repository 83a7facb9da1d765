import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { EntryTakeOff, MinisterListDecision, ProposalView } from '#domain';

export const proposalSubmittedUpdate = defineUpdate<ProposalView>('proposalSubmitted');
/** The minister (or a deputy) approves the list into one decision, striking entries with reasons, or returns it. */
export const decideProposalUpdate = defineUpdate<
  ProposalView,
  [MinisterListDecision & { minister: { username: string; fullName: string } | null }]
>('decideProposal');
export const getProposalQuery = defineQuery<ProposalView | null>('getProposal');
/** A nomination on the proposal was withdrawn: it leaves the list before the minister decides. */
export const entryWithdrawnSignal = defineSignal<[{ nominationId: string }]>('entryWithdrawn');
/**
 * A unit withdraws a nomination on the proposal: in turn with the minister's decision, the entry comes
 * off the list (recorded by `actor`), or the answer names the signed decision that got there first.
 */
export const takeEntryOffUpdate = defineUpdate<EntryTakeOff, [{ nominationId: string; actor: string }]>('takeEntryOff');
