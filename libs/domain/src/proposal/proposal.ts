import type { NomineeKind } from '../nomination/vocabulary.js';

/*
 * The standing office's proposal to the minister (tờ trình): the candidates that passed the
 * council, ranked and cut at the quota. The minister approves it as a whole (striking entries
 * with a reason each) into ONE decision, or returns it. Its own stream, like a session's.
 */

/** Names that API clients rely on: keep them exactly. */
export const ProposalStatus = { SUBMITTED: 'SUBMITTED', APPROVED: 'APPROVED', RETURNED: 'RETURNED' } as const;
export type ProposalStatus = (typeof ProposalStatus)[keyof typeof ProposalStatus];

export interface ProposalEntry {
  nominationId: string;
  workflowId: string;
  rank: number;
  nomineeName: string;
  nomineeKind: NomineeKind;
  position: string | null;
  unitCode: string;
}

/** A candidate that passed but is not on the list, and why (read by its unit). */
export interface LeftOutEntry {
  nominationId: string;
  workflowId: string;
  explanation: string;
}

export interface StruckEntry {
  nominationId: string;
  reason: string;
}

/** The one decision the minister signs for the list. */
export interface ListDecision {
  id: string;
  number: string;
  signedAt: string;
  signedBy: string;
  signerName: string;
  /** The minister on whose behalf a deputy signed ("KT. BỘ TRƯỞNG / THỨ TRƯỞNG"). */
  onBehalfOf: { username: string; fullName: string } | null;
  signature: string;
  nominationIds: string[];
  struck: StruckEntry[];
}

export interface ProposalView {
  id: string;
  workflowId: string;
  cycleCode: string;
  status: ProposalStatus;
  entries: ProposalEntry[];
  leftOut: LeftOutEntry[];
  quota: number;
  justification: string | null;
  taskId: string;
  dueAt: string;
  submittedBy: string;
  submittedAt: string;
  decision: ListDecision | null;
  returned: { by: string; reason: string; at: string } | null;
  version: number;
}

type Event<Type extends string, Data> = { type: Type; data: Data };

export type ProposalEvent =
  | Event<
      'ProposalSubmitted',
      {
        proposalId: string;
        workflowId: string;
        cycleCode: string;
        entries: ProposalEntry[];
        leftOut: LeftOutEntry[];
        quota: number;
        justification: string | null;
        taskId: string;
        dueAt: string;
      }
    >
  | Event<'ProposalEntryWithdrawn', { nominationId: string }>
  | Event<'ProposalApproved', { decision: ListDecision }>
  | Event<'ProposalReturned', { reason: string }>;

export type RecordedProposalEvent = ProposalEvent & { key: string; actor: string; occurredAt: string };

export function evolveProposal(view: ProposalView | null, event: RecordedProposalEvent): ProposalView {
  if (event.type === 'ProposalSubmitted') {
    const { proposalId, ...d } = event.data;
    return {
      id: proposalId,
      ...d,
      status: ProposalStatus.SUBMITTED,
      submittedBy: event.actor,
      submittedAt: event.occurredAt,
      decision: null,
      returned: null,
      version: 1,
    };
  }
  if (view === null) throw new Error(`${event.type} before ProposalSubmitted`);
  const next = { ...view, version: view.version + 1 };
  switch (event.type) {
    case 'ProposalEntryWithdrawn':
      return { ...next, entries: view.entries.filter((e) => e.nominationId !== event.data.nominationId) };
    case 'ProposalApproved':
      return { ...next, status: ProposalStatus.APPROVED, decision: event.data.decision };
    case 'ProposalReturned':
      return { ...next, status: ProposalStatus.RETURNED, returned: { by: event.actor, reason: event.data.reason, at: event.occurredAt } };
    default: {
      const unknown: never = event;
      throw new Error(`Unknown proposal event ${JSON.stringify(unknown)}`);
    }
  }
}

/** The id of a proposal's workflow, visible in the Temporal UI. */
export function proposalWorkflowId(proposalId: string): string {
  return `proposal-${proposalId}`;
}
