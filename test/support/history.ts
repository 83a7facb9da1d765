import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Client } from '@temporalio/client';
import { historyToJSON } from '@temporalio/common/lib/proto-utils.js';

/**
 * With RECORD_HISTORIES=1, keeps the workflow's history under test/histories/ for the replay
 * test, in the same JSON as `temporal workflow show -o json`. Histories are recorded on
 * purpose, reviewed and committed; never on every run.
 */
export async function keepHistory(temporal: Client, workflowId: string, name: string): Promise<void> {
  if (!process.env.RECORD_HISTORIES) return;
  const history = await temporal.workflow.getHandle(workflowId).fetchHistory();
  writeFileSync(join(import.meta.dirname, '..', 'histories', `${name}.json`), historyToJSON(history));
}
