import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who received which emulation title or award in which year: imported from the units'
 * spreadsheets, and added to by every honour the engine confers. One row per holder, title and
 * year (the same fact imported twice, or imported and then conferred, is kept once). Holders are
 * found by `identity_key` (the key a nomination's nominee has: an individual by name and date of
 * birth, a collective by its name within its unit).
 */
export class AwardHistory1764530000000 implements MigrationInterface {
  name = 'AwardHistory1764530000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE award_history (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        identity_key text NOT NULL,
        full_name text NOT NULL,
        date_of_birth date,
        unit_code text NOT NULL,
        nominee_kind text NOT NULL CHECK (nominee_kind IN ('INDIVIDUAL', 'COLLECTIVE')),
        title_code text NOT NULL,
        year int NOT NULL,
        decision_ref text,
        source text NOT NULL CHECK (source IN ('IMPORT', 'ENGINE')),
        -- the file and row it was imported from, or the nomination that conferred it
        source_ref text NOT NULL,
        recorded_by text NOT NULL,
        recorded_at timestamptz NOT NULL,
        CONSTRAINT award_history_holder_title_year UNIQUE (identity_key, title_code, year),
        -- an individual is known by name and date of birth; a collective has none
        CONSTRAINT award_history_birth_date CHECK ((nominee_kind = 'INDIVIDUAL') = (date_of_birth IS NOT NULL))
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS award_history`);
  }
}
