import type { DataSource, EntityManager } from 'typeorm';

/** A running nomination, and the workflow to signal. */
export interface NominationToSignal {
  id: string;
  workflowId: string;
}

/**
 * A page of the cycle's running nominations whose dates are older than `calendarVersion`
 * (the ones a calendar move has still to reach), by id after `afterId`.
 */
export async function nominationsBehindCalendar(
  db: DataSource | EntityManager,
  page: { cycleCode: string; calendarVersion: number; afterId: string; limit: number },
): Promise<NominationToSignal[]> {
  const rows: { id: string; workflow_id: string }[] = await db.query(
    `SELECT id, workflow_id FROM nominations
     WHERE cycle_code = $1 AND status = 'IN_PROGRESS' AND id > $2
       AND COALESCE((view->'targets'->>'calendarVersion')::int, 1) < $3
     ORDER BY id LIMIT $4`,
    [page.cycleCode, page.afterId, page.calendarVersion, page.limit],
  );
  return rows.map(toSignal);
}

/** Every nomination of the cycle still in progress, by id (e.g. to tell them the cycle has closed). */
export async function nominationsInProgress(db: DataSource | EntityManager, cycleCode: string): Promise<NominationToSignal[]> {
  const rows: { id: string; workflow_id: string }[] = await db.query(
    `SELECT id, workflow_id FROM nominations WHERE cycle_code = $1 AND status = 'IN_PROGRESS' ORDER BY id`,
    [cycleCode],
  );
  return rows.map(toSignal);
}

const toSignal = (row: { id: string; workflow_id: string }): NominationToSignal => ({ id: row.id, workflowId: row.workflow_id });
