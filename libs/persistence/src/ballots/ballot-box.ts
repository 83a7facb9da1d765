import type { DataSource, EntityManager } from 'typeorm';

/** Drops a sealed choice in the nomination's ballot box (which does not say who voted). */
export async function dropInBallotBox(m: EntityManager, nominationId: string, sealedChoice: string): Promise<void> {
  await m.query('INSERT INTO ballot_box (nomination_id, sealed_choice) VALUES ($1, $2)', [nominationId, sealedChoice]);
}

/** The sealed choices in the nomination's ballot box, still sealed. */
export async function sealedChoicesInBallotBox(db: DataSource | EntityManager, nominationId: string): Promise<string[]> {
  const rows: { sealed_choice: string }[] = await db.query('SELECT sealed_choice FROM ballot_box WHERE nomination_id = $1', [nominationId]);
  return rows.map((r) => r.sealed_choice);
}
