import type { CycleEvent } from '#domain';
import type { DataSource } from 'typeorm';

/** A cycle event as stored: its place in the cycle's stream (1, 2, 3 …). */
export type StoredCycleEvent = CycleEvent & {
  cycleCode: string;
  version: number;
};

/**
 * The append-only event store of cycles, in PostgreSQL (`cycle_events`).
 * Appends are serialised per cycle by a row lock on the cycle, numbered 1, 2, 3 … without
 * gaps, idempotent by event key; a calendar move updates the cycle's dates in the same transaction.
 */
export class CycleEventStore {
  constructor(private readonly dataSource: DataSource) {}

  async append(cycleCode: string, event: CycleEvent): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      await m.query('SELECT 1 FROM cycles WHERE code = $1 FOR UPDATE', [cycleCode]);
      const [exists] = await m.query('SELECT 1 FROM cycle_events WHERE cycle_code = $1 AND key = $2', [cycleCode, event.key]);
      if (exists) return; // a retry
      await m.query(
        `INSERT INTO cycle_events (cycle_code, version, key, type, occurred_at, actor, data)
         SELECT $1, COALESCE(MAX(version), 0) + 1, $2, $3, $4, $5, $6 FROM cycle_events WHERE cycle_code = $1`,
        [cycleCode, event.key, event.type, event.occurredAt, event.actor, event.data],
      );
      if (event.type === 'CycleCalendarMoved') {
        const { calendar, calendarVersion } = event.data;
        await m.query(
          `UPDATE cycles SET submission_cutoff = $2, block_review_target = $3, council_vote_target = $4, decision_target = $5,
             conference_date = $6, calendar_version = $7 WHERE code = $1 AND calendar_version < $7`,
          [
            cycleCode,
            calendar.submissionCutoff,
            calendar.blockReviewTarget,
            calendar.councilVoteTarget,
            calendar.decisionTarget,
            calendar.conferenceDate,
            calendarVersion,
          ],
        );
      }
    });
  }

  /** The cycle's stream in order: calendar moves, the cutoff, the conference, the closing. */
  async readStream(cycleCode: string): Promise<StoredCycleEvent[]> {
    const rows: { cycle_code: string; version: number; key: string; type: string; occurred_at: Date; actor: string; data: unknown }[] =
      await this.dataSource.query(
        'SELECT cycle_code, version, key, type, occurred_at, actor, data FROM cycle_events WHERE cycle_code = $1 ORDER BY version',
        [cycleCode],
      );
    return rows.map(
      (r) =>
        ({
          cycleCode: r.cycle_code,
          version: r.version,
          key: r.key,
          type: r.type,
          actor: r.actor,
          occurredAt: r.occurred_at.toISOString(),
          data: r.data,
        }) as StoredCycleEvent,
    );
  }
}
