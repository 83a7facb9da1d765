import { WorkflowNotFoundError, WorkflowUpdateFailedError, type Client } from '@temporalio/client';
import type { SignalDefinition, UpdateDefinition } from '@temporalio/common';

/** Sends each workflow its own signal, a few at a time; one that has ended meanwhile is skipped. */
export async function signalEachOwn<Args extends unknown[]>(
  client: Client,
  items: { workflowId: string; args: Args }[],
  signal: SignalDefinition<Args>,
): Promise<void> {
  for (let i = 0; i < items.length; i += 8) {
    await Promise.all(
      items.slice(i, i + 8).map(async ({ workflowId, args }) => {
        try {
          await client.workflow.getHandle(workflowId).signal(signal, ...args);
        } catch (err) {
          if (!(err instanceof WorkflowNotFoundError)) throw err;
        }
      }),
    );
  }
}

/**
 * Asks each workflow by an update, a few at a time: those that accept come back, those that refuse
 * (a validator's refusal, or the workflow has ended) come back with the reason in Vietnamese.
 */
export async function askEach<Args extends [unknown, ...unknown[]], R>(
  client: Client,
  items: { id: string; workflowId: string }[],
  update: UpdateDefinition<R, Args>,
  args: Args,
): Promise<{ accepted: { id: string; result: R }[]; refused: { id: string; message: string }[] }> {
  const accepted: { id: string; result: R }[] = [];
  const refused: { id: string; message: string }[] = [];
  for (let i = 0; i < items.length; i += 8) {
    await Promise.all(
      items.slice(i, i + 8).map(async ({ id, workflowId }) => {
        try {
          accepted.push({ id, result: await client.workflow.getHandle(workflowId).executeUpdate(update, { args }) });
        } catch (err) {
          if (err instanceof WorkflowUpdateFailedError) refused.push({ id, message: err.cause?.message ?? err.message });
          else if (err instanceof WorkflowNotFoundError) refused.push({ id, message: 'Hồ sơ đã kết thúc.' });
          else throw err;
        }
      }),
    );
  }
  return { accepted, refused };
}

/** Signals one workflow if it is still running. */
export async function signalIfRunning<Args extends unknown[]>(
  client: Client,
  workflowId: string,
  signal: SignalDefinition<Args>,
  ...args: Args
): Promise<void> {
  await signalEachOwn(client, [{ workflowId, args }], signal);
}
