import { randomUUID } from 'node:crypto';
import type { DossierDocument } from '#domain';
import type { DataSource, EntityManager } from 'typeorm';
import { PgDocumentStore, type DocumentStore } from './document-store.js';

/*
 * The files of dossiers, in PostgreSQL (in the same backups as everything else): each content
 * once, by its SHA-256 (document_blobs), and every version of every document that names it
 * (document_versions), never updated nor deleted. A replaced document is a new version.
 * The bytes go through a DocumentStore; the versions' metadata stays here whatever the store.
 */

export interface NewDocumentVersion {
  nominationId: string;
  kind: string;
  title: string;
  filename: string;
  contentType: string;
  content: Buffer;
  uploadedBy: string;
  /** Replaces this document (a new version of it); otherwise the same kind and title of the dossier is replaced, or a new document begins. */
  documentId?: string;
}

export type StoredDocument = DossierDocument & { id: string; documentId: string; version: number };

/**
 * Stores a version inside the caller's transaction, so that a refusal after it leaves nothing.
 * Null, writing nothing, when `documentId` is not a document of this nomination: a version of
 * another dossier's document (or an id the client made up) is not taken.
 */
export async function storeDocumentVersion(
  m: EntityManager,
  v: NewDocumentVersion,
  store: DocumentStore = new PgDocumentStore(m),
): Promise<StoredDocument | null> {
  // One upload of a dossier at a time: two at once would both take the same next version, or
  // both begin a document of the same kind and title.
  await m.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`document_versions:${v.nominationId}`]);
  // A document is found by its id, or by the kind and title of its latest version (a renamed one answers to its new title).
  const [previous]: { document_id: string; version: number }[] = await m.query(
    `SELECT document_id, version FROM (
       SELECT DISTINCT ON (document_id) document_id, version, kind, title
       FROM document_versions WHERE nomination_id = $1 ORDER BY document_id, version DESC
     ) latest
     WHERE document_id::text = $2 OR ($2 = '' AND kind = $3 AND title = $4)
     ORDER BY version DESC LIMIT 1`,
    [v.nominationId, v.documentId ?? '', v.kind, v.title],
  );
  if (v.documentId && !previous) return null;
  const sha256 = await store.put(v.content);
  const id = randomUUID();
  const documentId = previous?.document_id ?? randomUUID();
  const version = (previous?.version ?? 0) + 1;
  const [row]: { uploaded_at: Date }[] = await m.query(
    `INSERT INTO document_versions (id, nomination_id, document_id, version, kind, title, filename, content_type, size, sha256, uploaded_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING uploaded_at`,
    [id, v.nominationId, documentId, version, v.kind, v.title, v.filename, v.contentType, v.content.length, sha256, v.uploadedBy],
  );
  return {
    id,
    documentId,
    version,
    kind: v.kind,
    title: v.title,
    sha256,
    filename: v.filename,
    contentType: v.contentType,
    size: v.content.length,
    uploadedBy: v.uploadedBy,
    uploadedAt: row.uploaded_at.toISOString(),
  };
}

export interface StoredDocumentVersion {
  nominationId: string;
  filename: string;
  contentType: string;
  sha256: string;
  content: Buffer;
}

/** One version with its content, or null. */
export async function readDocumentVersion(
  db: DataSource | EntityManager,
  id: string,
  store: DocumentStore = new PgDocumentStore(db),
): Promise<StoredDocumentVersion | null> {
  const [row]: { nomination_id: string; filename: string; content_type: string; sha256: string }[] = await db.query(
    `SELECT nomination_id, filename, content_type, sha256 FROM document_versions WHERE id = $1`,
    [id],
  );
  const content = row && (await store.get(row.sha256));
  return row && content
    ? { nominationId: row.nomination_id, filename: row.filename, contentType: row.content_type, sha256: row.sha256, content }
    : null;
}

/** A document of a dossier with every version of it, oldest first. */
export interface DocumentHistory {
  documentId: string;
  versions: StoredDocument[];
}

/** Every version of every document of a nomination (without their bytes), by document, in the order they began. */
export async function documentVersionsOf(db: DataSource | EntityManager, nominationId: string): Promise<DocumentHistory[]> {
  const rows: VersionRow[] = await db.query(
    `SELECT id, document_id, version, kind, title, filename, content_type, size, sha256, uploaded_by, uploaded_at
     FROM document_versions WHERE nomination_id = $1
     ORDER BY min(uploaded_at) OVER (PARTITION BY document_id), document_id, version`,
    [nominationId],
  );
  const byDocument = new Map<string, StoredDocument[]>();
  for (const r of rows) {
    const versions = byDocument.get(r.document_id) ?? [];
    versions.push({
      id: r.id,
      documentId: r.document_id,
      version: r.version,
      kind: r.kind,
      title: r.title,
      filename: r.filename,
      contentType: r.content_type,
      size: r.size,
      sha256: r.sha256,
      uploadedBy: r.uploaded_by,
      uploadedAt: r.uploaded_at.toISOString(),
    });
    byDocument.set(r.document_id, versions);
  }
  return [...byDocument].map(([documentId, versions]) => ({ documentId, versions }));
}

interface VersionRow {
  id: string;
  document_id: string;
  version: number;
  kind: string;
  title: string;
  filename: string;
  content_type: string;
  size: number;
  sha256: string;
  uploaded_by: string;
  uploaded_at: Date;
}
