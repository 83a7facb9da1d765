import { DomainError, type FieldProblem } from '../../errors.js';
import { hasRole, Role, type Actor } from '../../organisation/actor.js';
import type { CommandOfType, DossierEdit } from '../commands.js';
import type { NominationEvent } from '../events.js';
import type { NominationState } from '../state.js';
import type { NominationView } from '../view.js';
import { NominationStage, NominationStatus, type DossierDocument, type Nominee, type RequiredDocument } from '../vocabulary.js';
import { requireStage } from './guards.js';

/*
 * A dossier before it is submitted (a draft) and while its unit revises it: only its own unit
 * changes it, and only then. A draft is not a submission: it has no reviewer task, no effect
 * outside itself, and lapses at the cutoff if never submitted.
 */

/** A draft, or a draft never submitted: its unit's alone (nobody else reads or counts it). */
export function isUnsubmittedDraft(view: Pick<NominationView, 'stage' | 'status'>): boolean {
  return view.stage === NominationStage.DRAFT || view.status === NominationStatus.NOT_SUBMITTED;
}

/** A unit starts a dossier as a draft. */
export function decideDraft(cmd: CommandOfType<'CreateDraft'>): NominationEvent[] {
  const { actor: _actor, type: _type, ...facts } = cmd;
  return [{ type: 'DraftCreated', data: facts }];
}

/** The unit changes fields of its dossier; nothing is recorded when nothing changes. */
export function decideDossierEdit(state: NominationState, cmd: CommandOfType<'EditDossier'>): NominationEvent[] {
  requireOwnUnit(state, cmd.actor, 'sửa hồ sơ này');
  requireStage(state, NominationStage.DRAFT, NominationStage.REVISION);
  const { view } = state;
  const nominee: Nominee = { ...view.nominee, ...definedOnly(cmd.edit.nominee ?? {}) };
  const changed = changedFields(view, cmd.edit, nominee);
  if (changed.length === 0) return [];
  return [
    {
      type: 'DossierEdited',
      data: {
        changed,
        round: view.changeRounds,
        ...(changed.some((f) => f.startsWith('nominee.')) && { nominee }),
        ...(changed.includes('achievements') && { achievements: cmd.edit.achievements }),
        ...(changed.includes('initiatives') && { initiatives: cmd.edit.initiatives }),
      },
    },
  ];
}

/** A document, or a new version of one, joins the dossier. The file itself is kept by the API's store. */
export function decideDocumentAttachment(state: NominationState, cmd: CommandOfType<'AttachDocument'>): NominationEvent[] {
  requireOwnUnit(state, cmd.actor, 'bổ sung tài liệu cho hồ sơ này');
  requireStage(state, NominationStage.DRAFT, NominationStage.REVISION);
  return [{ type: 'DocumentAttached', data: { document: cmd.document, round: state.view.changeRounds } }];
}

/** The draft is submitted, with every document the cycle requires: it enters its block's review. */
export function decideDraftSubmission(state: NominationState, cmd: CommandOfType<'SubmitDraft'>): NominationEvent[] {
  requireOwnUnit(state, cmd.actor, 'nộp hồ sơ này');
  requireStage(state, NominationStage.DRAFT);
  const { view } = state;
  requireDocuments(cmd.rules.requiredDocuments ?? [], view.documents);
  return [
    {
      type: 'NominationSubmitted',
      data: {
        nominationId: view.id,
        workflowId: view.workflowId,
        cycleCode: view.cycleCode,
        unitCode: view.unitCode,
        blockCode: view.blockCode,
        reviewerUnitCode: cmd.reviewerUnitCode,
        nomineeKey: view.nomineeKey,
        dossier: { nominee: view.nominee, achievements: view.achievements, initiatives: view.initiatives, documents: view.documents },
        rules: cmd.rules,
        targets: cmd.targets,
        ...(cmd.eligibility && { eligibility: cmd.eligibility }),
        reviewTaskId: cmd.reviewTaskId,
        ...(cmd.rulesVersion > 1 && { rulesVersion: cmd.rulesVersion }),
      },
    },
    { type: 'BlockListEntryAdded', data: { ref: `${view.blockCode}/${view.cycleCode}` } },
  ];
}

/** The cutoff passed and the unit never submitted its draft: it is kept, and ends as never submitted. */
export function decideDraftLapse(state: NominationState, cmd: CommandOfType<'LapseDraft'>): NominationEvent[] {
  if (state.view.stage !== NominationStage.DRAFT) return [];
  return [{ type: 'DraftLapsed', data: { cutoff: cmd.cutoff, reason: 'Hết hạn nộp hồ sơ mà đơn vị chưa nộp bản nháp.' } }];
}

/**
 * Refuses (422, naming each) when a required document has no uploaded file in the dossier.
 * A document is there when one of its kind has a file (a checksum typed by hand is not a file).
 */
export function requireDocuments(required: readonly RequiredDocument[], documents: readonly DossierDocument[]): void {
  const missing = missingDocuments(required, documents);
  if (missing.length === 0) return;
  const problems: FieldProblem[] = missing.map((doc) => ({
    field: `documents.${doc.kind}`,
    code: 'DOCUMENTS_MISSING',
    message: `Hồ sơ còn thiếu tài liệu bắt buộc: ${doc.title}.`,
  }));
  throw new DomainError(
    'UNPROCESSABLE',
    'DOCUMENTS_MISSING',
    `Hồ sơ còn thiếu ${missing.length} tài liệu bắt buộc: ${missing.map((d) => d.title).join('; ')}. ` +
      'Xin vui lòng tải lên trước khi nộp.',
    { field: 'documents', problems },
  );
}

export function missingDocuments(required: readonly RequiredDocument[], documents: readonly DossierDocument[]): RequiredDocument[] {
  return required.filter((r) => !documents.some((d) => d.kind === r.kind && d.id !== undefined));
}

function requireOwnUnit(state: NominationState, actor: Actor, what: string): void {
  if (actor.unitCode !== state.view.unitCode || !hasRole(actor, Role.UNIT_OFFICER)) {
    throw new DomainError('FORBIDDEN', 'NOT_NOMINATING_UNIT', `Chỉ cán bộ của đơn vị ${state.view.unitCode} mới được ${what}.`);
  }
}

const NOMINEE_FIELDS = ['fullName', 'dateOfBirth', 'position', 'field', 'remoteArea', 'continuousYears'] as const;

function changedFields(view: NominationState['view'], edit: DossierEdit, nominee: Nominee): string[] {
  const changed: string[] = NOMINEE_FIELDS.filter((f) => nominee[f] !== view.nominee[f]).map((f) => `nominee.${f}`);
  if (edit.achievements !== undefined && edit.achievements !== view.achievements) changed.push('achievements');
  if (edit.initiatives !== undefined && JSON.stringify(edit.initiatives) !== JSON.stringify(view.initiatives)) changed.push('initiatives');
  return changed;
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
