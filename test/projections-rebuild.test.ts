// The read models can be rebuilt from the events alone (npm run projections:rebuild) and come out identical.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { NominationView } from '#domain';
import { startStack, type Stack } from './support/stack.js';
import {
  complete,
  countRows,
  createCycle,
  cutoffIn,
  eventually,
  expectStatus,
  holdConference,
  submit,
  toCouncil,
  vote,
} from './support/scenario.js';

const CYCLE = 'T-REBUILD';

describe('projections rebuild', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack('rebuild');
    await createCycle(stack.api, CYCLE, { quota: 1, ...cutoffIn(40) });
  });
  afterAll(() => stack?.close());

  const snapshot = async () => ({
    nominations: await stack.db.query(`SELECT * FROM nominations ORDER BY id`),
    tasks: await stack.db.query(`SELECT * FROM tasks ORDER BY id`),
  });

  it('gives the same rows as the live projection', async () => {
    const { api } = stack;
    // A spread of lives: honoured, recognised, revised then rejected, withdrawn, expired when the cycle closed.
    const approved: NominationView[] = [];
    for (const score of [90, 80]) {
      const n = await toCouncil(api, CYCLE, 'BQLDA-DTXD', 'BAO-TNMT', score);
      await vote(api, n.id, ['AGREE', 'AGREE', 'AGREE', 'AGREE', 'AGREE', 'AGREE', 'ABSTAIN', 'DISAGREE', 'AGREE']);
      await eventually(api, n.id, (v) => v.stage === 'MINISTER_DECISION');
      approved.push(await complete(api, 'minister', n.id, 'MINISTER_DECISION', { decision: 'APPROVE' }));
    }
    const revised = await submit(api, CYCLE);
    await complete(api, 'unit.BAO-TNMT', revised.id, 'BLOCK_REVIEW', { decision: 'REQUEST_CHANGES', reason: 'Bổ sung biên bản' });
    await complete(api, 'unit.BQLDA-DTXD', revised.id, 'REVISION', { decision: 'RESUBMIT', changes: 'Đã bổ sung' });
    await complete(api, 'unit.BAO-TNMT', revised.id, 'BLOCK_REVIEW', { decision: 'REJECT', reason: 'Không đạt' });

    const withdrawn = await toCouncil(api, CYCLE);
    expectStatus(await api.as('unit.BQLDA-DTXD', 'POST', `/nominations/${withdrawn.id}/withdraw`, {}), 200);
    const open = await toCouncil(api, CYCLE); // left mid-vote

    // Holding the conference closes the cycle: everyone else is submitted first.
    await holdConference(api, CYCLE);
    for (const n of approved) await eventually(api, n.id, (v) => v.stage === 'CLOSED');
    // The vote still open when the cycle closed ends too: expired, its effects undone.
    await eventually(api, open.id, (v) => v.status === 'EXPIRED' && v.openEffects.length === 0);

    const before = await snapshot();
    expect(before.nominations).toHaveLength(5);
    // Damage the read models, so only a real rebuild from the events can restore them.
    const done = await countRows(stack.db, `SELECT count(*)::int AS n FROM tasks WHERE status = 'DONE'`);
    expect(done).toBeGreaterThan(0);
    await stack.db.query(`DELETE FROM tasks WHERE status = 'DONE'`);
    await stack.db.query(`UPDATE nominations SET stage = 'CLOSED', view = '{}'::jsonb`);
    const damaged = await snapshot();
    expect(damaged.tasks).toHaveLength(before.tasks.length - done);
    expect(damaged.nominations).not.toEqual(before.nominations);
    const { stdout } = await promisify(execFile)(process.execPath, ['dist/apps/tools/src/projections-rebuild.js'], {
      env: { ...process.env, DATABASE_URL: stack.databaseUrl },
    });
    expect(stdout).toMatch(/Rebuilt 5 nominations from \d+ events/);
    const after = await snapshot();
    expect(after).toEqual(before);
  });
});
