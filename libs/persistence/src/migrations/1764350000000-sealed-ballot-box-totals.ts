import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A session's running totals move into its ballot box's row, sealed (see sealed-totals.ts), and the
 * box keeps the totals it counted, so a retried count reads the same. `ballot_box_totals` (running
 * totals in the clear) takes no more ballots; boxes opened before this still count what it holds.
 */
export class SealedBallotBoxTotals1764350000000 implements MigrationInterface {
  name = 'SealedBallotBoxTotals1764350000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE ballot_boxes ADD COLUMN sealed_totals bytea, ADD COLUMN counted_totals jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE ballot_boxes DROP COLUMN IF EXISTS sealed_totals, DROP COLUMN IF EXISTS counted_totals`);
  }
}
