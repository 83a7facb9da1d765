import type { Tally } from '../council/tally.js';
import type { CycleRules } from '../cycle/cycle-rules.js';
import type { NominationTargets, RecordedEvent } from './events.js';
import { EffectKind, NominationStage, NominationStatus, type DossierDocument, type Effect, type Nominee } from './vocabulary.js';

/** How a nomination ended, and who ended it, when and why. */
export interface NominationOutcome {
  status: NominationStatus;
  stage: NominationStage;
  reason: string | null;
  by: string;
  at: string;
}

/** One nomination as people see it: the read model, and the workflow's own state. */
export interface NominationView {
  id: string;
  workflowId: string;
  cycleCode: string;
  unitCode: string;
  blockCode: string;
  reviewerUnitCode: string;
  nominee: Nominee;
  nomineeKey: string;
  achievements: string;
  initiatives: string[];
  documents: DossierDocument[];
  rules: CycleRules;
  targets: NominationTargets;
  stage: NominationStage;
  status: NominationStatus;
  changeRounds: number;
  blockScore: number | null;
  councilMembers: number | null;
  /** When the council vote opened: a vote opened after its target still gets its own window. */
  councilVoteOpenedAt: string | null;
  ballotsCast: number;
  /** Counts only, and only once the vote has closed. */
  tally: Tally | null;
  decisionNumber: string | null;
  decisionSignature: string | null;
  /** The council session the nomination is on, or passed or failed in (the council-session process; absent before it). */
  councilSessionId?: string | null;
  /** The standing office's proposal to the minister it is on, while the minister decides. */
  proposalId?: string | null;
  /** The list's one decision that recognised it. */
  decisionId?: string | null;
  /** The decision that annulled the recognition, if it was revoked (the first decision keeps its number). */
  revocationDecisionNumber: string | null;
  certificateNumber: string | null;
  conferenceRank: number | null;
  outcome: NominationOutcome | null;
  openEffects: Effect[];
  submittedAt: string;
  updatedAt: string;
  version: number;
}

const closeEffect = (effects: Effect[], kind: EffectKind): Effect[] => {
  const index = effects.map((e) => e.kind).lastIndexOf(kind);
  return index < 0 ? effects : [...effects.slice(0, index), ...effects.slice(index + 1)];
};

/**
 * The one fold over a nomination's events. Pure: the projection, the rebuild and the
 * workflow all call it, so they cannot disagree.
 */
