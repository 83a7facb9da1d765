import { derivedContinuousYears, type EligibilityAssessment } from '../awards/eligibility.js';
import type { Tally } from '../council/tally.js';
import type { CycleRules } from '../cycle/cycle-rules.js';
import type { SubmitCommand } from './commands.js';
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

/** How the nominee measured up to the cycle's standard at submission, as every reviewer reads it. */
export interface NominationEligibility extends EligibilityAssessment {
  /** The years of continuous titles the unit typed; the dossier shows the history's where it knows the nominee. */
  declaredYears: number;
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
  /** When the unit started it as a draft (absent when it was submitted at once). */
  draftedAt?: string;
  /**
   * What the unit changed in its last revision round (field keys, and `documents.<documentId>`), so the
   * reviewer sees what to look at again; empty when the round starts, absent before any.
   */
  revisedFields?: string[];
  /** Where the dossier goes back when resubmitted, if not to the block (the standing office returned it from the council's list). */
  returnedFrom?: typeof NominationStage.COUNCIL_VOTE;
  /** Whether the nominee met the cycle's standard when submitted (absent: the cycle has none, or not yet submitted). */
  eligibility?: NominationEligibility;
  /** When it was submitted; a draft's is the time it was started, until it is submitted. */
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
  if (event.type === 'DraftCreated') {
    return { ...opened(event.data, event.occurredAt, 1), stage: NominationStage.DRAFT, draftedAt: event.occurredAt };
  }
  if (event.type === 'NominationSubmitted') {
    // Submitted at once (the first event), or a draft submitted (its history goes on).
    const submitted = opened(event.data, event.occurredAt, (view?.version ?? 0) + 1);
    return view?.draftedAt ? { ...submitted, draftedAt: view.draftedAt } : submitted;
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
  const changed = (keys: string[]): string[] | undefined =>
    view.stage === NominationStage.DRAFT ? undefined : [...new Set([...(view.revisedFields ?? []), ...keys])];

  switch (event.type) {
    case 'DossierEdited': {
      const d = event.data;
      return {
        ...next,
        nominee: d.nominee ?? view.nominee,
        achievements: d.achievements ?? view.achievements,
        initiatives: d.initiatives ?? view.initiatives,
        revisedFields: changed(d.changed),
      };
    }
    case 'DocumentAttached': {
      const doc = event.data.document;
      const others = view.documents.filter((d) => d.documentId === undefined || d.documentId !== doc.documentId);
      return { ...next, documents: [...others, doc], revisedFields: changed([`documents.${doc.documentId ?? doc.sha256}`]) };
    }
    case 'DraftLapsed':
      return end(NominationStatus.NOT_SUBMITTED, event.data.reason);
  }
  return evolveSubmitted(view, event, next, end);
}

/** The view a nomination starts with, from its first facts (a draft's or a submission's). */
function opened(d: Omit<SubmitCommand, 'actor'>, at: string, version: number): NominationView {
  const typed = d.dossier.nominee;
  const assessed = d.eligibility;
  return {
    id: d.nominationId,
    workflowId: d.workflowId,
    cycleCode: d.cycleCode,
    unitCode: d.unitCode,
    blockCode: d.blockCode,
    reviewerUnitCode: d.reviewerUnitCode,
    // "Số năm liên tục" is the history's where it knows the nominee; the typed number stays in the event.
    nominee: assessed ? { ...typed, continuousYears: derivedContinuousYears(typed.continuousYears, assessed) } : typed,
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
    ...(assessed && { eligibility: { ...assessed, declaredYears: typed.continuousYears } }),
    submittedAt: at,
    updatedAt: at,
    version,
  };
}

/** The facts of a nomination once submitted. */
function evolveSubmitted(
  view: NominationView,
  event: Exclude<RecordedEvent, { type: 'DraftCreated' | 'NominationSubmitted' | 'DossierEdited' | 'DocumentAttached' | 'DraftLapsed' }>,
  next: NominationView,
  end: (status: NominationStatus, reason: string | null) => NominationView,
): NominationView {
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
    case 'ChangesRequested': {
      const revision = { ...next, stage: NominationStage.REVISION, changeRounds: event.data.round, revisedFields: [] };
      return event.data.from ? { ...revision, returnedFrom: event.data.from } : revision;
    }
    case 'NominationResubmitted': {
      // Back to whoever returned it: the block's reviewer, or the council's waiting list.
      const { returnedFrom, ...rest } = next;
      return { ...rest, stage: returnedFrom ?? NominationStage.BLOCK_REVIEW };
    }
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
