// Histories recorded from real runs (test/histories, listed in its manifest) replay on today's workflow code; changed code without patched() does not.
import { describe, expect, it } from '@jest/globals';
import { Worker } from '@temporalio/worker';
import { DeterminismViolationError } from '@temporalio/workflow';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleWorkflows, DEFAULT_WORKFLOW_BUNDLE_PATH } from '#temporal';
import { findOrFail } from './support/find.js';
import { HISTORIES_DIR, readManifest } from './support/history-archive.mjs';
import { quietTemporalRuntime } from './support/runtime.js';

quietTemporalRuntime();

interface HistoryJson {
  events: {
    eventType: string;
    workflowExecutionStartedEventAttributes?: { workflowType: { name: string } };
    workflowExecutionCompletedEventAttributes?: { result?: { payloads: { data: string }[] } };
  }[];
}

// Every history the manifest pins (history-archive.test.ts checks they are intact): a missing file fails here too.
const histories = [...readManifest().keys()].map((file) => ({
  name: file.replace(/\.json$/, ''),
  history: JSON.parse(readFileSync(join(HISTORIES_DIR, file), 'utf8')) as HistoryJson,
}));

/** How a recorded execution ended: its workflow type, and the status (and stage) a nomination or revocation returned. */
function ending({ events }: HistoryJson): string {
  const type = events[0].workflowExecutionStartedEventAttributes?.workflowType.name ?? `no start event (${events[0].eventType})`;
  const last = events[events.length - 1];
  const result = last.workflowExecutionCompletedEventAttributes?.result?.payloads[0];
  if (!result) return `${type} ${last.eventType}`;
  const view = JSON.parse(Buffer.from(result.data, 'base64').toString('utf8')) as { status?: string; outcome?: { stage: string } | null };
  if (!view.status) return `${type} completed`;
  return view.outcome && view.status !== 'HONOURED' && view.status !== 'REVOKED'
    ? `${type} ${view.status} at ${view.outcome.stage}`
    : `${type} ${view.status}`;
}

describe('replay', () => {
  it('has recorded histories of every kind of ending, and of the cycle', () => {
    expect([...new Set(histories.map((h) => ending(h.history)))]).toEqual(
      expect.arrayContaining([
        'nominationWorkflow HONOURED',
        'nominationWorkflow REJECTED at BLOCK_REVIEW',
        'nominationWorkflow REJECTED at COUNCIL_VOTE',
        'nominationWorkflow REJECTED at MINISTER_DECISION',
        'nominationWorkflow WITHDRAWN at COUNCIL_VOTE',
        'nominationWorkflow EXPIRED at REVISION',
        'nominationWorkflow EXPIRED at MINISTER_DECISION',
        'cycleWorkflow completed',
        'revocationWorkflow REVOKED',
        // The council-session process (v6-).
        'councilSessionWorkflow INQUORATE',
        'councilSessionWorkflow CLOSED',
        'proposalWorkflow RETURNED',
        'proposalWorkflow APPROVED',
        'nominationWorkflowV2 HONOURED',
        'nominationWorkflowV2 REJECTED at COUNCIL_VOTE',
        'nominationWorkflowV2 REJECTED at MINISTER_DECISION',
      ]),
    );
  });

  it('still has every history recorded before the manifest (one dropped with its manifest line loses replay coverage)', () => {
    // Generations: none (before the calendar), v2- (calendar), v3- (cycles close their nominations, sealed ballots), v4- (moved dates announced, revocation).
    expect(histories.map((h) => h.name)).toEqual(
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
        'v2-honoured-after-vote-closed-at-target',
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

  it.each(histories.map((h): [string, HistoryJson] => [h.name, h.history]))(
    '%s replays deterministically on the current bundle',
    async (name, history) => {
      await expect(
        Worker.runReplayHistory(
          { workflowBundle: { codePath: DEFAULT_WORKFLOW_BUNDLE_PATH }, replayName: `replay-${name}` },
          history,
          name,
        ),
      ).resolves.toBeUndefined();
    },
  );

  it('fails with a DeterminismViolationError when the workflow changes without patched()', async () => {
    const changed = await bundleWorkflows(join(import.meta.dirname, 'fixtures', 'changed-nomination.workflow.ts'));
    const { history } = findOrFail(histories, (h) => h.name === 'honoured', "the 'honoured' history");
    await expect(
      Worker.runReplayHistory({ workflowBundle: changed, replayName: 'replay-changed' }, history, 'honoured'),
    ).rejects.toBeInstanceOf(DeterminismViolationError);
  });
});