export function evolveNomination(view: NominationView | null, event: RecordedEvent): NominationView {
  if (event.type === 'NominationSubmitted') {
    const d = event.data;
    return {
      id: d.nominationId,
      workflowId: d.workflowId,
      cycleCode: d.cycleCode,
      unitCode: d.unitCode,
      blockCode: d.blockCode,
      reviewerUnitCode: d.reviewerUnitCode,
      nominee: d.dossier.nominee,
      nomineeKey: d.nomineeKey,
      achievements: d.dossier.achievements,
      initiatives: d.dossier.initiatives,
      documents: d.dossier.documents,
      rules: d.rules,
      targets: d.targets,
      stage: NominationStage.BLOCK_REVIEW,
      status: NominationStatus.IN_PROGRESS,
      changeRounds: 0,
      blockScore: null,
      councilMembers: null,
      councilVoteOpenedAt: null,
      ballotsCast: 0,
      tally: null,
      decisionNumber: null,
      decisionSignature: null,
      councilSessionId: null,
      proposalId: null,
      decisionId: null,
      revocationDecisionNumber: null,
      certificateNumber: null,
      conferenceRank: null,
      outcome: null,
      openEffects: [],
      submittedAt: event.occurredAt,
      updatedAt: event.occurredAt,
      version: 1,
    };
  }
  if (view === null) {
    throw new Error(`${event.type} before NominationSubmitted`);
  }
  const next: NominationView = { ...view, updatedAt: event.occurredAt, version: view.version + 1 };
  const end = (status: NominationStatus, reason: string | null): NominationView => ({
    ...next,
    stage: NominationStage.CLOSED,
    status,
    outcome: { status, stage: view.stage, reason, by: event.actor, at: event.occurredAt },
  });

  switch (event.type) {
    case 'BlockListEntryAdded':
      return { ...next, openEffects: [...view.openEffects, { kind: EffectKind.BLOCK_LIST_ENTRY, ref: event.data.ref }] };
    case 'CouncilAgendaItemAdded': {
      const withItem = { ...next, openEffects: [...view.openEffects, { kind: EffectKind.COUNCIL_AGENDA_ITEM, ref: event.data.ref }] };
      return event.data.sessionId === undefined ? withItem : { ...withItem, councilSessionId: event.data.sessionId };
    }
    case 'CouncilAgendaItemRemoved':
    case 'CouncilSessionInquorate':
      // Off the agenda (or the session decided nothing): it waits for the next session.
      return { ...next, councilSessionId: null, openEffects: closeEffect(view.openEffects, EffectKind.COUNCIL_AGENDA_ITEM) };
    case 'ProposalEntryAdded':
      return {
        ...next,
        proposalId: event.data.proposalId,
        openEffects: [...view.openEffects, { kind: EffectKind.PROPOSAL_ENTRY, ref: event.data.ref }],
      };
    case 'ProposalEntryRemoved':
      return { ...next, proposalId: null, openEffects: closeEffect(view.openEffects, EffectKind.PROPOSAL_ENTRY) };
    case 'ProposalEntryCompensated':
      return { ...next, proposalId: null, openEffects: closeEffect(view.openEffects, EffectKind.PROPOSAL_ENTRY) };
    case 'NominationNotProposed':
      return end(NominationStatus.NOT_PROPOSED, event.data.reason);
    case 'ConferenceSeatReserved':
      return { ...next, openEffects: [...view.openEffects, { kind: EffectKind.CONFERENCE_SEAT, ref: event.data.ref }] };
    case 'ChangesRequested':
      return { ...next, stage: NominationStage.REVISION, changeRounds: event.data.round };
    case 'NominationResubmitted':
      return { ...next, stage: NominationStage.BLOCK_REVIEW };
    case 'BlockEndorsed':
      return { ...next, stage: NominationStage.COUNCIL_VOTE, blockScore: event.data.score };
    case 'CouncilVotingOpened':
      return { ...next, councilMembers: event.data.members, councilVoteOpenedAt: event.occurredAt, ballotsCast: 0 };
    case 'BallotCast':
      return { ...next, ballotsCast: view.ballotsCast + 1 };
    case 'CouncilVotePassed':
      return { ...next, stage: NominationStage.MINISTER_DECISION, tally: event.data.tally };
    case 'CouncilVoteFailed':
      return { ...next, tally: event.data.tally };
    case 'MinisterApproved': {
      const approved = {
        ...next,
        stage: NominationStage.AWAITING_CONFERENCE,
        decisionNumber: event.data.decisionNumber,
        decisionSignature: event.data.signature,
      };
      if (event.data.decisionId === undefined) return approved;
      // On the list's decision the proposal entry has done its work: it is no effect to undo any more.
      return {
        ...approved,
        decisionId: event.data.decisionId,
        proposalId: null,
        openEffects: closeEffect(view.openEffects, EffectKind.PROPOSAL_ENTRY),
      };
    }
    case 'MinisterRejected':
      return next;
    case 'NominationHonoured':
      return {
        ...end(NominationStatus.HONOURED, null),
        certificateNumber: event.data.certificateNumber,
        conferenceRank: event.data.rank,
      };
    case 'NominationRecognised':
      return { ...end(NominationStatus.RECOGNISED, event.data.reason), conferenceRank: event.data.rank };
    case 'ConferenceSeatReleased':
      return { ...next, openEffects: closeEffect(view.openEffects, EffectKind.CONFERENCE_SEAT) };
    case 'NominationRejected':
      return end(NominationStatus.REJECTED, event.data.reason);
    case 'NominationWithdrawn':
      return end(NominationStatus.WITHDRAWN, event.data.reason);
    case 'NominationExpired':
      return end(NominationStatus.EXPIRED, event.data.reason);
    case 'NominationRevoked':
      return { ...end(NominationStatus.REVOKED, event.data.reason), revocationDecisionNumber: event.data.decisionNumber };
    case 'NominationTargetsMoved':
      return { ...next, targets: event.data.targets };
    case 'TaskReminded':
    case 'TaskEscalated':
      return next;
    case 'BlockListEntryCompensated':
      return { ...next, openEffects: closeEffect(view.openEffects, EffectKind.BLOCK_LIST_ENTRY) };
    case 'CouncilAgendaItemCompensated':
      return { ...next, openEffects: closeEffect(view.openEffects, EffectKind.COUNCIL_AGENDA_ITEM) };
    case 'ConferenceSeatCompensated':
      return { ...next, openEffects: closeEffect(view.openEffects, EffectKind.CONFERENCE_SEAT) };
    default: {
      const unknown: never = event;
      throw new Error(`Unknown event ${JSON.stringify(unknown)}`);
    }
  }
}
