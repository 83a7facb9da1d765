// The daily reminder Schedule on the real dev server: created with the cycle, visible, every morning at 08:00 Hanoi time; two runs send each reminder once; deleted when the cycle closes.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ScheduleNotFoundError } from '@temporalio/client';
import { startSmtpSink, type SmtpSink } from './support/smtp-sink.js';
import { startStack, type Stack } from './support/stack.js';
import { UNITS_COUNT_FOR_TESTS } from './support/organisation.js';
import { dossier, expectStatus, openCycle, waitFor } from './support/scenario.js';

const CYCLE = 'T-SCHEDULE';
const HOUR = 3_600_000;

describe('the reminder schedule', () => {
  let stack: Stack;
  let smtp: SmtpSink;
  beforeAll(async () => {
    smtp = await startSmtpSink();
    stack = await startStack('schedule', { env: { SMTP_URL: smtp.url } });
    // The cutoff is 00:00 in Hanoi seven calendar days from today: a run now is the D-7 reminder.
    const todayInHanoi = Math.floor((Date.now() + 7 * HOUR) / (24 * HOUR)) * 24 * HOUR - 7 * HOUR;
    const cutoff = todayInHanoi + 7 * 24 * HOUR;
    const at = (days: number) => new Date(cutoff + days * 24 * HOUR).toISOString();
    expectStatus(
      await stack.api.as(
        'admin',
        'POST',
        '/cycles',
        openCycle(CYCLE, {
          submissionCutoff: at(0),
          blockReviewTarget: at(10),
          councilVoteTarget: at(20),
          decisionTarget: at(30),
          conferenceDate: at(40),
        }),
      ),
      201,
    );
    expectStatus(await stack.api.as('unit.BQLDA-DTXD', 'POST', '/nominations', dossier(CYCLE)), 201);
  });
  afterAll(async () => {
    await stack?.close();
    await smtp?.close();
  });

  const schedule = () => stack.temporal.schedule.getHandle(`cycle-reminders:${CYCLE}`);

  it('exists for the open cycle: every day at 08:00 Asia/Ho_Chi_Minh, starting the unit reminders', async () => {
    await waitFor(async () =>
      schedule()
        .describe()
        .then(
          () => true,
          () => false,
        ),
    );
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
    const expected = UNITS_COUNT_FOR_TESTS - 1;
    await waitFor(async () => (await schedule().describe()).info.recentActions.length >= 2, 30_000);
    // Both runs finished before we count.
    for (const action of (await schedule().describe()).info.recentActions) {
      await stack.temporal.workflow.getHandle(action.action.workflow.workflowId, action.action.workflow.firstExecutionRunId).result();
    }
    expect(smtp.mails.filter((m) => m.occasion.endsWith(':D-7'))).toHaveLength(expected);
    expect(new Set(smtp.mails.map((m) => m.to)).size).toBe(expected);
    expect(smtp.to('bqlda-dtxd@btnmt.example')).toEqual([]);
    const [row] = await stack.db.query(`SELECT count(*)::int AS n FROM notifications WHERE kind = 'CUTOFF_REMINDER'`);
    expect(row.n).toBe(expected);
  });

  it('is deleted when the cycle closes', async () => {
    expectStatus(await stack.api.as('standing.office', 'POST', `/cycles/${CYCLE}/conference`), 200);
    await waitFor(
      async () =>
        schedule()
          .describe()
          .then(
            () => false,
            (err) => err instanceof ScheduleNotFoundError,
          ),
      20_000,
    );
  });
});
