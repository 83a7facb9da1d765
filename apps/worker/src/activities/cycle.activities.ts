import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Context } from '@temporalio/activity';
import { Client, ScheduleAlreadyRunning, ScheduleNotFoundError, WorkflowNotFoundError } from '@temporalio/client';
import { APP_CONFIG, type AppConfig } from '#config';
import {
  certificateNumber,
  CUTOFF_REMINDER_DAYS,
  daysBeforeCutoff,
  HANOI_TIME_ZONE,
  rankForConference,
  Role,
  type NominationView,
} from '#domain';
import { CycleEntity } from '#persistence';
import {
  calendarMovedSignal,
  cycleClosedSignal,
  CycleCodeKey,
  unitRemindersWorkflow,
  type ConferenceResult,
  type CycleActivities,
  type NoticeRequest,
} from '#workflows';
import type { DataSource } from 'typeorm';
import { NotificationService } from '../notifications/notification.service.js';
import { refuseBadData } from './refuse-bad-data.js';

type Input<K extends keyof CycleActivities> = Parameters<CycleActivities[K]>[0];

/** How many nominations are signalled at once when the calendar moves. */
const FAN_OUT_CONCURRENCY = 8;
const FAN_OUT_PAGE = 200;

export const reminderScheduleId = (cycleCode: string) => `cycle-reminders:${cycleCode}`;

