// The 29/4 cutoff on a real calendar (time-skipping server): reminders at D-7/D-3/D-1 once each, the cutoff to the second, missed-cutoff notices and list.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Context } from '@temporalio/activity';
import type { ActivityExecuteInput, ActivityInboundCallsInterceptor, Next } from '@temporalio/worker';
import { hanoiInstant, UNITS_COUNT_FOR_TESTS } from './support/organisation.js';
import { dossier, expectStatus, waitFor } from './support/scenario.js';
import { startTimeSkippingStack, type TimeSkippingStack } from './support/time-skipping.js';
import { unitRemindersWorkflow } from '#workflows';

const CYCLE = 'T-CUTOFF';
const DAY = 86_400_000;
const crashes: string[] = [];

/** The first reminder run "crashes" after it has sent everything: the retry must send nothing again. */
class CrashAfterFirstReminderRun implements ActivityInboundCallsInterceptor {
  async execute(input: ActivityExecuteInput, next: Next<ActivityInboundCallsInterceptor, 'execute'>): Promise<unknown> {
    const result = await next(input);
    const { activityType, attempt } = Context.current().info;
    if (activityType === 'remindUnitsBeforeCutoff' && attempt === 1 && crashes.length === 0) {
      crashes.push(activityType);
      throw new Error('simulated crash after the reminders were sent');
    }
    return result;
  }
}

