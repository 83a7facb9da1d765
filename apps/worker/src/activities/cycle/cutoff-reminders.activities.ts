import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CUTOFF_REMINDER_DAYS, daysBeforeCutoff } from '#domain';
import { CycleEntity, unitsWithoutSubmission } from '#persistence';
import type { CycleActivities } from '#workflows';
import type { DataSource } from 'typeorm';
import { NotificationService } from '../../notifications/notification.service.js';
import type { Input } from './input.js';

/** The D-7, D-3 and D-1 reminders to units that have not submitted yet (run by the daily schedule). */
@Injectable()
export class CutoffRemindersActivitiesService implements Pick<CycleActivities, 'remindUnitsBeforeCutoff'> {
  private readonly logger = new Logger(CutoffRemindersActivitiesService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationService,
  ) {}

  async remindUnitsBeforeCutoff({ cycleCode, at }: Input<'remindUnitsBeforeCutoff'>): Promise<{ daysLeft: number; reminded: string[] }> {
    const cycle = await this.dataSource.getRepository(CycleEntity).findOne({ where: { code: cycleCode } });
    if (!cycle) return { daysLeft: -1, reminded: [] };
    const cutoff = cycle.submissionCutoff.toISOString();
    const daysLeft = daysBeforeCutoff(cutoff, new Date(at));
    if (!(CUTOFF_REMINDER_DAYS as readonly number[]).includes(daysLeft)) return { daysLeft, reminded: [] };
    const missing = (await unitsWithoutSubmission(this.dataSource, cycleCode)).map((u) => u.code);
    await this.notifications.deliver([
      {
        occasion: `cutoff-reminder:${cycleCode}:${cutoff}:D-${daysLeft}`,
        kind: 'CUTOFF_REMINDER',
        to: missing.map((code) => ({ kind: 'UNIT' as const, code })),
        cycleCode,
        facts: { cutoff, daysLeft },
      },
    ]);
    this.logger.log(`${cycleCode}: D-${daysLeft} reminders for ${missing.length} units`);
    return { daysLeft, reminded: missing };
  }
}
