import type { NominationView } from '#domain';
import type { DataSource, EntityManager } from 'typeorm';

/** A nomination the conference honoured or recognised, with its unit's name for the published list. */
export interface HonourListEntry {
  view: NominationView;
  unitName: string;
}

/**
 * The honoured nominations of a cycle in rank order, then those recognised without a place on
 * stage (no rank) in the order they were submitted.
 */
export async function honourListEntries(db: DataSource | EntityManager, cycleCode: string): Promise<HonourListEntry[]> {
  const rows: { view: NominationView; unit_name: string }[] = await db.query(
    `SELECT n.view, u.name AS unit_name FROM nominations n JOIN units u ON u.code = n.unit_code
     WHERE n.cycle_code = $1 AND n.status IN ('HONOURED', 'RECOGNISED')
     ORDER BY (n.view->>'conferenceRank')::int NULLS LAST, n.submitted_at`,
    [cycleCode],
  );
  return rows.map((r) => ({ view: r.view, unitName: r.unit_name }));
}
