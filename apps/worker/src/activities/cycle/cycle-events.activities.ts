import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { recordedCycleEvent, Role, SYSTEM_ACTOR } from '#domain';
import { CycleEventStore, unitsWithoutSubmission } from '#persistence';
import type { CycleActivities, NoticeRequest } from '#workflows';
import type { DataSource } from 'typeorm';
import { NotificationService } from '../../notifications/notification.service.js';
import { refuseBadData } from '../refuse-bad-data.js';
import type { Input } from './input.js';

/** The cycle's own stream of facts, and the one fact the worker words for people: the cutoff has passed. */
@Injectable()
export class CycleEventsActivitiesService implements Pick<CycleActivities, 'recordCycleEvent' | 'closeSubmissions'> {
  constructor(
    private readonly store: CycleEventStore,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationService,
  ) {}

  async recordCycleEvent({ cycleCode, event }: Input<'recordCycleEvent'>): Promise<void> {
    await refuseBadData(() => this.store.append(cycleCode, event));
  }

  async closeSubmissions({
    cycleCode,
    cutoff,
    at,
    notify,
    admittedUnits = [],
  }: Input<'closeSubmissions'>): Promise<{ missingUnits: string[] }> {
    // Units admitted just before the cutoff may not have their first event stored yet: they did submit.
    const missingUnits = (await unitsWithoutSubmission(this.dataSource, cycleCode))
      .map((u) => u.code)
      .filter((code) => !admittedUnits.includes(code));
    await this.recordCycleEvent({
      cycleCode,
      event: recordedCycleEvent({ type: 'SubmissionsClosed', data: { cutoff, missingUnits, notified: notify } }, SYSTEM_ACTOR, at),
    });
    if (notify) {
      const notices: NoticeRequest[] = [
        {
          occasion: `missed-cutoff:${cycleCode}:${cutoff}`,
          kind: 'MISSED_CUTOFF',
          to: missingUnits.map((code) => ({ kind: 'UNIT' as const, code })),
          cycleCode,
          facts: { cutoff },
        },
        {
          occasion: `missing-units:${cycleCode}:${cutoff}`,
          kind: 'MISSING_UNITS',
          to: [{ kind: 'ROLE', role: Role.STANDING_OFFICE }],
          cycleCode,
          facts: { cutoff, units: missingUnits.join(',') },
        },
      ];
      await this.notifications.deliver(notices);
    }
    return { missingUnits };
  }
}
