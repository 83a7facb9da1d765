import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A cycle's eligibility standard (which titles, how many consecutive years, up to which year, and
 * whether a nominee short of it is refused or flagged), checked against the award history at
 * submission. Cycles created before it have none and check nothing.
 */
export class CycleEligibility1764540000000 implements MigrationInterface {
  name = 'CycleEligibility1764540000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE cycles ADD COLUMN eligibility jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE cycles DROP COLUMN eligibility`);
  }
}
