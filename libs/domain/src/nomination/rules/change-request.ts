import { DomainError, type FieldProblem } from '../../errors.js';
import { DOSSIER_FIELD_LABELS } from '../../labels.js';
import type { NominationView } from '../view.js';

/** What a change request names, checked: known dossier fields, and kinds of document of the dossier or the cycle. */
export interface ChangeTargets {
  fields?: string[];
  documents?: string[];
}

/**
 * The fields and documents a reviewer names when asking for changes, refused (INVALID, each
 * unknown one named) unless they are dossier fields (DOSSIER_FIELD_LABELS) and kinds of document
 * the dossier has or the cycle requires. Only what was named is recorded, each once.
 */
export function changeTargets(view: NominationView, named: ChangeTargets): ChangeTargets {
  const problems: FieldProblem[] = [];
  const fields = [...new Set(named.fields ?? [])];
  const documents = [...new Set(named.documents ?? [])];
  const kinds = new Set([...view.documents.map((d) => d.kind), ...(view.rules.requiredDocuments ?? []).map((d) => d.kind)]);
  fields.forEach((f, i) => {
    if (!(f in DOSSIER_FIELD_LABELS)) {
      problems.push({ field: `fields.${i}`, code: 'UNKNOWN_FIELD', message: `Hồ sơ không có mục “${f}” để yêu cầu bổ sung` });
    }
  });
  documents.forEach((k, i) => {
    if (!kinds.has(k)) {
      problems.push({
        field: `documents.${i}`,
        code: 'UNKNOWN_DOCUMENT',
        message: `Hồ sơ không có, và đợt không yêu cầu, loại tài liệu “${k}”`,
      });
    }
  });
  if (problems.length) {
    throw new DomainError('INVALID', 'VALIDATION_FAILED', 'Yêu cầu bổ sung nêu mục hoặc tài liệu không có trong hồ sơ.', { problems });
  }
  return { ...(fields.length && { fields }), ...(documents.length && { documents }) };
}

/** "Thành tích; Báo cáo thành tích": what a change request named, as the unit reads it. */
export function changeTargetsText(view: Pick<NominationView, 'documents' | 'rules'>, named: ChangeTargets): string {
  const titleOf = (kind: string) =>
    view.documents.find((d) => d.kind === kind)?.title ?? view.rules.requiredDocuments?.find((d) => d.kind === kind)?.title ?? kind;
  return [...(named.fields ?? []).map((f) => DOSSIER_FIELD_LABELS[f] ?? f), ...(named.documents ?? []).map(titleOf)].join('; ');
}
