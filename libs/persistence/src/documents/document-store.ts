import { createHash } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';

/**
 * Where the bytes of dossiers' files live, addressed by their SHA-256: the same content is kept
 * once however many versions name it. PostgreSQL by default; another store (an object store)
 * may implement this later, the versions' metadata staying in PostgreSQL either way.
 */
export interface DocumentStore {
  /** Keeps the content (once) and answers its SHA-256. */
  put(content: Buffer): Promise<string>;
  /** The content, or null if the store does not hold it. */
  get(sha256: string): Promise<Buffer | null>;
  exists(sha256: string): Promise<boolean>;
}

export const sha256Of = (content: Buffer): string => createHash('sha256').update(content).digest('hex');

/**
 * The files in the `document_blobs` table. Given the caller's EntityManager it writes inside the
 * caller's transaction, so a refusal later in that transaction leaves no orphan content.
 */
export class PgDocumentStore implements DocumentStore {
  constructor(private readonly db: DataSource | EntityManager) {}

  async put(content: Buffer): Promise<string> {
    const sha256 = sha256Of(content);
    // Two uploads of the same content race harmlessly: the second keeps the first's row.
    await this.db.query(`INSERT INTO document_blobs (sha256, content, size) VALUES ($1, $2, $3) ON CONFLICT (sha256) DO NOTHING`, [
      sha256,
      content,
      content.length,
    ]);
    return sha256;
  }

  async get(sha256: string): Promise<Buffer | null> {
    const [row]: { content: Buffer }[] = await this.db.query(`SELECT content FROM document_blobs WHERE sha256 = $1`, [sha256]);
    return row?.content ?? null;
  }

  async exists(sha256: string): Promise<boolean> {
    const [row]: unknown[] = await this.db.query(`SELECT 1 FROM document_blobs WHERE sha256 = $1`, [sha256]);
    return row !== undefined;
  }
}
