import type { EntityManager } from 'typeorm';

/**
 * The next number of the year. The counter row stays locked until the transaction that
 * records the decision commits, so concurrent approvals queue up and no number is skipped:
 * a rolled-back approval rolls its number back too.
 */
export async function nextDecisionNumber(m: EntityManager, year: number, suffix: string): Promise<number> {
  const [{ last_number }] = await m.query(
    `INSERT INTO decision_number_counters (year, suffix, last_number) VALUES ($1, $2, 1)
     ON CONFLICT (year, suffix) DO UPDATE SET last_number = decision_number_counters.last_number + 1
     RETURNING last_number`,
    [year, suffix],
  );
  return last_number;
}
