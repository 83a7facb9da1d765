import { DOSSIER_FIELD_LABELS } from '../labels.js';
import { formatDay } from '../time/hanoi-time.js';
import type { RecordedEvent } from './events.js';
import { evolveNomination, type NominationView } from './view.js';
import type { DossierDocument } from './vocabulary.js';

/** One field of the dossier as it was when changes were asked for, and as it is now, as people read them. */
export interface FieldChange {
  key: string;
  label: string;
  before: string;
  after: string;
}

/** A document added or given a new version since changes were asked for (`before` null: added). */
export interface DocumentChange {
  kind: string;
  title: string;
  before: DossierDocument | null;
  after: DossierDocument;
}

/** What the last change request asked, and what the unit changed since, side by side. */
export interface ChangesSinceRequest {
  request: {
    round: number;
    reason: string;
    fields: string[];
    documents: string[];
    requestedAt: string;
    requestedBy: string;
    revisionDueAt: string;
    /** Set when the standing office returned it from the council's list. */
    from: string | null;
  };
  fields: FieldChange[];
  documents: DocumentChange[];
}

/**
 * The reviewer's view of a revision: the dossier folded up to the last change request, against
 * the dossier now. Null when changes were never asked for. Pure: from the recorded events alone.
 */
export function changesSinceRequest(events: readonly RecordedEvent[]): ChangesSinceRequest | null {
  const last = events.map((e) => e.type).lastIndexOf('ChangesRequested');
  if (last < 0) return null;
  const request = events[last] as Extract<RecordedEvent, { type: 'ChangesRequested' }>;
  const before = fold(events.slice(0, last + 1));
  const after = fold(events);
  return {
    request: {
      round: request.data.round,
      reason: request.data.reason,
      fields: request.data.fields ?? [],
      documents: request.data.documents ?? [],
      requestedAt: request.occurredAt,
      requestedBy: request.actor,
      revisionDueAt: request.data.revisionDueAt,
      from: request.data.from ?? null,
    },
    fields: fieldChanges(before, after),
    documents: documentChanges(before.documents, after.documents),
  };
}

function fold(events: readonly RecordedEvent[]): NominationView {
  let view: NominationView | null = null;
  for (const event of events) view = evolveNomination(view, event);
  return view as NominationView;
}

/** Each dossier field as a person reads it: a day as dd/MM/yyyy, yes or no, initiatives one per line. */
function readable(view: NominationView, key: string): string {
  const n = view.nominee;
  switch (key) {
    case 'nominee.fullName':
      return n.fullName;
    case 'nominee.dateOfBirth':
      return n.dateOfBirth ? formatDay(n.dateOfBirth) : '';
    case 'nominee.position':
      return n.position ?? '';
    case 'nominee.field':
      return n.field;
    case 'nominee.remoteArea':
      return n.remoteArea ? 'Có' : 'Không';
    case 'nominee.continuousYears':
      return String(n.continuousYears);
    case 'achievements':
      return view.achievements;
    case 'initiatives':
      return view.initiatives.join('\n');
    default:
      return '';
  }
}

function fieldChanges(before: NominationView, after: NominationView): FieldChange[] {
  return Object.entries(DOSSIER_FIELD_LABELS).flatMap(([key, label]) => {
    const was = readable(before, key);
    const now = readable(after, key);
    return was === now ? [] : [{ key, label, before: was, after: now }];
  });
}

function documentChanges(before: readonly DossierDocument[], after: readonly DossierDocument[]): DocumentChange[] {
  return after.flatMap((doc) => {
    const was = before.find((d) => (doc.documentId ? d.documentId === doc.documentId : d.kind === doc.kind && d.title === doc.title));
    if (was && was.id === doc.id && was.sha256 === doc.sha256) return [];
    return [{ kind: doc.kind, title: doc.title, before: was ?? null, after: doc }];
  });
}
