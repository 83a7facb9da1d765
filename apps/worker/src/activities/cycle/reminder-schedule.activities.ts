import { Inject, Injectable } from '@nestjs/common';
import { Client, ScheduleAlreadyRunning, ScheduleNotFoundError } from '@temporalio/client';
import { APP_CONFIG, type AppConfig } from '#config';
import { HANOI_TIME_ZONE } from '#domain';
import { CycleCodeKey, unitRemindersWorkflow, type CycleActivities } from '#workflows';
import type { Input } from './input.js';

export const reminderScheduleId = (cycleCode: string) => `cycle-reminders:${cycleCode}`;

/** The cycle's daily Temporal Schedule that starts the unit reminders. */
@Injectable()
export class ReminderScheduleActivitiesService implements Pick<CycleActivities, 'ensureReminderSchedule' | 'deleteReminderSchedule'> {
  constructor(
    private readonly temporal: Client,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async ensureReminderSchedule({ cycleCode }: Input<'ensureReminderSchedule'>): Promise<void> {
    if (!this.config.reminderSchedules) return;
    try {
      await this.temporal.schedule.create({
        scheduleId: reminderScheduleId(cycleCode),
        spec: { calendars: [{ hour: 8, minute: 0 }], timezone: HANOI_TIME_ZONE },
        action: {
          type: 'startWorkflow',
          workflowType: unitRemindersWorkflow,
          workflowId: `unit-reminders:${cycleCode}`,
          args: [{ cycleCode }],
          taskQueue: this.config.temporal.taskQueue,
          typedSearchAttributes: [{ key: CycleCodeKey, value: cycleCode }],
        },
        // Two runs may overlap (a manual trigger beside the morning run): reminders are sent once regardless.
        policies: { overlap: 'ALLOW_ALL', catchupWindow: '1 day' },
        state: { note: `Nhắc các đơn vị chưa nộp hồ sơ đợt ${cycleCode} lúc 08:00 (giờ Hà Nội), 7, 3 và 1 ngày trước hạn` },
      });
    } catch (err) {
      if (!(err instanceof ScheduleAlreadyRunning)) throw err;
    }
  }

  async deleteReminderSchedule({ cycleCode }: Input<'deleteReminderSchedule'>): Promise<void> {
    if (!this.config.reminderSchedules) return;
    try {
      await this.temporal.schedule.getHandle(reminderScheduleId(cycleCode)).delete();
    } catch (err) {
      if (!(err instanceof ScheduleNotFoundError)) throw err;
    }
  }
}
