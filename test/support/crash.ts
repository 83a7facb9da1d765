import { Context } from '@temporalio/activity';
import type { ActivityExecuteInput, ActivityInboundCallsInterceptor, Next } from '@temporalio/worker';
import type { StackOptions } from './stack.js';

/**
 * A worker that "crashes" after an activity committed, before Temporal heard of it: the real
 * activity runs, then its first attempt fails whenever `when(activityType, args, crashed)` says so.
 * `crashed` lists the activity types it crashed, in order; pass `extras` to startStack.
 */
export function crashAfterCommit(when: (activityType: string, args: unknown[], crashed: readonly string[]) => boolean): {
  crashed: string[];
  extras: NonNullable<StackOptions['extras']>;
} {
  const crashed: string[] = [];
  const interceptor: ActivityInboundCallsInterceptor = {
    async execute(input: ActivityExecuteInput, next: Next<ActivityInboundCallsInterceptor, 'execute'>): Promise<unknown> {
      const result = await next(input);
      const { activityType, attempt } = Context.current().info;
      if (attempt === 1 && when(activityType, input.args, crashed)) {
        crashed.push(activityType);
        throw new Error(`simulated crash after ${activityType} committed`);
      }
      return result;
    },
  };
  return { crashed, extras: { interceptors: { activity: [() => ({ inbound: interceptor })] } } };
}
