import type { MigrationInterface, QueryRunner } from 'typeorm';
import { foldForSearch } from '../projections/search-text.js';

/**
 * Searching nominations by the nominee's name, case and diacritics aside: the read model keeps the
 * name folded (see foldForSearch); existing rows are folded here, new ones by the projection.
 */
export class NomineeSearch1764100000000 implements MigrationInterface {
  name = 'NomineeSearch1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE nominations ADD COLUMN nominee_search text NOT NULL DEFAULT ''`);
    const rows: { id: string; full_name: string | null }[] = await q.query(
      `SELECT id, view->'nominee'->>'fullName' AS full_name FROM nominations`,
    );
    for (const row of rows) {
      await q.query(`UPDATE nominations SET nominee_search = $2 WHERE id = $1`, [row.id, foldForSearch(row.full_name ?? '')]);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE nominations DROP COLUMN IF EXISTS nominee_search`);
  }
}
