import type { DataSource, EntityManager } from 'typeorm';

/** A unit that has submitted nothing to a cycle, with what the published list shows of it. */
export interface UnitWithoutSubmission {
  code: string;
  name: string;
  kind: string;
  blockCode: string;
  blockName: string;
  email: string;
}

/**
 * The units that have submitted nothing to `cycleCode` (so far, or by its cutoff; a draft is not a submission), by block then
 * code: the one query behind the cutoff notices, the D-7/D-3/D-1 reminders and the published list.
 */
export async function unitsWithoutSubmission(db: DataSource | EntityManager, cycleCode: string): Promise<UnitWithoutSubmission[]> {
  const rows: { code: string; name: string; kind: string; block_code: string; block_name: string; email: string }[] = await db.query(
    `SELECT u.code, u.name, u.kind, u.block_code, b.name AS block_name, u.email FROM units u JOIN blocks b ON b.code = u.block_code
     WHERE NOT EXISTS (SELECT 1 FROM nominations n WHERE n.cycle_code = $1 AND n.unit_code = u.code
                         AND n.stage <> 'DRAFT' AND n.status <> 'NOT_SUBMITTED')
     ORDER BY u.block_code, u.code`,
    [cycleCode],
  );
  return rows.map((u) => ({ code: u.code, name: u.name, kind: u.kind, blockCode: u.block_code, blockName: u.block_name, email: u.email }));
}
