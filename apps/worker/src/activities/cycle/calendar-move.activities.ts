import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Context } from '@temporalio/activity';
import { Client } from '@temporalio/client';
import { Role } from '#domain';
import { allUnitCodes, CycleEntity, nominationsBehindCalendar, runningSessionWorkflows } from '#persistence';
import { calendarMovedSignal, sessionCalendarMovedSignal, type CycleActivities } from '#workflows';
import type { DataSource } from 'typeorm';
import { NotificationService } from '../../notifications/notification.service.js';
import { signalEach } from '../fan-out.js';
import type { Input } from './input.js';

/** How many stale nominations are read at a time when the calendar moves. */
const REPLAN_PAGE = 200;

/** When the cycle's calendar moves (lùi thời hạn): running nominations and council sessions get the new dates, people are told. */
@Injectable()
export class CalendarMoveActivitiesService implements Pick<CycleActivities, 'replanNominations' | 'announceCalendarMove'> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly temporal: Client,
    private readonly notifications: NotificationService,
  ) {}

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
    // Each attempt tells the sessions again (they ignore a calendar they have seen), keeping the progress heartbeat.
    const sessions = await runningSessionWorkflows(this.dataSource, cycleCode);
    const moved = { calendarVersion, councilVoteTarget: calendar.councilVoteTarget, reason, movedBy };
    await signalEach(this.temporal, sessions, sessionCalendarMovedSignal, [moved], () => ({ cursor, signalled }));
    for (;;) {
      const page = await nominationsBehindCalendar(this.dataSource, { cycleCode, calendarVersion, afterId: cursor, limit: REPLAN_PAGE });
      if (page.length === 0) return { signalled };
      const signalledInPage = await signalEach(
        this.temporal,
        page.map((n) => n.workflowId),
        calendarMovedSignal,
        [{ calendarVersion, targets, reason, movedBy }],
        (_offset, soFar) => ({ cursor, signalled: signalled + soFar }),
      );
      signalled += signalledInPage;
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
    const units = cutoffMoved ? await allUnitCodes(this.dataSource) : [];
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
}
