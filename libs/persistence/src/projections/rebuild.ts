import type { DataSource } from 'typeorm';
import { NominationEventEntity } from '../entities/nomination-event.entity.js';
import { toRecordedEvent } from '../event-store/nomination-event-store.js';
import { fold, writeProjection } from './nomination-projection.js';

/**
 * Rebuilds the read models (nominations, tasks) from the events alone, in one
 * transaction: readers see the old rows until the new ones are complete.
 */
export async function rebuildProjections(dataSource: DataSource, batchSize = 500): Promise<{ nominations: number; events: number }> {
  return dataSource.transaction(async (m) => {
    // DELETE, not TRUNCATE: TRUNCATE would lock readers and appends out for the whole rebuild.
    await m.query('DELETE FROM tasks');
    await m.query('DELETE FROM nominations');
    const ids: { nomination_id: string }[] = await m.query(
      'SELECT nomination_id FROM nomination_events GROUP BY nomination_id ORDER BY min(position)',
    );
    let events = 0;
    for (let i = 0; i < ids.length; i += batchSize) {
      const batch = ids.slice(i, i + batchSize).map((r) => r.nomination_id);
      const rows = await m
        .getRepository(NominationEventEntity)
        .createQueryBuilder('e')
        .where('e.nominationId IN (:...batch)', { batch })
        .orderBy('e.nominationId')
        .addOrderBy('e.version')
        .getMany();
      events += rows.length;
      const byNomination = new Map<string, NominationEventEntity[]>();
      for (const row of rows) byNomination.set(row.nominationId, [...(byNomination.get(row.nominationId) ?? []), row]);
      for (const id of batch) {
        const projected = fold(null, [], (byNomination.get(id) ?? []).map(toRecordedEvent));
        // Tasks opened and closed during the fold are written open first, then closed, as live.
        await writeProjection(m, projected);
      }
    }
    return { nominations: ids.length, events };
  });
}
