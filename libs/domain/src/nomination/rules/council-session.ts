import { APPROVAL_RULE_LABELS } from '../../labels.js';
import type { ListDecision } from '../../proposal/proposal.js';
import type { CommandOfType } from '../commands.js';
import type { NominationEvent } from '../events.js';
import type { NominationState } from '../state.js';
import { NominationStage, NominationStatus } from '../vocabulary.js';
import { requireStage } from './guards.js';
import { DomainError } from '../../errors.js';

/*
 * A nomination of the council-session process (nominationWorkflowV2) joins a session's agenda,
 * hears its outcome, joins the standing office's proposal and hears the minister's one decision.
 * The sessions and the proposal run in workflows of their own; these are the nomination's side.
 */

const itemRef = (state: NominationState, containerId: string) => `${containerId}/${state.view.id}`;

/**
 * News from a session or a proposal can reach a nomination that ended meanwhile: its unit withdrew
 * it while the count or the decision was on its way. The nomination has nothing left to hear.
 */
const ended = (state: NominationState) => state.view.status !== NominationStatus.IN_PROGRESS;

/** The nomination goes on a session's agenda; it can be on one session at a time. */
export function decideJoinSession(state: NominationState, { sessionId }: CommandOfType<'JoinSession'>): NominationEvent[] {
  requireStage(state, NominationStage.COUNCIL_VOTE);
  const current = state.view.councilSessionId ?? null;
  if (current === sessionId) return [];
  if (current !== null) {
    throw new DomainError('CONFLICT', 'ALREADY_ON_AGENDA', 'Hồ sơ này đã có trong chương trình của một phiên họp khác.', {
      field: 'nominationIds',
    });
  }
  return [{ type: 'CouncilAgendaItemAdded', data: { ref: itemRef(state, sessionId), sessionId } }];
}

/** The standing office took it off a session still being prepared. */
export function decideLeaveSession(state: NominationState, { sessionId }: CommandOfType<'LeaveSession'>): NominationEvent[] {
  if (state.view.councilSessionId !== sessionId) return [];
  return [{ type: 'CouncilAgendaItemRemoved', data: { ref: itemRef(state, sessionId), sessionId } }];
}

/**
 * The session's count for this nomination: passed (it waits for the proposal), failed (rejected
 * by the council), or no quorum (nobody is rejected: it waits for the next session).
 */
export function decideSessionOutcome(state: NominationState, cmd: CommandOfType<'ConcludeSession'>): NominationEvent[] {
  if (state.view.councilSessionId !== cmd.sessionId || ended(state)) return [];
  requireStage(state, NominationStage.COUNCIL_VOTE);
  if (cmd.result === null) return [{ type: 'CouncilSessionInquorate', data: { sessionId: cmd.sessionId } }];
  const { tally, agreesNeeded, passed } = cmd.result;
  const counted = {
    tally: { agree: tally.agree, disagree: tally.disagree, abstain: tally.abstain, members: tally.members },
    approvalRule: state.view.rules.approvalRule,
    agreesNeeded,
    quorumNeeded: cmd.quorumNeeded,
    sessionId: cmd.sessionId,
  };
  if (passed) return [{ type: 'CouncilVotePassed', data: counted }];
  const rule = APPROVAL_RULE_LABELS[state.view.rules.approvalRule].toLowerCase();
  return [
    { type: 'CouncilVoteFailed', data: { ...counted, reason: 'NOT_ENOUGH_AGREES' } },
    {
      type: 'NominationRejected',
      data: {
        stage: NominationStage.COUNCIL_VOTE,
        reason: `Hội đồng không thông qua: ${tally.agree}/${tally.members} thành viên đồng ý, cần ít nhất ${agreesNeeded} (${rule}).`,
      },
    },
  ];
}

/** The standing office put it on its proposal to the minister. */
export function decideJoinProposal(state: NominationState, { proposalId }: CommandOfType<'JoinProposal'>): NominationEvent[] {
  requireStage(state, NominationStage.MINISTER_DECISION);
  const current = state.view.proposalId ?? null;
  if (current === proposalId) return [];
  if (current !== null)
    throw new DomainError('CONFLICT', 'ALREADY_PROPOSED', 'Hồ sơ này đã có trong một tờ trình đang chờ Bộ trưởng quyết định.', {
      field: 'nominationIds',
    });
  return [{ type: 'ProposalEntryAdded', data: { ref: itemRef(state, proposalId), proposalId } }];
}

/** The minister decided the proposal this nomination is on: approved in the decision, struck, or the list returned. */
export function decideListDecision(state: NominationState, cmd: CommandOfType<'HearListDecision'>): NominationEvent[] {
  if (state.view.proposalId !== cmd.proposalId || ended(state)) return [];
  requireStage(state, NominationStage.MINISTER_DECISION);
  const ref = itemRef(state, cmd.proposalId);
  switch (cmd.outcome.kind) {
    case 'APPROVED':
      return [{ type: 'MinisterApproved', data: approvalOf(cmd.outcome.decision) }];
    case 'STRUCK': {
      const reason = `Bộ trưởng không công nhận khi ký Quyết định số ${cmd.outcome.decision.number}: ${cmd.outcome.reason}`;
      return [
        { type: 'MinisterRejected', data: { reason } },
        { type: 'NominationRejected', data: { stage: NominationStage.MINISTER_DECISION, reason } },
      ];
    }
    case 'RETURNED':
      return [{ type: 'ProposalEntryRemoved', data: { ref, proposalId: cmd.proposalId, reason: cmd.outcome.reason } }];
    default: {
      const unknown: never = cmd.outcome;
      throw new Error(`Unknown list decision ${JSON.stringify(unknown)}`);
    }
  }
}

function approvalOf(decision: ListDecision) {
  return {
    decisionNumber: decision.number,
    decisionId: decision.id,
    signedBy: decision.signedBy,
    signerName: decision.signerName,
    signature: decision.signature,
    onBehalfOfMinister: decision.onBehalfOf !== null,
    ...(decision.onBehalfOf ? { onBehalfOf: decision.onBehalfOf.fullName } : {}),
  };
}

/** Passed the council but left off the list the minister approved: it ends saying exactly that. */
export function decideNotProposed(state: NominationState, cmd: CommandOfType<'EndNotProposed'>): NominationEvent[] {
  if (ended(state)) return [];
  requireStage(state, NominationStage.MINISTER_DECISION);
  if (state.view.proposalId) return [];
  return [
    {
      type: 'NominationNotProposed',
      data: { stage: NominationStage.MINISTER_DECISION, reason: cmd.explanation, decisionNumber: cmd.decisionNumber },
    },
  ];
}
