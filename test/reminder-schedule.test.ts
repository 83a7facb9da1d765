// The daily reminder Schedule on the real dev server: created with the cycle, visible, every morning at 08:00 Hanoi time; two runs send each reminder once; deleted when the cycle closes.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ScheduleNotFoundError } from '@temporalio/client';
import { startSmtpSink, type SmtpSink } from './support/smtp-sink.js';
import { startStack, type Stack } from './support/stack.js';
import { UNIT_CODES, unitEmail } from './support/organisation.js';
import { countRows, createCycle, cutoffIn, DAY, HOUR, holdConference, milestones, submit, waitFor } from './support/scenario.js';

const CYCLE = 'T-SCHEDULE';

describe('the reminder schedule', () => {
  let stack: Stack;
  let smtp: SmtpSink;
  beforeAll(async () => {
    smtp = await startSmtpSink();
    stack = await startStack('schedule', { env: { SMTP_URL: smtp.url } });
    // The cutoff is 00:00 in Hanoi seven calendar days from today: a run now is the D-7 reminder.
    const todayInHanoi = Math.floor((Date.now() + 7 * HOUR) / DAY) * DAY - 7 * HOUR;
    await createCycle(stack.api, CYCLE, milestones(todayInHanoi + 7 * DAY, [0, 10, 20, 30, 40]));
    await submit(stack.api, CYCLE, 'BQLDA-DTXD');
    // The cycle's workflow creates the schedule: every test starts once it exists.
    await waitFor(() => exists(schedule()));
  });
  afterAll(async () => {
    await stack?.close();
    await smtp?.close();
  });

  const schedule = () => stack.temporal.schedule.getHandle(`cycle-reminders:${CYCLE}`);
  /** Whether the schedule exists: false only when Temporal says it does not (any other error fails the test). */
  const exists = (handle: ReturnType<typeof schedule>) =>
    handle.describe().then(
      () => true,
      (err: unknown) => {
        if (err instanceof ScheduleNotFoundError) return false;
        throw err;
      },
    );

  it('exists for the open cycle: every day at 08:00 Asia/Ho_Chi_Minh, starting the unit reminders', async () => {
    const description = await schedule().describe();
    expect(description.spec.timezone).toBe('Asia/Ho_Chi_Minh');
    expect(description.spec.calendars?.[0]).toMatchObject({
      hour: [{ start: 8, end: 8, step: 1 }],
      minute: [{ start: 0, end: 0, step: 1 }],
    });
    expect(description.action).toMatchObject({ type: 'startWorkflow', workflowType: 'unitRemindersWorkflow', taskQueue: stack.taskQueue });
    expect(description.state.paused).toBe(false);
  });

  it('reminds each unit that has not submitted once, even when the run is repeated', async () => {
    // The schedule names its runs by the second: a second apart, they are two runs of the same morning.
    await schedule().trigger();
    await new Promise((r) => setTimeout(r, 1100));
    await schedule().trigger();
    const expected = UNIT_CODES.filter((u) => u !== 'BQLDA-DTXD')
      .map(unitEmail)
      .sort();
    await waitFor(async () => (await schedule().describe()).info.recentActions.length >= 2, 30_000);
    // Both runs finished before we count.
    for (const action of (await schedule().describe()).info.recentActions) {
      await stack.temporal.workflow.getHandle(action.action.workflow.workflowId, action.action.workflow.firstExecutionRunId).result();
    }
    // Each unit without a submission once, no one else, however many runs.
    expect(smtp.mails.map((m) => m.to).sort()).toEqual(expected);
    expect(smtp.mails.filter((m) => !m.occasion.endsWith(':D-7'))).toEqual([]);
    const reminders = `SELECT count(*)::int AS n FROM notifications WHERE kind = 'CUTOFF_REMINDER'`;
    expect(await countRows(stack.db, reminders)).toBe(expected.length);
  });

  it('is deleted when the cycle closes', async () => {
    // A cycle of its own: the conference closes a cycle, and is recorded only after its cutoff.
    const closing = 'T-SCHEDULE-END';
    await createCycle(stack.api, closing, cutoffIn(5));
    const handle = stack.temporal.schedule.getHandle(`cycle-reminders:${closing}`);
    await waitFor(() => exists(handle));
    await holdConference(stack.api, closing);
    await waitFor(async () => !(await exists(handle)), 20_000);
  });
});
