import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Reads the recorded histories of test/histories (the JSON of `temporal workflow show -o json`)
 * as plain values: what each execution was started with, what it asked its activities to
 * store, what its updates and signals carried and answered. The domain replay check reads them.
 */

interface Payload {
  metadata?: { encoding?: string };
  data?: string;
}
type Attributes = Record<string, unknown>;
interface RawEvent {
  eventId: string;
  eventType: string;
  [attributes: string]: unknown;
}

export interface RecordedHistory {
  name: string;
  workflowType: string;
  input: unknown;
  result: unknown;
  /** Activities in the order they were scheduled, with their input and (once completed) their result. */
  activities: { eventId: number; type: string; input: unknown; result?: unknown }[];
  /** Accepted updates in order, with their input and their answer (undefined if they failed). */
  updates: { eventId: number; name: string; input: unknown; outcome?: unknown }[];
  signals: { eventId: number; name: string; input: unknown }[];
}

const HISTORIES = join(import.meta.dirname, '..', 'histories');

export function decodePayload(payload: Payload | undefined): unknown {
  if (!payload?.metadata?.encoding) return undefined;
  const encoding = Buffer.from(payload.metadata.encoding, 'base64').toString();
  if (encoding !== 'json/plain' || payload.data === undefined) return undefined;
  return JSON.parse(Buffer.from(payload.data, 'base64').toString('utf8'));
}

const first = (payloads: { payloads?: Payload[] } | undefined) => decodePayload(payloads?.payloads?.[0]);
const attributesOf = (event: RawEvent): Attributes =>
  (Object.entries(event).find(([key]) => key.endsWith('Attributes'))?.[1] as Attributes | undefined) ?? {};

export function readHistory(name: string): RecordedHistory {
  const { events } = JSON.parse(readFileSync(join(HISTORIES, `${name}.json`), 'utf8')) as { events: RawEvent[] };
  const history: RecordedHistory = {
    name,
    workflowType: '',
    input: undefined,
    result: undefined,
    activities: [],
    updates: [],
    signals: [],
  };
  const activityById = new Map<number, RecordedHistory['activities'][number]>();
  // By update id: the time-skipping test server does not say which event accepted an update.
  const updateById = new Map<string, RecordedHistory['updates'][number]>();
  for (const event of events) {
    const a = attributesOf(event);
    const eventId = Number(event.eventId);
    switch (event.eventType) {
      case 'EVENT_TYPE_WORKFLOW_EXECUTION_STARTED':
        history.workflowType = (a.workflowType as { name: string }).name;
        history.input = first(a.input as { payloads: Payload[] });
        break;
      case 'EVENT_TYPE_WORKFLOW_EXECUTION_COMPLETED':
        history.result = first(a.result as { payloads: Payload[] });
        break;
      case 'EVENT_TYPE_ACTIVITY_TASK_SCHEDULED': {
        const activity = { eventId, type: (a.activityType as { name: string }).name, input: first(a.input as { payloads: Payload[] }) };
        history.activities.push(activity);
        activityById.set(eventId, activity);
        break;
      }
      case 'EVENT_TYPE_ACTIVITY_TASK_COMPLETED': {
        const activity = activityById.get(Number(a.scheduledEventId));
        if (activity) activity.result = first(a.result as { payloads: Payload[] });
        break;
      }
      case 'EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_ACCEPTED': {
        const { meta, input } = a.acceptedRequest as {
          meta: { updateId: string };
          input: { name: string; args?: { payloads?: Payload[] } };
        };
        const update = { eventId, name: input.name, input: first(input.args) };
        history.updates.push(update);
        updateById.set(meta.updateId, update);
        break;
      }
      case 'EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_COMPLETED': {
        const update = updateById.get((a.meta as { updateId: string }).updateId);
        const outcome = a.outcome as { success?: { payloads: Payload[] } };
        if (update && outcome.success) update.outcome = first(outcome.success);
        break;
      }
      case 'EVENT_TYPE_WORKFLOW_EXECUTION_SIGNALED':
        history.signals.push({ eventId, name: a.signalName as string, input: first(a.input as { payloads: Payload[] }) });
        break;
    }
  }
  return history;
}

export function historyNames(): string[] {
  return readdirSync(HISTORIES)
    .filter((f) => f.endsWith('.json') && f !== 'manifest.json')
    .map((f) => f.replace(/\.json$/, ''))
    .sort();
}
