import type { EntityManager } from 'typeorm';

/** An event of a session's or a proposal's stream, as recorded by its workflow. */
export interface StreamEvent {
  type: string;
  data: unknown;
  key: string;
  actor: string;
  occurredAt: string;
}

export type StreamName = 'council_session' | 'proposal';

/**
 * Appends to a session's or proposal's stream (numbered 1, 2, 3 … per stream, serialised by a lock on
 * the stream's first row… or its absence), idempotent by key: returns only the events that were new.
 */
export async function appendToStream<E extends StreamEvent>(
  m: EntityManager,
  stream: StreamName,
  id: string,
  events: readonly E[],
): Promise<E[]> {
  await m.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`${stream}:${id}`]);
  const rows: { key: string }[] = await m.query(`SELECT key FROM ${stream}_events WHERE ${stream}_id = $1 AND key = ANY($2)`, [
    id,
    events.map((e) => e.key),
  ]);
  const known = new Set(rows.map((r) => r.key));
  const fresh = events.filter((e) => !known.has(e.key));
  const [{ version }] = await m.query(`SELECT coalesce(max(version), 0)::int AS version FROM ${stream}_events WHERE ${stream}_id = $1`, [
    id,
  ]);
  for (const [i, e] of fresh.entries()) {
    await m.query(
      `INSERT INTO ${stream}_events (${stream}_id, version, key, type, data, actor, occurred_at) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [id, version + i + 1, e.key, e.type, JSON.stringify(e.data), e.actor, e.occurredAt],
    );
  }
  return fresh;
}

/** A stream's events, oldest first. */
export async function readStream<E extends StreamEvent>(
  m: EntityManager | { query: EntityManager['query'] },
  stream: StreamName,
  id: string,
): Promise<E[]> {
  const rows: { type: string; data: unknown; key: string; actor: string; occurred_at: Date }[] = await m.query(
    `SELECT type, data, key, actor, occurred_at FROM ${stream}_events WHERE ${stream}_id = $1 ORDER BY version`,
    [id],
  );
  return rows.map((r) => ({ type: r.type, data: r.data, key: r.key, actor: r.actor, occurredAt: r.occurred_at.toISOString() }) as E);
}
