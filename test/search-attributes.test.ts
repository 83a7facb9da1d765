// Administrators find nominations by cycle, unit, block, stage and status: the README's CLI query returns exactly the matching ones.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { findTemporalCli } from '#devstack';
import { startStack, type Stack } from './support/stack.js';
import { complete, createCycle, lastRead, submit, toCouncil } from './support/scenario.js';

const CYCLE = 'T-SEARCH';

describe('search attributes', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack('search');
    await createCycle(stack.api, CYCLE);
  });
  afterAll(() => stack?.close());

  /** Runs `temporal workflow list --query …` against the suite's server, as an administrator would. */
  async function listWithCli(query: string): Promise<string[]> {
    const cli = findTemporalCli();
    if (!cli) throw new Error('the Temporal CLI should have been found or built by global-setup');
    const { stdout } = await promisify(execFile)(cli.path, ['workflow', 'list', '--query', query, '--output', 'json'], {
      env: { ...process.env, TEMPORAL_ADDRESS: process.env.TEMPORAL_ADDRESS },
    });
    const lines = stdout.trim();
    if (!lines) return [];
    const parsed = lines.startsWith('[') ? JSON.parse(lines) : lines.split('\n').map((l) => JSON.parse(l));
    return (parsed as { execution: { workflowId: string } }[]).map((w) => w.execution.workflowId).sort();
  }

  /** The query lists exactly `expected`, once the visibility store has caught up (15 s at most). */
  async function eventuallyListed(query: string, expected: string[]): Promise<void> {
    const sorted = [...expected].sort();
    const found = await lastRead(
      () => listWithCli(query),
      (ids) => JSON.stringify(ids) === JSON.stringify(sorted),
      15_000,
    );
    expect(found).toEqual(sorted);
  }

  it('finds exactly the nominations at a stage of a cycle, and follows them as they move', async () => {
    const { api } = stack;
    const atVote = await toCouncil(api, CYCLE);
    const atReview = await submit(api, CYCLE, 'BQLDA-DTXD');
    const rejected = await submit(api, CYCLE, 'TAPCHI-TNMT');
    await complete(api, 'unit.BAO-TNMT', rejected.id, 'BLOCK_REVIEW', { decision: 'REJECT', reason: 'Không đạt tiêu chuẩn' });

    await eventuallyListed(`CycleCode='${CYCLE}' AND NominationStage='COUNCIL_VOTE'`, [atVote.workflowId]);
    await eventuallyListed(`CycleCode='${CYCLE}' AND NominationStage='BLOCK_REVIEW'`, [atReview.workflowId]);
    await eventuallyListed(`CycleCode='${CYCLE}' AND NominationStatus='REJECTED'`, [rejected.workflowId]);
    await eventuallyListed(`CycleCode='${CYCLE}' AND UnitCode='TAPCHI-TNMT' AND BlockCode='KHOI-VI' AND NomineeKind='INDIVIDUAL'`, [
      rejected.workflowId,
    ]);

    await complete(api, 'unit.BAO-TNMT', atReview.id, 'BLOCK_REVIEW', { decision: 'ENDORSE', score: 70 });
    await eventuallyListed(`CycleCode='${CYCLE}' AND NominationStage='COUNCIL_VOTE'`, [atVote.workflowId, atReview.workflowId]);
    await eventuallyListed(`CycleCode='${CYCLE}' AND NominationStage='BLOCK_REVIEW'`, []);
  });
});
