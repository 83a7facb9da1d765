import { createHash, randomUUID } from 'node:crypto';
import type { DossierDocument } from '#domain';
import type { DataSource, EntityManager } from 'typeorm';

/*
 * The files of dossiers, in PostgreSQL (in the same backups as everything else): each content
 * once, by its SHA-256 (document_blobs), and every version of every document that names it
 * (document_versions), never updated nor deleted. A replaced document is a new version.
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

/** Stores a version inside the caller's transaction, so that a refusal after it leaves nothing. */
export async function storeDocumentVersion(m: EntityManager, v: NewDocumentVersion): Promise<DossierDocument & { id: string }> {
  const sha256 = createHash('sha256').update(v.content).digest('hex');
  await m.query(`INSERT INTO document_blobs (sha256, content, size) VALUES ($1, $2, $3) ON CONFLICT (sha256) DO NOTHING`, [
    sha256,
    v.content,
    v.content.length,
  ]);
  const [previous]: { document_id: string; version: number }[] = await m.query(
    `SELECT document_id, version FROM document_versions
     WHERE nomination_id = $1 AND (document_id::text = $2 OR ($2 = '' AND kind = $3 AND title = $4))
     ORDER BY version DESC LIMIT 1 FOR UPDATE`,
    [v.nominationId, v.documentId ?? '', v.kind, v.title],
  );
  const id = randomUUID();
  const documentId = previous?.document_id ?? v.documentId ?? randomUUID();
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
export async function readDocumentVersion(db: DataSource | EntityManager, id: string): Promise<StoredDocumentVersion | null> {
  const [row]: { nomination_id: string; filename: string; content_type: string; sha256: string; content: Buffer }[] = await db.query(
    `SELECT v.nomination_id, v.filename, v.content_type, v.sha256, b.content
     FROM document_versions v JOIN document_blobs b ON b.sha256 = v.sha256 WHERE v.id = $1`,
    [id],
  );
  return row
    ? { nominationId: row.nomination_id, filename: row.filename, contentType: row.content_type, sha256: row.sha256, content: row.content }
    : null;
}
