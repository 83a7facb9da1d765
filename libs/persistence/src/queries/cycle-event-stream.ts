import type { DataSource, EntityManager } from 'typeorm';

/** One fact of a cycle's own stream: a calendar move, the cutoff, the conference. */
export interface CycleEventRecord {
  version: number;
  type: string;
  occurredAt: Date;
  actor: string;
  data: unknown;
}

/** The cycle's own events in the order they were recorded (versions 1, 2, 3 …); empty for an unknown cycle. */
export async function cycleEventStream(db: DataSource | EntityManager, cycleCode: string): Promise<CycleEventRecord[]> {
  const rows: { version: number; type: string; occurred_at: Date; actor: string; data: unknown }[] = await db.query(
    'SELECT version, type, occurred_at, actor, data FROM cycle_events WHERE cycle_code = $1 ORDER BY version',
    [cycleCode],
  );
  return rows.map((r) => ({ version: r.version, type: r.type, occurredAt: r.occurred_at, actor: r.actor, data: r.data }));
}
