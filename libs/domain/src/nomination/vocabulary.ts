/** Names that API clients rely on: keep them exactly. */
export const NominationStage = {
  /** Being prepared by its unit: not a submission, seen by the unit only. */
  DRAFT: 'DRAFT',
  BLOCK_REVIEW: 'BLOCK_REVIEW',
  REVISION: 'REVISION',
  COUNCIL_VOTE: 'COUNCIL_VOTE',
  MINISTER_DECISION: 'MINISTER_DECISION',
  AWAITING_CONFERENCE: 'AWAITING_CONFERENCE',
  CLOSED: 'CLOSED',
} as const;
export type NominationStage = (typeof NominationStage)[keyof typeof NominationStage];
export const NOMINATION_STAGES = Object.values(NominationStage);

export const NominationStatus = {
  IN_PROGRESS: 'IN_PROGRESS',
  HONOURED: 'HONOURED',
  RECOGNISED: 'RECOGNISED',
  REJECTED: 'REJECTED',
  WITHDRAWN: 'WITHDRAWN',
  EXPIRED: 'EXPIRED',
  REVOKED: 'REVOKED',
  /** Passed the council but not on the list the minister approved (beyond the quota, or the spread rules). */
  NOT_PROPOSED: 'NOT_PROPOSED',
  /** A draft its unit never submitted before the cutoff (kept, not deleted). */
  NOT_SUBMITTED: 'NOT_SUBMITTED',
} as const;
export type NominationStatus = (typeof NominationStatus)[keyof typeof NominationStatus];
export const NOMINATION_STATUSES = Object.values(NominationStatus);

export const NomineeKind = { INDIVIDUAL: 'INDIVIDUAL', COLLECTIVE: 'COLLECTIVE' } as const;
export type NomineeKind = (typeof NomineeKind)[keyof typeof NomineeKind];
export const NOMINEE_KINDS = Object.values(NomineeKind);

export const TaskType = {
  BLOCK_REVIEW: 'BLOCK_REVIEW',
  REVISION: 'REVISION',
  COUNCIL_BALLOT: 'COUNCIL_BALLOT',
  MINISTER_DECISION: 'MINISTER_DECISION',
} as const;
export type TaskType = (typeof TaskType)[keyof typeof TaskType];
export const TASK_TYPES = Object.values(TaskType);

export const TaskDecision = {
  ENDORSE: 'ENDORSE',
  REQUEST_CHANGES: 'REQUEST_CHANGES',
  REJECT: 'REJECT',
  RESUBMIT: 'RESUBMIT',
  AGREE: 'AGREE',
  DISAGREE: 'DISAGREE',
  ABSTAIN: 'ABSTAIN',
  APPROVE: 'APPROVE',
  /** The minister returns the standing office's proposal (tờ trình). */
  RETURN: 'RETURN',
} as const;
export type TaskDecision = (typeof TaskDecision)[keyof typeof TaskDecision];
export const TASK_DECISIONS = Object.values(TaskDecision);

/** The decisions each kind of task takes. */
export const DECISIONS_BY_TASK: Record<TaskType, readonly TaskDecision[]> = {
  BLOCK_REVIEW: ['ENDORSE', 'REQUEST_CHANGES', 'REJECT'],
  REVISION: ['RESUBMIT'],
  COUNCIL_BALLOT: ['AGREE', 'DISAGREE', 'ABSTAIN'],
  MINISTER_DECISION: ['APPROVE', 'REJECT'],
};

/** Effects a nomination leaves outside its own process; each is undone once if it fails. */
export const EffectKind = {
  BLOCK_LIST_ENTRY: 'BLOCK_LIST_ENTRY',
  COUNCIL_AGENDA_ITEM: 'COUNCIL_AGENDA_ITEM',
  CONFERENCE_SEAT: 'CONFERENCE_SEAT',
  /** A place on the standing office's proposal to the minister. */
  PROPOSAL_ENTRY: 'PROPOSAL_ENTRY',
} as const;
export type EffectKind = (typeof EffectKind)[keyof typeof EffectKind];

export interface Effect {
  kind: EffectKind;
  /** A readable reference, e.g. the block code or the agenda item. */
  ref: string;
}

export interface Nominee {
  kind: NomineeKind;
  fullName: string;
  /** YYYY-MM-DD; with the full name it says who an individual is (absent for collectives and older dossiers). */
  dateOfBirth?: string;
  position?: string;
  field: string;
  remoteArea: boolean;
  continuousYears: number;
}

/**
 * A document of the dossier. An uploaded one is a version of a document (`documentId`, `version`):
 * the file is kept by the API's store, the nomination records which version it holds. Dossiers
 * from before uploads have a kind, a title and a checksum typed by the unit, and no file.
 */
export interface DossierDocument {
  kind: string;
  title: string;
  sha256: string;
  /** The version's own id (GET /documents/:id). */
  id?: string;
  documentId?: string;
  version?: number;
  filename?: string;
  contentType?: string;
  size?: number;
  uploadedBy?: string;
  uploadedAt?: string;
}

/** A document every dossier of a cycle must have (e.g. báo cáo thành tích). */
export interface RequiredDocument {
  kind: string;
  title: string;
}

export interface Dossier {
  nominee: Nominee;
  achievements: string;
  initiatives: string[];
  documents: DossierDocument[];
}
