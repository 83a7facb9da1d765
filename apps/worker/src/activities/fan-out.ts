import { Context } from '@temporalio/activity';
import { WorkflowNotFoundError, type Client } from '@temporalio/client';
import type { SignalDefinition } from '@temporalio/common';

/** How many workflows are signalled at once by a fan-out. */
export const FAN_OUT_CONCURRENCY = 8;

/**
 * Bounded fan-out from an activity: sends the same signal to each workflow, FAN_OUT_CONCURRENCY
 * at a time, heartbeating `progress(offset, signalled)` before each batch (`offset` is the
 * batch's first index in `workflowIds`, `signalled` how many this call has signalled so far).
 * A workflow that has closed meanwhile is skipped and not counted. Returns how many were signalled.
 */
export async function signalEach<Args extends unknown[]>(
  client: Client,
  workflowIds: readonly string[],
  signal: SignalDefinition<Args>,
  args: Args,
  progress: (offset: number, signalled: number) => unknown,
): Promise<number> {
  const context = Context.current();
  let signalled = 0;
  for (let i = 0; i < workflowIds.length; i += FAN_OUT_CONCURRENCY) {
    context.heartbeat(progress(i, signalled));
    await Promise.all(
      workflowIds.slice(i, i + FAN_OUT_CONCURRENCY).map(async (workflowId) => {
        try {
          await client.workflow.getHandle(workflowId).signal(signal, ...args);
          signalled++;
        } catch (err) {
          if (!(err instanceof WorkflowNotFoundError)) throw err; // closed meanwhile
        }
      }),
    );
  }
  return signalled;
}
