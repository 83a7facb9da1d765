import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Client } from '@temporalio/client';
import { historyToJSON } from '@temporalio/common/lib/proto-utils.js';
import { checkScenario, HISTORIES_DIR, recordingGeneration, recordingTarget } from './history-archive.mjs';

/**
 * With RECORD_HISTORIES=v<N> (the generation after the newest in test/histories), keeps the
 * workflow's history as test/histories/v<N>-<scenario>.json for the replay test, in the same JSON
 * as `temporal workflow show -o json`. Histories are recorded on purpose, reviewed, added to
 * test/histories/manifest.sha256 and committed; never on every run.
 *
 * Append-only: it writes only new files of a new generation, never over an existing file
 * (flag 'wx'), and refuses RECORD_HISTORIES=1 or a generation that already has files, so the
 * replay coverage of executions started by older code is never lost. `scenario` carries no
 * generation prefix ('honoured-sealed-ballots', not 'v3-honoured-sealed-ballots'); it is checked
 * on every run, recording or not.
 */
export async function keepHistory(temporal: Client, workflowId: string, scenario: string): Promise<void> {
  checkScenario(scenario);
  const generation = recordingGeneration(process.env.RECORD_HISTORIES, HISTORIES_DIR, recordedThisRun());
  if (!generation) return;
  const file = recordingTarget(generation, scenario);
  const history = await temporal.workflow.getHandle(workflowId).fetchHistory();
  try {
    writeFileSync(join(HISTORIES_DIR, file), historyToJSON(history), { flag: 'wx' });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    throw new Error(`test/histories/${file} exists: histories are append-only and a recording never replaces one.`);
  }
  appendFileSync(ledger(), `${file}\n`);
}

/**
 * The files this run has recorded, kept in the run's scratch folder (made by global-setup, removed
 * by global-teardown): a run may add many files to its new generation, a later run none.
 */
function ledger(): string {
  const scratch = process.env.TEST_SCRATCH_DIR;
  if (!scratch) throw new Error('TEST_SCRATCH_DIR is not set: record histories with npm test (global-setup makes it)');
  return join(scratch, 'recorded-histories');
}

function recordedThisRun(): string[] {
  if (!process.env.RECORD_HISTORIES) return [];
  const path = ledger();
  return existsSync(path) ? readFileSync(path, 'utf8').split('\n').filter(Boolean) : [];
}
