import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { certificateNumber, rankForConference, type NominationView } from '#domain';
import { CycleEntity } from '#persistence';
import type { ConferenceResult, CycleActivities } from '#workflows';
import type { DataSource } from 'typeorm';

type Input<K extends keyof CycleActivities> = Parameters<CycleActivities[K]>[0];

@Injectable()
export class CycleActivitiesService implements CycleActivities {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Ranks the cycle's approved nominations once and keeps the placements, so a retried
   * activity returns the same ranks and certificate numbers.
   */
  async planConference({ cycleCode, heldBy, heldAt }: Input<'planConference'>) {
    return this.dataSource.transaction(async (m) => {
      const cycle = await m.findOne(CycleEntity, { where: { code: cycleCode }, lock: { mode: 'pessimistic_write' } });
      if (!cycle) throw new Error(`Unknown cycle ${cycleCode}`);
      const conferenceDate = cycle.conferenceDate.toISOString();
      const existing: PlacementRow[] = await m.query(
        `SELECT nomination_id, workflow_id, rank, honoured, certificate_number FROM conference_placements WHERE cycle_code = $1 ORDER BY rank`,
        [cycleCode],
      );
      if (cycle.conferenceHeldAt) return { conferenceDate, results: existing.map(toResult) };

      await m.update(CycleEntity, { code: cycleCode }, { conferenceHeldAt: new Date(heldAt), conferenceHeldBy: heldBy });
      const approved: { view: NominationView }[] = await m.query(
        `SELECT view FROM nominations WHERE cycle_code = $1 AND stage = 'AWAITING_CONFERENCE' AND status = 'IN_PROGRESS'`,
        [cycleCode],
      );
      const ranked = rankForConference(
        approved.map(({ view }) => ({
          nominationId: view.id,
          workflowId: view.workflowId,
          councilAgree: view.tally?.agree ?? 0,
          councilMembers: view.tally?.members ?? 0,
          blockScore: view.blockScore ?? 0,
          remoteArea: view.nominee.remoteArea,
          submittedAt: view.submittedAt,
        })),
        cycle.quota,
      );
      const results: ConferenceResult[] = ranked.map((r) => ({
        nominationId: r.nominationId,
        workflowId: r.workflowId,
        rank: r.rank,
        honoured: r.honoured,
        certificateNumber: r.honoured ? certificateNumber(cycleCode, r.rank) : null,
      }));
      for (const r of results) {
        await m.query(
          `INSERT INTO conference_placements (cycle_code, nomination_id, workflow_id, rank, honoured, certificate_number) VALUES ($1, $2, $3, $4, $5, $6)`,
          [cycleCode, r.nominationId, r.workflowId, r.rank, r.honoured, r.certificateNumber],
        );
      }
      return { conferenceDate, results };
    });
  }
}

interface PlacementRow {
  nomination_id: string;
  workflow_id: string;
  rank: number;
  honoured: boolean;
  certificate_number: string | null;
}

const toResult = (row: PlacementRow): ConferenceResult => ({
  nominationId: row.nomination_id,
  workflowId: row.workflow_id,
  rank: row.rank,
  honoured: row.honoured,
  certificateNumber: row.certificate_number,
});
