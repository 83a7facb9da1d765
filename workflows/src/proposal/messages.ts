import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { MinisterListDecision, ProposalView } from '#domain';

export const proposalSubmittedUpdate = defineUpdate<ProposalView>('proposalSubmitted');
/** The minister (or a deputy) approves the list into one decision, striking entries with reasons, or returns it. */
export const decideProposalUpdate = defineUpdate<
  ProposalView,
  [MinisterListDecision & { minister: { username: string; fullName: string } | null }]
>('decideProposal');
export const getProposalQuery = defineQuery<ProposalView | null>('getProposal');
/** A nomination on the proposal was withdrawn: it leaves the list before the minister decides. */
export const entryWithdrawnSignal = defineSignal<[{ nominationId: string }]>('entryWithdrawn');
