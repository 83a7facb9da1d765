import type { NominationView } from '#domain';
import type { DataSource, EntityManager } from 'typeorm';

/** The nomination as its read model has it, or null when there is none. */
export async function nominationView(db: DataSource | EntityManager, nominationId: string): Promise<NominationView | null> {
  const [row]: { view: NominationView }[] = await db.query('SELECT view FROM nominations WHERE id = $1', [nominationId]);
  return row?.view ?? null;
}
