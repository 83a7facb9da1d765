import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { certificateNumber, hanoiDayStart, rankForConference } from '#domain';
import { conferencePlacements, CycleEntity, insertConferencePlacements, nominationsAwaitingConference } from '#persistence';
import type { ConferenceResult, CycleActivities } from '#workflows';
import type { DataSource } from 'typeorm';
import type { Input } from './input.js';

/** The conference: who is honoured, in what order, with which certificate. */
@Injectable()
export class ConferenceActivitiesService implements Pick<CycleActivities, 'planConference'> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Ranks the cycle's approved nominations once and keeps the placements, so a retried
   * activity returns the same ranks and certificate numbers.
   */
  async planConference({ cycleCode, heldBy, heldAt, venue }: Input<'planConference'>) {
    return this.dataSource.transaction(async (m) => {
      const cycle = await m.findOne(CycleEntity, { where: { code: cycleCode }, lock: { mode: 'pessimistic_write' } });
      if (!cycle) throw new Error(`Unknown cycle ${cycleCode}`);
      // The day it was actually held, as recorded; else the day the calendar held it.
      const heldOn = (venue && hanoiDayStart(venue.heldOn)) ?? cycle.conferenceHeldOn ?? cycle.conferenceDate;
      const conferenceDate = heldOn.toISOString();
      const existing: ConferenceResult[] = await conferencePlacements(m, cycleCode);
      if (cycle.conferenceHeldAt) return { conferenceDate, results: existing };

      await m.update(
        CycleEntity,
        { code: cycleCode },
        {
          conferenceHeldAt: new Date(heldAt),
          conferenceHeldBy: heldBy,
          conferenceHeldOn: heldOn,
          conferencePlace: venue?.place.trim() ?? null,
        },
      );
      const approved = await nominationsAwaitingConference(m, cycleCode);
      const ranked = rankForConference(
        approved.map((view) => ({
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
      await insertConferencePlacements(m, cycleCode, results);
      return { conferenceDate, results };
    });
  }
}
