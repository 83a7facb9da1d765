import type { RecordedEvent, StoredEvent } from '#domain';
import type { DataSource, EntityManager } from 'typeorm';
import { NominationEventEntity } from '../entities/nomination-event.entity.js';
import { projectAppended } from '../projections/nomination-projection.js';

/** Runs inside the append's transaction before the events are written, e.g. to number a decision. */
export type BeforeAppend = (m: EntityManager, events: RecordedEvent[]) => Promise<RecordedEvent[]>;

export function toRecordedEvent(row: NominationEventEntity): StoredEvent {
  return {
    type: row.type,
    data: row.data,
    key: row.key,
    actor: row.actor,
    occurredAt: row.occurredAt.toISOString(),
    nominationId: row.nominationId,
    version: row.version,
  } as StoredEvent;
}

/**
 * The append-only event store of nominations, in PostgreSQL.
 * Appends are serialised per nomination by a row lock on its stream, numbered 1, 2, 3 …
 * without gaps, idempotent by event key, and update the read models in the same transaction.
 */
export class NominationEventStore {
  constructor(private readonly dataSource: DataSource) {}

  async append(nominationId: string, events: RecordedEvent[], beforeAppend?: BeforeAppend): Promise<StoredEvent[]> {
    if (events.length === 0) return [];
    return this.dataSource.transaction(async (m) => {
      await m.query(`INSERT INTO nomination_streams (nomination_id, version) VALUES ($1, 0) ON CONFLICT DO NOTHING`, [nominationId]);
      const [{ version }] = await m.query(`SELECT version FROM nomination_streams WHERE nomination_id = $1 FOR UPDATE`, [nominationId]);

      const keys = events.map((e) => e.key);
      const existing = await m
        .getRepository(NominationEventEntity)
        .createQueryBuilder('e')
        .where('e.nominationId = :nominationId AND e.key IN (:...keys)', { nominationId, keys })
        .orderBy('e.version')
        .getMany();
      if (existing.length === events.length) return existing.map(toRecordedEvent); // a retry: already recorded
      if (existing.length > 0) {
        throw new Error(`Append to ${nominationId} partly recorded before (${existing.map((e) => e.key).join(', ')}): refusing to guess`);
      }

      const toWrite = beforeAppend ? await beforeAppend(m, events) : events;
      const rows = toWrite.map((e, i) => {
        const row = new NominationEventEntity();
        row.nominationId = nominationId;
        row.version = version + i + 1;
        row.key = e.key;
        row.type = e.type;
        row.occurredAt = new Date(e.occurredAt);
        row.actor = e.actor;
        row.data = e.data;
        row.recordedAt = new Date();
        return row;
      });
      await m.insert(NominationEventEntity, rows);
      await m.query(`UPDATE nomination_streams SET version = $2 WHERE nomination_id = $1`, [nominationId, version + rows.length]);
      await projectAppended(m, nominationId, toWrite);
      return rows.map(toRecordedEvent);
    });
  }

  async readStream(nominationId: string): Promise<StoredEvent[]> {
    const rows = await this.dataSource.getRepository(NominationEventEntity).find({ where: { nominationId }, order: { version: 'ASC' } });
    return rows.map(toRecordedEvent);
  }
}