@Injectable()
export class CycleActivitiesService implements CycleActivities {
  private readonly logger = new Logger(CycleActivitiesService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly temporal: Client,
    private readonly notifications: NotificationService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

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

  async recordCycleEvent({ cycleCode, event }: Input<'recordCycleEvent'>): Promise<void> {
    await refuseBadData(() => this.writeCycleEvent(cycleCode, event));
  }

  private async writeCycleEvent(cycleCode: string, event: Input<'recordCycleEvent'>['event']): Promise<void> {
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

  async closeSubmissions({
    cycleCode,
    cutoff,
    at,
    notify,
    admittedUnits = [],
  }: Input<'closeSubmissions'>): Promise<{ missingUnits: string[] }> {
    // Units admitted just before the cutoff may not have their first event stored yet: they did submit.
    const missingUnits = (await this.unitsWithoutSubmission(cycleCode)).filter((code) => !admittedUnits.includes(code));
    await this.recordCycleEvent({
      cycleCode,
      event: {
        key: `submissions-closed:${cutoff}`,
        type: 'SubmissionsClosed',
        actor: 'system',
        occurredAt: at,
        data: { cutoff, missingUnits, notified: notify },
      },
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

  /** Bounded fan-out: a page of stale nominations at a time, a few signals in flight, progress in the heartbeat. */
  async replanNominations({
    cycleCode,
    calendar,
    calendarVersion,
    reason,
    movedBy,
  }: Input<'replanNominations'>): Promise<{ signalled: number }> {
    const cycle = await this.dataSource.getRepository(CycleEntity).findOneOrFail({ where: { code: cycleCode } });
    // The dates come with the request (the version they belong to), never from a row another move may be rewriting.
    const targets = {
      blockReviewTarget: calendar.blockReviewTarget,
      councilVoteTarget: calendar.councilVoteTarget,
      decisionTarget: calendar.decisionTarget,
      conferenceDate: calendar.conferenceDate,
      revisionDays: cycle.revisionDays,
      calendarVersion,
    };
    const context = Context.current();
    let { cursor, signalled } = (context.info.heartbeatDetails as { cursor: string; signalled: number } | undefined) ?? {
      cursor: '00000000-0000-0000-0000-000000000000',
      signalled: 0,
    };
    for (;;) {
      const page: { id: string; workflow_id: string }[] = await this.dataSource.query(
        `SELECT id, workflow_id FROM nominations
         WHERE cycle_code = $1 AND status = 'IN_PROGRESS' AND id > $2
           AND COALESCE((view->'targets'->>'calendarVersion')::int, 1) < $3
         ORDER BY id LIMIT $4`,
        [cycleCode, cursor, calendarVersion, FAN_OUT_PAGE],
      );
      if (page.length === 0) return { signalled };
      for (let i = 0; i < page.length; i += FAN_OUT_CONCURRENCY) {
        context.heartbeat({ cursor, signalled });
        await Promise.all(
          page.slice(i, i + FAN_OUT_CONCURRENCY).map(async (n) => {
            try {
              await this.temporal.workflow
                .getHandle(n.workflow_id)
                .signal(calendarMovedSignal, { calendarVersion, targets, reason, movedBy });
              signalled++;
            } catch (err) {
              if (!(err instanceof WorkflowNotFoundError)) throw err; // closed meanwhile
            }
          }),
        );
      }
      cursor = page[page.length - 1].id;
      context.heartbeat({ cursor, signalled });
    }
  }

  async announceCalendarMove({
    cycleCode,
    calendarVersion,
    previous,
    calendar,
    changed,
    reason,
  }: Input<'announceCalendarMove'>): Promise<void> {
    const cutoffMoved = changed.includes('submissionCutoff');
    const units: string[] = cutoffMoved
      ? (await this.dataSource.query('SELECT code FROM units ORDER BY code')).map((u: { code: string }) => u.code)
      : [];
    const facts: Record<string, string> = { reason, changed: changed.join(',') };
    for (const field of changed) {
      facts[`from:${field}`] = previous[field as keyof typeof previous];
      facts[`to:${field}`] = calendar[field as keyof typeof calendar];
    }
    await this.notifications.deliver([
      {
        occasion: `calendar-moved:${cycleCode}:${calendarVersion}`,
        kind: 'CALENDAR_MOVED',
        to: [{ kind: 'ROLE', role: Role.STANDING_OFFICE }, ...units.map((code) => ({ kind: 'UNIT' as const, code }))],
        cycleCode,
        facts,
      },
    ]);
  }

  /** After the conference: every nomination still in progress is told the cycle has closed, a few at a time. */
  async closeNominations({ cycleCode, conferenceDate }: Input<'closeNominations'>): Promise<{ signalled: number }> {
    const open: { workflow_id: string }[] = await this.dataSource.query(
      `SELECT workflow_id FROM nominations WHERE cycle_code = $1 AND status = 'IN_PROGRESS' ORDER BY id`,
      [cycleCode],
    );
    let signalled = 0;
    for (let i = 0; i < open.length; i += FAN_OUT_CONCURRENCY) {
      Context.current().heartbeat(i);
      await Promise.all(
        open.slice(i, i + FAN_OUT_CONCURRENCY).map(async (n) => {
          try {
            await this.temporal.workflow.getHandle(n.workflow_id).signal(cycleClosedSignal, { conferenceDate });
            signalled++;
          } catch (err) {
            if (!(err instanceof WorkflowNotFoundError)) throw err;
          }
        }),
      );
    }
    return { signalled };
  }

  async remindUnitsBeforeCutoff({ cycleCode, at }: Input<'remindUnitsBeforeCutoff'>): Promise<{ daysLeft: number; reminded: string[] }> {
    const cycle = await this.dataSource.getRepository(CycleEntity).findOne({ where: { code: cycleCode } });
    if (!cycle) return { daysLeft: -1, reminded: [] };
    const cutoff = cycle.submissionCutoff.toISOString();
    const daysLeft = daysBeforeCutoff(cutoff, new Date(at));
    if (!(CUTOFF_REMINDER_DAYS as readonly number[]).includes(daysLeft)) return { daysLeft, reminded: [] };
    const missing = await this.unitsWithoutSubmission(cycleCode);
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

  private async unitsWithoutSubmission(cycleCode: string): Promise<string[]> {
    const rows: { code: string }[] = await this.dataSource.query(
      `SELECT u.code FROM units u
       WHERE NOT EXISTS (SELECT 1 FROM nominations n WHERE n.cycle_code = $1 AND n.unit_code = u.code)
       ORDER BY u.block_code, u.code`,
      [cycleCode],
    );
    return rows.map((r) => r.code);
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
