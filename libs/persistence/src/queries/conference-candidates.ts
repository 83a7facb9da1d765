import type { NominationView } from '#domain';
import type { DataSource, EntityManager } from 'typeorm';

/** The cycle's approved nominations still waiting for its conference: what the conference ranks. */
export async function nominationsAwaitingConference(db: DataSource | EntityManager, cycleCode: string): Promise<NominationView[]> {
  const rows: { view: NominationView }[] = await db.query(
    `SELECT view FROM nominations WHERE cycle_code = $1 AND stage = 'AWAITING_CONFERENCE' AND status = 'IN_PROGRESS'`,
    [cycleCode],
  );
  return rows.map((r) => r.view);
}
