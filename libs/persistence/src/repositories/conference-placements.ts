import type { EntityManager } from 'typeorm';

/** A nomination's place at its cycle's conference, kept so a retried plan returns the same one. */
export interface ConferencePlacement {
  nominationId: string;
  workflowId: string;
  rank: number;
  honoured: boolean;
  certificateNumber: string | null;
}

/** The cycle's conference placements, by rank (none until the conference is planned). */
export async function conferencePlacements(m: EntityManager, cycleCode: string): Promise<ConferencePlacement[]> {
  const rows: { nomination_id: string; workflow_id: string; rank: number; honoured: boolean; certificate_number: string | null }[] =
    await m.query(
      `SELECT nomination_id, workflow_id, rank, honoured, certificate_number FROM conference_placements WHERE cycle_code = $1 ORDER BY rank`,
      [cycleCode],
    );
  return rows.map((row) => ({
    nominationId: row.nomination_id,
    workflowId: row.workflow_id,
    rank: row.rank,
    honoured: row.honoured,
    certificateNumber: row.certificate_number,
  }));
}

export async function insertConferencePlacements(m: EntityManager, cycleCode: string, placements: ConferencePlacement[]): Promise<void> {
  for (const p of placements) {
    await m.query(
      `INSERT INTO conference_placements (cycle_code, nomination_id, workflow_id, rank, honoured, certificate_number) VALUES ($1, $2, $3, $4, $5, $6)`,
      [cycleCode, p.nominationId, p.workflowId, p.rank, p.honoured, p.certificateNumber],
    );
  }
}
