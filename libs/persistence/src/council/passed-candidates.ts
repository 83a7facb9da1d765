import { NominationStage, NominationStatus, type NominationView } from '#domain';
import type { DataSource } from 'typeorm';

/** (For a cycle whose council meets in sessions.) The cycle's nominations that passed the council and wait for the minister (on a proposal or not). */
export async function passedCandidates(db: DataSource, cycleCode: string): Promise<NominationView[]> {
  const rows: { view: NominationView }[] = await db.query(
    `SELECT view FROM nominations WHERE cycle_code = $1 AND stage = $2 AND status = $3 ORDER BY submitted_at`,
    [cycleCode, NominationStage.MINISTER_DECISION, NominationStatus.IN_PROGRESS],
  );
  return rows.map((r) => r.view);
}

/** (For a cycle whose council meets in sessions.) The cycle's nominations endorsed by their block, waiting for a session, on none yet. */
export async function awaitingSession(db: DataSource, cycleCode: string): Promise<NominationView[]> {
  const rows: { view: NominationView }[] = await db.query(
    `SELECT view FROM nominations
      WHERE cycle_code = $1 AND stage = $2 AND status = $3 AND view->>'councilSessionId' IS NULL
      ORDER BY submitted_at`,
    [cycleCode, NominationStage.COUNCIL_VOTE, NominationStatus.IN_PROGRESS],
  );
  return rows.map((r) => r.view);
}
