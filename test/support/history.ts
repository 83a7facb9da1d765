import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findTemporalCli } from '#devstack';

/**
 * With RECORD_HISTORIES=1, keeps the workflow's history under test/histories/ for the replay
 * test, exported by the Temporal CLI as an administrator would (`workflow show -o json`).
 * Histories are recorded on purpose, reviewed and committed; never on every run.
 */
export async function keepHistory(_temporal: unknown, workflowId: string, name: string): Promise<void> {
  if (!process.env.RECORD_HISTORIES) return;
  const cli = findTemporalCli();
  if (!cli) throw new Error('no Temporal CLI to export the history with');
  const json = execFileSync(cli.path, ['workflow', 'show', '--workflow-id', workflowId, '--output', 'json'], {
    env: { ...process.env, TEMPORAL_ADDRESS: process.env.TEMPORAL_ADDRESS },
    maxBuffer: 64 * 1024 * 1024,
  });
  writeFileSync(join(import.meta.dirname, '..', 'histories', `${name}.json`), json);
}
