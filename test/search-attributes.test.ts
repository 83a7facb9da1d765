// Administrators find nominations by cycle, unit, block, stage and status: the README's CLI query returns exactly the matching ones.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { findTemporalCli } from '#devstack';
import { startStack, type Stack } from './support/stack.js';
import { complete, dossier, expectStatus, openCycle, toCouncil } from './support/scenario.js';

const CYCLE = 'T-SEARCH';

describe('search attributes', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack('search');
    expectStatus(await stack.api.as('admin', 'POST', '/cycles', openCycle(CYCLE)), 201);
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

  async function eventuallyListed(query: string, expected: string[]): Promise<void> {
    const deadline = Date.now() + 15_000;
    let found: string[] = [];
    while (Date.now() < deadline) {
      found = await listWithCli(query);
      if (JSON.stringify(found) === JSON.stringify([...expected].sort())) return;
      await new Promise((r) => setTimeout(r, 250));
    }
    expect(found).toEqual([...expected].sort());
  }

  it('finds exactly the nominations at a stage of a cycle, and follows them as they move', async () => {
    const { api } = stack;
    const atVote = await toCouncil(api, CYCLE);
    const atReview = expectStatus(await api.as('unit.BQLDA-DTXD', 'POST', '/nominations', dossier(CYCLE)), 201);
    const rejected = expectStatus(await api.as('unit.TAPCHI-TNMT', 'POST', '/nominations', dossier(CYCLE)), 201);
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
