// Histories recorded from real runs (test/histories, RECORD_HISTORIES=1) replay on today's workflow code; changed code without patched() does not.
import { describe, expect, it } from '@jest/globals';
import { DefaultLogger, Runtime, Worker } from '@temporalio/worker';
import { DeterminismViolationError } from '@temporalio/workflow';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleWorkflows, DEFAULT_WORKFLOW_BUNDLE_PATH } from '#temporal';

try {
  Runtime.install({ logger: new DefaultLogger('WARN') });
} catch {
  // already installed for this module registry
}

const dir = join(import.meta.dirname, 'histories');
const histories = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((file) => ({ name: file.replace(/\.json$/, ''), history: JSON.parse(readFileSync(join(dir, file), 'utf8')) }));

describe('replay', () => {
  it('has recorded histories of every kind of ending, and of the cycle', () => {
    // Recorded before the calendar code (no patch markers), after it (v2-…), and after cycles close their nominations (v3-…).
    expect(histories.map((h) => h.name).sort()).toEqual(
      expect.arrayContaining([
        'block-rejected',
        'cycle-conference',
        'honoured',
        'minister-rejected',
        'third-change-request',
        'withdrawn-during-vote',
        'v2-cycle-conference-on-its-date',
        'v2-cycle-postponed-and-reopened',
        'v2-honoured-after-postponement',
        'v2-quorum-grace-failed',
        'v2-revision-expired',
        'v3-cycle-conference-on-its-date',
        'v3-cycle-postponed-and-reopened',
        'v3-expired-when-cycle-closed',
        'v3-honoured-sealed-ballots',
        'v4-cycle-postponed-announced',
        'v4-revocation',
      ]),
    );
  });

  it.each(histories.map((h) => [h.name, h.history]))('%s replays deterministically on the current bundle', async (name, history) => {
    await expect(
      Worker.runReplayHistory({ workflowBundle: { codePath: DEFAULT_WORKFLOW_BUNDLE_PATH }, replayName: `replay-${name}` }, history, name),
    ).resolves.toBeUndefined();
  });

  it('fails with a DeterminismViolationError when the workflow changes without patched()', async () => {
    const changed = await bundleWorkflows(join(import.meta.dirname, 'fixtures', 'changed-nomination.workflow.ts'));
    const honoured = histories.find((h) => h.name === 'honoured');
    await expect(
      Worker.runReplayHistory({ workflowBundle: changed, replayName: 'replay-changed' }, honoured?.history, 'honoured'),
    ).rejects.toBeInstanceOf(DeterminismViolationError);
  });
});
