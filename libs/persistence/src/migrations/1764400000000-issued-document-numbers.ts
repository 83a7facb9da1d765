import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One register of every number the engine has issued, whoever gave it: the list's decisions, the
 * older process's per-nomination decisions and the revocations, from the engine's counter or
 * entered as the records office (văn thư) gave it. A number is unique within its year (the
 * Ministry numbers from 1 again each year), written in the same transaction as what it numbers,
 * so an entered number cannot repeat a register number, nor the other way round.
 *
 * Backfilled from what exists: the decisions first, then the numbers the nominations' events
 * carry (approvals of the older process, revocations) that no decision has. Should two documents
 * already share a number (a revocation numbered by the register over a number the records office
 * had entered, before this), the first keeps the row: it is history, and the register will not
 * issue that number again.
 *
 * decisions.number was unique across years; it becomes unique within its year, as the register is.
 */
export class IssuedDocumentNumbers1764400000000 implements MigrationInterface {
  name = 'IssuedDocumentNumbers1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE issued_document_numbers (
        year int NOT NULL,
        number text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('LIST_DECISION', 'NOMINATION_DECISION', 'REVOCATION')),
        -- the decision's id (LIST_DECISION) or the nomination's (the others)
        ref text NOT NULL,
        issued_at timestamptz NOT NULL,
        PRIMARY KEY (year, number)
      )`);
    await q.query(`
      INSERT INTO issued_document_numbers (year, number, kind, ref, issued_at)
      SELECT year, number, 'LIST_DECISION', id::text, signed_at FROM decisions
      ORDER BY signed_at
      ON CONFLICT DO NOTHING`);
    // Hanoi is UTC+7 all year (hanoiYear in the domain).
    await q.query(`
      INSERT INTO issued_document_numbers (year, number, kind, ref, issued_at)
      SELECT extract(year FROM (e.occurred_at AT TIME ZONE 'UTC') + interval '7 hours')::int,
             e.data->>'decisionNumber',
             CASE e.type WHEN 'NominationRevoked' THEN 'REVOCATION' ELSE 'NOMINATION_DECISION' END,
             e.nomination_id::text,
             e.occurred_at
      FROM nomination_events e
      WHERE e.type IN ('MinisterApproved', 'NominationRevoked')
        AND coalesce(e.data->>'decisionNumber', '') <> ''
        AND NOT EXISTS (SELECT 1 FROM decisions d WHERE d.number = e.data->>'decisionNumber')
      ORDER BY e.position
      ON CONFLICT DO NOTHING`);
    await q.query(`ALTER TABLE decisions DROP CONSTRAINT decisions_number_key`);
    await q.query(`ALTER TABLE decisions ADD CONSTRAINT decisions_year_number_key UNIQUE (year, number)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE decisions DROP CONSTRAINT IF EXISTS decisions_year_number_key`);
    await q.query(`ALTER TABLE decisions ADD CONSTRAINT decisions_number_key UNIQUE (number)`);
    await q.query(`DROP TABLE IF EXISTS issued_document_numbers`);
  }
}
