// A worker that "crashes" after an activity committed, before Temporal heard of it: the retry writes no event twice and numbers no decision twice.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { RecordedEvent } from '#domain';
import { crashAfterCommit } from './support/crash.js';
import { startStack, type Stack } from './support/stack.js';
import { complete, countRows, createCycle, submit, toMinister } from './support/scenario.js';

const CYCLE = 'T-CRASH';

/** Crashes the first attempt of recording the block's endorsement, and of numbering the minister's decision. */
const crash = crashAfterCommit((activityType, args) => {
  const events = ((args[0] as { events?: RecordedEvent[] }).events ?? []).map((e) => e.type);
  return (activityType === 'recordEvents' && events.includes('BlockEndorsed')) || activityType === 'issueMinisterDecision';
});

describe('recording is idempotent', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack('crash', { extras: crash.extras });
    await createCycle(stack.api, CYCLE);
  });
  afterAll(() => stack?.close());

  it('a retried activity writes no duplicate event and allocates no second decision number', async () => {
    const n = await toMinister(stack.api, CYCLE);
    const approved = await complete(stack.api, 'minister', n.id, 'MINISTER_DECISION', { decision: 'APPROVE' });
    expect(crash.crashed).toEqual(['recordEvents', 'issueMinisterDecision']);
    expect(approved.decisionNumber).toBe('1/QĐ-BTNMT');

    const events = await stack.db.query(`SELECT version, type FROM nomination_events WHERE nomination_id = $1 ORDER BY version`, [n.id]);
    expect(events.map((e: { version: number }) => e.version)).toEqual(events.map((_: unknown, i: number) => i + 1));
    expect(events.filter((e: { type: string }) => e.type === 'BlockEndorsed')).toHaveLength(1);
    expect(events.filter((e: { type: string }) => e.type === 'MinisterApproved')).toHaveLength(1);
    const [counter] = await stack.db.query(`SELECT last_number FROM decision_number_counters`);
    expect(counter.last_number).toBe(1);
  });

  it('the store refuses to rewrite history', async () => {
    // Events of its own: the guard is a row trigger, so an UPDATE or DELETE of no rows would prove nothing.
    const n = await submit(stack.api, CYCLE, 'TAPCHI-TNMT');
    const stored = async () => stack.db.query(`SELECT * FROM nomination_events WHERE nomination_id = $1 ORDER BY version`, [n.id]);
    const before = await stored();
    expect(before.length).toBeGreaterThan(0);
    await expect(stack.db.query(`UPDATE nomination_events SET actor = 'someone else'`)).rejects.toThrow(/append-only/);
    await expect(stack.db.query(`DELETE FROM nomination_events`)).rejects.toThrow(/append-only/);
    expect(await stored()).toEqual(before);
    expect(await countRows(stack.db, `SELECT count(*)::int AS n FROM nomination_events WHERE actor = 'someone else'`)).toBe(0);
  });
});
