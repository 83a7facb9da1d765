import { Context } from '@temporalio/activity';
import type { Client } from '@temporalio/client';
import type { ActivityExecuteInput, ActivityInboundCallsInterceptor, Next } from '@temporalio/worker';
import type { StackOptions } from './stack.js';
import { waitFor } from './wait.js';

/** One held activity: `reached` resolves when it starts (and waits), `release` lets it run. */
export interface Hold {
  reached: Promise<void>;
  release: () => void;
}

/**
 * A worker whose activities can be held at the door: `hold(key)` makes the first activity for which
 * `keyOf(activityType, args)` gives `key` wait, before it runs, until released. Lets a test put
 * something else between a workflow's decision and its recording, without sleeping. Pass `extras`
 * to startStack.
 */
export function holdingActivities(keyOf: (activityType: string, args: unknown[]) => string | undefined): {
  hold: (key: string) => Hold;
  extras: NonNullable<StackOptions['extras']>;
} {
  const holds = new Map<string, { reached: () => void; gate: Promise<void> }>();
  const interceptor: ActivityInboundCallsInterceptor = {
    async execute(input: ActivityExecuteInput, next: Next<ActivityInboundCallsInterceptor, 'execute'>): Promise<unknown> {
      const key = keyOf(Context.current().info.activityType, input.args);
      const held = key === undefined ? undefined : holds.get(key);
      if (key !== undefined && held) {
        holds.delete(key);
        held.reached();
        await held.gate;
      }
      return next(input);
    },
  };
  return {
    hold(key) {
      let reached!: () => void;
      let release!: () => void;
      const hit = new Promise<void>((r) => (reached = r));
      const gate = new Promise<void>((r) => (release = r));
      holds.set(key, { reached, gate });
      return { reached: hit, release };
    },
    extras: { interceptors: { activity: [() => ({ inbound: interceptor })] } },
  };
}

/** Waits until `workflowId` has received `signalName` and finished a workflow task after it (its handler has run). */
export async function signalHandled(temporal: Client, workflowId: string, signalName: string): Promise<void> {
  await waitFor(async () => {
    const events = (await temporal.workflow.getHandle(workflowId).fetchHistory()).events ?? [];
    const signalled = events.findIndex((e) => e.workflowExecutionSignaledEventAttributes?.signalName === signalName);
    return signalled >= 0 && events.slice(signalled).some((e) => e.workflowTaskCompletedEventAttributes);
  });
}

/** Waits until `workflowId` has accepted an update named `updateName` (its handler has started, and may be waiting its turn). */
export async function updateAccepted(temporal: Client, workflowId: string, updateName: string): Promise<void> {
  await waitFor(async () => {
    const events = (await temporal.workflow.getHandle(workflowId).fetchHistory()).events ?? [];
    return events.some((e) => e.workflowExecutionUpdateAcceptedEventAttributes?.acceptedRequest?.input?.name === updateName);
  });
}