describe('the submission cutoff on a real calendar', () => {
  let s: TimeSkippingStack;
  let cutoff: Date;
  const early = ['BQLDA-DTXD', 'TAPCHI-TNMT'];

  beforeAll(async () => {
    s = await startTimeSkippingStack('cutoff', {
      extras: { interceptors: { activity: [() => ({ inbound: new CrashAfterFirstReminderRun() })] } },
    });
    const now = await s.now();
    // "Trước ngày 29/4": the next 29 April at least ten days ahead, at 00:00 in Hanoi.
    let year = now.getUTCFullYear();
    while (hanoiInstant(year, 4, 29).getTime() - now.getTime() < 10 * DAY) year++;
    cutoff = hanoiInstant(year, 4, 29);
    const at = (days: number) => new Date(cutoff.getTime() + days * DAY).toISOString();
    expectStatus(
      await s.api.as('admin', 'POST', '/cycles', {
        code: CYCLE,
        title: `Sơ kết điển hình tiên tiến năm ${year}`,
        planReference: `Kế hoạch số 02/KH-BTNMT năm ${year}`,
        periodFrom: hanoiInstant(year - 2, 1, 1).toISOString(),
        periodTo: now.toISOString(),
        submissionCutoff: cutoff.toISOString(),
        blockReviewTarget: at(10),
        councilVoteTarget: at(20),
        decisionTarget: at(30),
        conferenceDate: at(40),
        quota: 70,
      }),
      201,
    );
    for (const unit of early) expectStatus(await s.api.as(`unit.${unit}`, 'POST', '/nominations', dossier(CYCLE)), 201);
  });
  afterAll(() => s?.close());

  /** Runs the reminder workflow at the current (skipped) time, as the 08:00 schedule would. */
  const runReminders = (id: string) =>
    s.temporal.workflow.execute(unitRemindersWorkflow, {
      taskQueue: s.taskQueue,
      workflowId: `${id}-${Math.random()}`,
      args: [{ cycleCode: CYCLE }],
    });
  const reminderMails = (days: number) => s.smtp.mails.filter((m) => m.occasion.endsWith(`:D-${days}`));
  // 08:00 in Hanoi, `daysBefore` calendar days before the cutoff day (the cutoff is 00:00 on 29/04).
  const hanoiMorning = (daysBefore: number) => new Date(cutoff.getTime() - daysBefore * DAY + 8 * 3_600_000);

  it('reminds exactly the units that have not submitted, 7 days before, once even when the run is retried or doubled', async () => {
    await s.skipTo(hanoiMorning(7));
    const [first, second] = await Promise.all([runReminders('d7'), runReminders('d7')]);
    expect(first.daysLeft).toBe(7);
    expect(crashes).toEqual(['remindUnitsBeforeCutoff']);
    expect(first.reminded).toHaveLength(UNITS_COUNT_FOR_TESTS - early.length);
    expect(first.reminded).not.toEqual(expect.arrayContaining(early));
    expect(second.reminded).toEqual(first.reminded);
    const mails = reminderMails(7);
    expect(mails).toHaveLength(UNITS_COUNT_FOR_TESTS - early.length);
    expect(new Set(mails.map((m) => m.to)).size).toBe(mails.length);
    expect(s.smtp.to('bqlda-dtxd@btnmt.example')).toEqual([]);
    const toBao = s.smtp.to('bao-tnmt@btnmt.example')[0];
    expect(toBao.subject).toBe(`Nhắc hạn nộp hồ sơ điển hình tiên tiến: còn 7 ngày, hạn trước 29/04/${cutoff.getUTCFullYear()} 00:00`);
    expect(toBao.text).toContain('Kính gửi: Báo Tài nguyên và Môi trường.');
    expect(toBao.text).toContain(`trước 29/04/${cutoff.getUTCFullYear()} 00:00 (giờ Hà Nội)`);
  });

  it('sends nothing on other days, and leaves out units that submitted meanwhile at D-3 and D-1', async () => {
    await s.skipTo(hanoiMorning(5));
    expect((await runReminders('d5')).reminded).toEqual([]);
    expectStatus(await s.api.as('unit.STNMT-HN', 'POST', '/nominations', dossier(CYCLE)), 201);
    for (const days of [3, 1]) {
      await s.skipTo(hanoiMorning(days));
      const run = await runReminders(`d${days}`);
      expect(run.daysLeft).toBe(days);
      expect(run.reminded).toHaveLength(UNITS_COUNT_FOR_TESTS - early.length - 1);
      expect(run.reminded).not.toContain('STNMT-HN');
      expect(reminderMails(days)).toHaveLength(UNITS_COUNT_FOR_TESTS - early.length - 1);
    }
    const notices = expectStatus(await s.api.as<{ kind: string }[]>('unit.BAO-TNMT', 'GET', '/notifications'), 200);
    expect(notices.filter((n) => n.kind === 'CUTOFF_REMINDER')).toHaveLength(3);
  });

  it('accepts a submission one second before 29/04 00:00 Hanoi time and refuses one at it', async () => {
    await s.skipTo(new Date(cutoff.getTime() - 1000));
    expectStatus(await s.api.as('unit.STNMT-HP', 'POST', '/nominations', dossier(CYCLE)), 201);
    await s.skip(1000);
    const late = await s.api.as('unit.STNMT-DN', 'POST', '/nominations', dossier(CYCLE));
    expect(late.status).toBe(422);
    expect(late.body.message).toContain(`before 29/04/${cutoff.getUTCFullYear()} 00:00 (Hanoi time)`);
  });

  it('tells each unit that submitted nothing, once, and sends the standing office the list', async () => {
    const missing = UNITS_COUNT_FOR_TESTS - early.length - 2;
    await waitFor(() => s.smtp.mails.some((m) => m.occasion.startsWith('missing-units:')));
    const notices = s.smtp.mails.filter((m) => m.occasion.startsWith('missed-cutoff:'));
    expect(notices).toHaveLength(missing);
    expect(notices.find((m) => m.to.includes('stnmt-hn@'))).toBeUndefined();
    expect(notices.find((m) => m.to.includes('bao-tnmt@'))?.subject).toContain('đơn vị chưa nộp hồ sơ');
    const list = s.smtp.to('standing.office@btnmt.example').find((m) => m.occasion.startsWith('missing-units:'));
    expect(list?.subject).toBe(
      `Danh sách ${missing} đơn vị chưa nộp hồ sơ đợt ${CYCLE} (hạn trước 29/04/${cutoff.getUTCFullYear()} 00:00)`,
    );
    expect(list?.text).toContain('Báo Tài nguyên và Môi trường (BAO-TNMT)');

    const json = expectStatus(
      await s.api.as<{ units: { code: string }[] }>('standing.office', 'GET', `/cycles/${CYCLE}/missing-units`),
      200,
    );
    expect(json.units).toHaveLength(missing);
    const csv = await fetch(`${s.api.baseUrl}/api/v1/cycles/${CYCLE}/missing-units?format=csv`, {
      headers: { authorization: `Bearer ${await s.api.token('standing.office')}` },
    });
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the UTF-8 byte-order mark, for spreadsheets
    const text = new TextDecoder().decode(bytes);
    expect(text.split('\n').filter(Boolean)).toHaveLength(missing + 2);
    expect(text).toContain('Báo Tài nguyên và Môi trường');

    const events = expectStatus(
      await s.api.as<{ type: string; data: { missingUnits: string[] } }[]>('admin', 'GET', `/cycles/${CYCLE}/events`),
      200,
    );
    expect(events.find((e) => e.type === 'SubmissionsClosed')?.data.missingUnits).toHaveLength(missing);
  });
});
