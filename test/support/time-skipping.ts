import { TestWorkflowEnvironment } from '@temporalio/testing';
import { freePort } from '#devstack';
import { startSmtpSink, type SmtpSink } from './smtp-sink.js';
import { startStack, type Stack, type StackOptions } from './stack.js';
import { archiveHistories } from './suite-histories.js';

export interface TimeSkippingStack extends Stack {
  env: TestWorkflowEnvironment;
  smtp: SmtpSink;
  /** Moves the server's clock forward; timers due on the way fire in order. */
  skip(ms: number): Promise<void>;
  /** Moves the clock to an instant (no-op if it is already past). */
  skipTo(instant: string | Date): Promise<void>;
  now(): Promise<Date>;
}

/**
 * The whole system on Temporal's time-skipping test server (the Java one from Maven Central,
 * provisioned by global-setup): real PostgreSQL, real worker, real API, real SMTP, with days
 * of calendar passing in milliseconds. The test server has no schedules: tests start the
 * reminder workflow themselves, as the schedule would.
 */
export async function startTimeSkippingStack(name: string, options: StackOptions = {}): Promise<TimeSkippingStack> {
  const path = process.env.TEMPORAL_TEST_SERVER_PATH;
  if (!path) throw new Error('TEMPORAL_TEST_SERVER_PATH is not set: run the tests with npm test');
  const port = await freePort();
  const env = await TestWorkflowEnvironment.createTimeSkipping({ server: { executable: { type: 'existing-path', path }, port } });
  const smtp = await startSmtpSink();
  const stack = await startStack(name, {
    ...options,
    temporalAddress: `127.0.0.1:${port}`,
    env: { SMTP_URL: smtp.url, REMINDER_SCHEDULES: 'false', ...options.env },
  });
  const now = async () => new Date(await env.currentTimeMs());
  return {
    ...stack,
    env,
    smtp,
    now,
    skip: (ms) => env.sleep(ms),
    async skipTo(instant) {
      const ms = new Date(instant).getTime() - (await now()).getTime();
      if (ms > 0) await env.sleep(ms);
    },
    async close() {
      // The server goes away with this file: its histories are kept for the ballot secrecy scan
      // (a failure to keep them fails the file, once everything is stopped).
      try {
        await archiveHistories(stack.temporal, stack.taskQueue);
      } finally {
        await stack.close();
        await smtp.close();
        await env.teardown();
      }
    },
  };
}
