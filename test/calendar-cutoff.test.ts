// The 29/4 cutoff on a real calendar (time-skipping server): reminders at D-7/D-3/D-1 once each, the cutoff to the second, missed-cutoff notices and list.
// One story on one forward-moving clock: one test, in steps.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { crashAfterCommit } from './support/crash.js';
import { findOrFail } from './support/find.js';
import { hanoiInstant, UNIT_CODES, unitEmail } from './support/organisation.js';
import { createCycle, cycleEventsOf, DAY, dossier, expectStatus, HOUR, milestones, submit } from './support/scenario.js';
import { step } from './support/story.js';
import { startTimeSkippingStack, type TimeSkippingStack } from './support/time-skipping.js';
import { unitRemindersWorkflow } from '#workflows';

const CYCLE = 'T-CUTOFF';

/** The first reminder run "crashes" after it has sent everything: the retry must send nothing again. */
const crash = crashAfterCommit((activityType, _args, crashed) => activityType === 'remindUnitsBeforeCutoff' && crashed.length === 0);

describe('the submission cutoff on a real calendar', () => {
  let s: TimeSkippingStack;
  let cutoff: Date;
  const early = ['BQLDA-DTXD', 'TAPCHI-TNMT'];
  /** The units that have submitted nothing, after `alsoSubmitted` did. */
  const unitsWithout = (...alsoSubmitted: string[]) => UNIT_CODES.filter((u) => !early.includes(u) && !alsoSubmitted.includes(u)).sort();

  beforeAll(async () => {
    s = await startTimeSkippingStack('cutoff', { extras: crash.extras });
    const now = await s.now();
    // "Trước ngày 29/4": the next 29 April at least ten days ahead, at 00:00 in Hanoi.
    let year = now.getUTCFullYear();
    while (hanoiInstant(year, 4, 29).getTime() - now.getTime() < 10 * DAY) year++;
    cutoff = hanoiInstant(year, 4, 29);
    await createCycle(
      s.api,
      CYCLE,
      {
        title: `Sơ kết điển hình tiên tiến năm ${year}`,
        planReference: `Kế hoạch số 02/KH-BTNMT năm ${year}`,
        periodFrom: hanoiInstant(year - 2, 1, 1).toISOString(),
        periodTo: now.toISOString(),
        ...milestones(cutoff.getTime(), [0, 10, 20, 30, 40]),
      },
      now.getTime(),
    );
    for (const unit of early) await submit(s.api, CYCLE, unit);
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
  const hanoiMorning = (daysBefore: number) => new Date(cutoff.getTime() - daysBefore * DAY + 8 * HOUR);

  it('reminds, closes to the second, and tells who missed it', async () => {
    const year = cutoff.getUTCFullYear();

    await step(
      'reminds exactly the units that have not submitted, 7 days before, once even when the run is retried or doubled',
      async () => {
        await s.skipTo(hanoiMorning(7));
        const [first, second] = await Promise.all([runReminders('d7'), runReminders('d7')]);
        expect(first.daysLeft).toBe(7);
        expect(crash.crashed).toEqual(['remindUnitsBeforeCutoff']);
        expect([...first.reminded].sort()).toEqual(unitsWithout());
        expect(second.reminded).toEqual(first.reminded);
        const mails = reminderMails(7);
        expect(mails.map((m) => m.to).sort()).toEqual(unitsWithout().map(unitEmail).sort());
        expect(s.smtp.to(unitEmail('BQLDA-DTXD'))).toEqual([]);
        const toBao = findOrFail(mails, (m) => m.to === unitEmail('BAO-TNMT'), 'D-7 reminder to BAO-TNMT');
        expect(toBao.subject).toBe(`Nhắc hạn nộp hồ sơ điển hình tiên tiến: còn 7 ngày, hạn trước 29/04/${year} 00:00`);
        expect(toBao.text).toContain('Kính gửi: Báo Tài nguyên và Môi trường.');
        expect(toBao.text).toContain(`trước 29/04/${year} 00:00 (giờ Hà Nội)`);
      },
    );

    await step('sends nothing on other days, and leaves out units that submitted meanwhile at D-3 and D-1', async () => {
      await s.skipTo(hanoiMorning(5));
      expect((await runReminders('d5')).reminded).toEqual([]);
      await submit(s.api, CYCLE, 'STNMT-HN');
      for (const days of [3, 1]) {
        await s.skipTo(hanoiMorning(days));
        const run = await runReminders(`d${days}`);
        expect(run.daysLeft).toBe(days);
        expect([...run.reminded].sort()).toEqual(unitsWithout('STNMT-HN'));
        expect(
          reminderMails(days)
            .map((m) => m.to)
            .sort(),
        ).toEqual(unitsWithout('STNMT-HN').map(unitEmail).sort());
      }
      const notices = expectStatus(await s.api.as<{ kind: string }[]>('unit.BAO-TNMT', 'GET', '/notifications'), 200);
      expect(notices.filter((n) => n.kind === 'CUTOFF_REMINDER')).toHaveLength(3);
    });

    await step('accepts a submission one second before 29/04 00:00 Hanoi time and refuses one at it', async () => {
      await s.skipTo(new Date(cutoff.getTime() - 1000));
      await submit(s.api, CYCLE, 'STNMT-HP');
      await s.skip(1000);
      const late = await s.api.as('unit.STNMT-DN', 'POST', '/nominations', dossier(CYCLE));
      expect(late.status).toBe(422);
      expect(late.body.code).toBe('SUBMISSIONS_CLOSED');
      expect(late.body.message).toContain(`hồ sơ phải gửi trước 29/04/${year} 00:00 (giờ Hà Nội)`);
    });

    await step('tells each unit that submitted nothing, once, and sends the standing office the list', async () => {
      const missing = unitsWithout('STNMT-HN', 'STNMT-HP');
      const list = await s.smtp.mailTo('standing.office@btnmt.example', 'missing-units:');
      expect(list.subject).toBe(`Danh sách ${missing.length} đơn vị chưa nộp hồ sơ đợt ${CYCLE} (hạn trước 29/04/${year} 00:00)`);
      expect(list.text).toContain('Báo Tài nguyên và Môi trường (BAO-TNMT)');
      const notices = s.smtp.mails.filter((m) => m.occasion.startsWith('missed-cutoff:'));
      expect(notices.map((m) => m.to).sort()).toEqual(missing.map(unitEmail).sort());
      expect(findOrFail(notices, (m) => m.to === unitEmail('BAO-TNMT'), 'missed-cutoff notice to BAO-TNMT').subject).toContain(
        'đơn vị chưa nộp hồ sơ',
      );

      const json = expectStatus(
        await s.api.as<{ units: { code: string }[] }>('standing.office', 'GET', `/cycles/${CYCLE}/missing-units`),
        200,
      );
      expect(json.units.map((u) => u.code).sort()).toEqual(missing);
      const csv = await s.api.download('standing.office', `/cycles/${CYCLE}/missing-units?format=csv`);
      expect(csv.contentType).toContain('text/csv');
      expect([...csv.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the UTF-8 byte-order mark, for spreadsheets
      expect(csv.text.split('\n').filter(Boolean)).toHaveLength(missing.length + 2);
      expect(csv.text).toContain('Báo Tài nguyên và Môi trường');

      const closed = findOrFail(await cycleEventsOf(s.api, CYCLE), (e) => e.type === 'SubmissionsClosed', 'SubmissionsClosed event');
      expect([...closed.data.missingUnits].sort()).toEqual(missing);
    });
  });
});
