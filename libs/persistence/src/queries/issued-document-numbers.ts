import type { DataSource } from 'typeorm';

/**
 * Whether some document the engine issued in that (Hanoi) year already has the number: a list's
 * decision, a decision of the older process or a revocation, numbered by the register or entered.
 * A first answer for a person entering a number; the insert that issues it checks again.
 */
export async function documentNumberIssued(db: DataSource, year: number, number: string): Promise<boolean> {
  const rows: unknown[] = await db.query(`SELECT 1 FROM issued_document_numbers WHERE year = $1 AND number = $2`, [year, number]);
  return rows.length > 0;
}
