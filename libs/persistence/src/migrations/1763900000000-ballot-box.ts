import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The ballot box: sealed choices of secret ballots, by nomination only. Who voted is in the
 * event stream (BallotCast); how is here, sealed, and the two are not linked.
 */
export class BallotBox1763900000000 implements MigrationInterface {
  name = 'BallotBox1763900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE ballot_box (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        nomination_id uuid NOT NULL,
        sealed_choice text NOT NULL
      )`);
    await q.query(`CREATE INDEX ballot_box_nomination_idx ON ballot_box (nomination_id)`);
    await q.query(`
      CREATE TRIGGER ballot_box_append_only
      BEFORE UPDATE OR DELETE ON ballot_box
      FOR EACH ROW EXECUTE FUNCTION refuse_rewriting_history()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS ballot_box`);
  }
}
