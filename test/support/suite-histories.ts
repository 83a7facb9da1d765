import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Client } from '@temporalio/client';
import { historyToJSON } from '@temporalio/common/lib/proto-utils.js';
import { msToTs } from '@temporalio/common/lib/time.js';

/**
 * The workflow histories the test suite produces, for the ballot secrecy scan
 * (test/ballot-secrecy.test.ts, which the suite runs last):
 *
 * - every execution on the suite's Temporal dev server (started once by global-setup, shared by
 *   every test file, stopped by global-teardown), listed by `client.workflow.list()`;
 * - the executions of each time-skipping test server (one per calendar test file, gone when the
 *   file ends), which `startTimeSkippingStack` archives here when it closes.
 */

export interface SuiteHistory {
  /** Where it came from: `dev-server`, `time-skipping:<stack>` or `recorded:<file>`. */
  source: string;
  workflowId: string;
  workflowType: string;
  /** The JSON of `temporal workflow show -o json`. */
  history: { events: Record<string, unknown>[] };
}

function archiveDir(): string | undefined {
  const scratch = process.env.TEST_SCRATCH_DIR;
  return scratch ? join(scratch, 'workflow-histories') : undefined;
}

/** Every execution the server knows, by the visibility calls the time-skipping test server answers (it has no `list`). */
async function listOpenAndClosed(client: Client): Promise<{ workflowId: string; runId: string }[]> {
  const service = client.connection.workflowService;
  const found: { workflowId: string; runId: string }[] = [];
  const request = {
    namespace: client.options.namespace,
    maximumPageSize: 1000,
    startTimeFilter: { earliestTime: msToTs(0), latestTime: msToTs(Date.UTC(2100, 0, 1)) },
  };
  type Page = {
    executions?: { execution?: { workflowId?: string | null; runId?: string | null } | null }[] | null;
    nextPageToken?: Uint8Array | null;
  };
  const lists: ((r: typeof request & { nextPageToken?: Uint8Array }) => Promise<Page>)[] = [
    (r) => service.listOpenWorkflowExecutions(r),
    (r) => service.listClosedWorkflowExecutions(r),
  ];
  for (const list of lists) {
    let nextPageToken: Uint8Array | undefined;
    do {
      const page = await list({ ...request, nextPageToken });
      for (const e of page.executions ?? []) found.push({ workflowId: e.execution?.workflowId ?? '', runId: e.execution?.runId ?? '' });
      nextPageToken = page.nextPageToken?.length ? page.nextPageToken : undefined;
    } while (nextPageToken);
  }
  return found;
}

/**
 * Keeps the history of every execution on a server that is about to go away (a time-skipping test
 * server), for the scan. Does nothing outside `npm test`'s global setup (no scratch folder).
 */
export async function archiveHistories(client: Client, stack: string): Promise<number> {
  const root = archiveDir();
  if (!root) return 0;
  const dir = join(root, stack.replace(/[^\w.-]/g, '_'));
  mkdirSync(dir, { recursive: true });
  const executions = await listOpenAndClosed(client);
  for (const [i, { workflowId, runId }] of executions.entries()) {
    const history = JSON.parse(historyToJSON(await client.workflow.getHandle(workflowId, runId).fetchHistory())) as unknown;
    writeFileSync(join(dir, `${String(i).padStart(4, '0')}.json`), JSON.stringify({ workflowId, runId, history }));
  }
  return executions.length;
}

const typeOf = (history: SuiteHistory['history']) =>
  ((history.events[0]?.workflowExecutionStartedEventAttributes as { workflowType?: { name?: string } } | undefined)?.workflowType?.name ??
    '') as string;

/** Every execution on the suite's dev server (every test file's, so far), with its history. */
export async function devServerHistories(client: Client): Promise<SuiteHistory[]> {
  const histories: SuiteHistory[] = [];
  for await (const execution of client.workflow.list()) {
    const history = JSON.parse(
      historyToJSON(await client.workflow.getHandle(execution.workflowId, execution.runId).fetchHistory()),
    ) as SuiteHistory['history'];
    histories.push({ source: 'dev-server', workflowId: execution.workflowId, workflowType: execution.type, history });
  }
  return histories;
}

/** What the time-skipping stacks of this run archived as they closed. */
export function archivedHistories(): SuiteHistory[] {
  const root = archiveDir();
  if (!root) return [];
  let stacks: string[];
  try {
    stacks = readdirSync(root);
  } catch {
    return [];
  }
  return stacks.flatMap((stack) =>
    readdirSync(join(root, stack)).map((file) => {
      const { workflowId, history } = JSON.parse(readFileSync(join(root, stack, file), 'utf8')) as {
        workflowId: string;
        history: SuiteHistory['history'];
      };
      return { source: `time-skipping:${stack}`, workflowId, workflowType: typeOf(history), history };
    }),
  );
}

/** A committed history of test/histories as a SuiteHistory. */
export function recordedHistory(file: string, history: SuiteHistory['history']): SuiteHistory {
  return { source: `recorded:${file}`, workflowId: file, workflowType: typeOf(history), history };
}
