/**
 * Drafts and dossier edits in the tests:
 *
 *   nominationSpec.given([draftCreated()]).when(submitDraft()).then([...]);
 */
import type { CommandOfType, DossierEdit } from '../nomination/commands.js';
import type { EventOfType } from '../nomination/events.js';
import { recorded } from '../nomination/events.js';
import type { DossierDocument } from '../nomination/vocabulary.js';
import type { Actor } from '../organisation/actor.js';
import { nominatingOfficer } from './actors.js';
import { submit } from './nomination-commands.js';
import { RULES, T, TARGETS, reviewTask, submitted } from './nomination-events.js';

/** An uploaded version of a document (what the API's store answers). */
export function uploaded(kind: string, title: string, version = 1, documentId = `doc-${kind}`): DossierDocument {
  return {
    id: `${documentId}-v${version}`,
    documentId,
    version,
    kind,
    title,
    sha256: String(version).repeat(64).slice(0, 64),
    filename: `${kind.toLowerCase()}.pdf`,
    contentType: 'application/pdf',
    size: 1000 * version,
    uploadedBy: nominatingOfficer.username,
    uploadedAt: T.submitted,
  };
}

export function createDraft(overrides: Partial<CommandOfType<'CreateDraft'>> = {}): CommandOfType<'CreateDraft'> {
  const { type: _type, reviewTaskId: _task, rulesVersion: _version, ...facts } = submit();
  return { type: 'CreateDraft', ...facts, dossier: { ...facts.dossier, documents: [] }, ...overrides };
}

export function draftCreated(at = T.submitted): EventOfType<'DraftCreated'> & { key: string; actor: string; occurredAt: string } {
  const { nominationId, workflowId, cycleCode, unitCode, blockCode, reviewerUnitCode, nomineeKey, dossier, rules, targets } =
    submitted().data;
  return recorded(
    {
      type: 'DraftCreated',
      data: {
        nominationId,
        workflowId,
        cycleCode,
        unitCode,
        blockCode,
        reviewerUnitCode,
        nomineeKey,
        dossier: { ...dossier, documents: [] },
        rules,
        targets,
      },
    },
    'DraftCreated',
    nominatingOfficer.username,
    at,
  );
}

export function documentAttached(document: DossierDocument, round = 0, at: string = T.submitted) {
  return recorded(
    { type: 'DocumentAttached' as const, data: { document, round } },
    `DocumentAttached:${document.id}`,
    nominatingOfficer.username,
    at,
  );
}

export const editDossier = (edit: DossierEdit, actor: Actor = nominatingOfficer): CommandOfType<'EditDossier'> => ({
  type: 'EditDossier',
  actor,
  edit,
});

export const attachDocument = (document: DossierDocument, actor: Actor = nominatingOfficer): CommandOfType<'AttachDocument'> => ({
  type: 'AttachDocument',
  actor,
  document,
});

export function submitDraft(overrides: Partial<CommandOfType<'SubmitDraft'>> = {}): CommandOfType<'SubmitDraft'> {
  return {
    type: 'SubmitDraft',
    actor: nominatingOfficer,
    reviewerUnitCode: submitted().data.reviewerUnitCode,
    rules: RULES,
    targets: TARGETS,
    reviewTaskId: reviewTask(1),
    rulesVersion: 1,
    ...overrides,
  };
}
