import { nomineeIdentity, type Nominee } from '#domain';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Dossiers as units prepare them. Who is nominated in a cycle, once: a claim per nominee (an individual by name and date of birth,
 * whatever unit nominates them; a collective within its unit), taken by the API before a
 * nomination's process starts (the primary key refuses a second one, race-free) and given up when
 * the nomination is withdrawn or its draft lapses, so the nominee may be nominated again.
 *
 * Until now one nominee per unit per cycle was a unique constraint on the read model, for ever:
 * it goes, since a withdrawn nominee may come back. Backfilled from the nominations still live.
 * Cycles list the documents a dossier requires; dossiers' files are kept, each content once.
 */
export class Dossiers1764520000000 implements MigrationInterface {
  name = 'Dossiers1764520000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE nominee_claims (
        cycle_code text NOT NULL,
        identity_key text NOT NULL,
        nomination_id uuid NOT NULL,
        unit_code text NOT NULL,
        claimed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (cycle_code, identity_key)
      )`);
    await q.query(`CREATE INDEX nominee_claims_nomination ON nominee_claims (nomination_id)`);
    const live: { id: string; cycle_code: string; unit_code: string; nominee: Nominee }[] = await q.query(
      `SELECT id, cycle_code, unit_code, view->'nominee' AS nominee FROM nominations WHERE status NOT IN ('WITHDRAWN', 'NOT_SUBMITTED')`,
    );
    for (const n of live) {
      await q.query(
        `INSERT INTO nominee_claims (cycle_code, identity_key, nomination_id, unit_code) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
        [n.cycle_code, nomineeIdentity(n.unit_code, n.nominee), n.id, n.unit_code],
      );
    }
    await q.query(`ALTER TABLE nominations DROP CONSTRAINT nominations_nominee_unique`);
    await q.query(`CREATE INDEX nominations_cycle_nominee ON nominations (cycle_code, unit_code, nominee_key)`);
    // The documents a cycle requires of every dossier (none for the cycles before).
    await q.query(`ALTER TABLE cycles ADD COLUMN required_documents jsonb NOT NULL DEFAULT '[]'`);
    // The files of dossiers: each content once, every version of every document (see dossier-documents.ts).
    await q.query(`
      CREATE TABLE document_blobs (
        sha256 char(64) PRIMARY KEY,
        content bytea NOT NULL,
        size int NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE document_versions (
        id uuid PRIMARY KEY,
        nomination_id uuid NOT NULL,
        document_id uuid NOT NULL,
        version int NOT NULL,
        kind text NOT NULL,
        title text NOT NULL,
        filename text NOT NULL,
        content_type text NOT NULL,
        size int NOT NULL,
        sha256 char(64) NOT NULL REFERENCES document_blobs (sha256),
        uploaded_by text NOT NULL,
        uploaded_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (document_id, version)
      )`);
    await q.query(`CREATE INDEX document_versions_nomination ON document_versions (nomination_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE document_versions`);
    await q.query(`DROP TABLE document_blobs`);
    await q.query(`ALTER TABLE cycles DROP COLUMN required_documents`);
    await q.query(`DROP INDEX nominations_cycle_nominee`);
    await q.query(`ALTER TABLE nominations ADD CONSTRAINT nominations_nominee_unique UNIQUE (cycle_code, unit_code, nominee_key)`);
    await q.query(`DROP TABLE nominee_claims`);
  }
}
