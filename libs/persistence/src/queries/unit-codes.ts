import type { DataSource, EntityManager } from 'typeorm';

/** The code of every unit, in order (e.g. everyone told that a cycle's cutoff moved). */
export async function allUnitCodes(db: DataSource | EntityManager): Promise<string[]> {
  const rows: { code: string }[] = await db.query('SELECT code FROM units ORDER BY code');
  return rows.map((u) => u.code);
}
