// A worker that "crashes" after an activity committed, before Temporal heard of it: the retry writes no event twice and numbers no decision twice.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Context } from '@temporalio/activity';
import type { ActivityExecuteInput, ActivityInboundCallsInterceptor, Next } from '@temporalio/worker';
import type { NominationView, RecordedEvent } from '#domain';
import { startStack, type Stack } from './support/stack.js';
import { complete, eventually, expectStatus, openCycle, toCouncil, vote } from './support/scenario.js';

const CYCLE = 'T-CRASH';
const crashes: string[] = [];

/** Lets the real activity run and commit, then fails its first attempt, as a crash would. */
class CrashAfterCommit implements ActivityInboundCallsInterceptor {
  async execute(input: ActivityExecuteInput, next: Next<ActivityInboundCallsInterceptor, 'execute'>): Promise<unknown> {
    const result = await next(input);
    const { activityType, attempt } = Context.current().info;
    const events = ((input.args[0] as { events?: RecordedEvent[] }).events ?? []).map((e) => e.type);
    const target = (activityType === 'recordEvents' && events.includes('BlockEndorsed')) || activityType === 'issueMinisterDecision';
    if (target && attempt === 1) {
      crashes.push(activityType);
      throw new Error(`simulated crash after ${activityType} committed`);
    }
    return result;
  }
}

describe('recording is idempotent', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack('crash', { extras: { interceptors: { activity: [() => ({ inbound: new CrashAfterCommit() })] } } });
    expectStatus(await stack.api.as('admin', 'POST', '/cycles', openCycle(CYCLE)), 201);
  });
  afterAll(() => stack?.close());

  it('a retried activity writes no duplicate event and allocates no second decision number', async () => {
    const n = await toCouncil(stack.api, CYCLE);
    await vote(stack.api, n.id, Array(9).fill('AGREE'));
    await eventually(stack.api, n.id, (v) => v.stage === 'MINISTER_DECISION');
    const approved: NominationView = await complete(stack.api, 'minister', n.id, 'MINISTER_DECISION', { decision: 'APPROVE' });
    expect(crashes).toEqual(['recordEvents', 'issueMinisterDecision']);
    expect(approved.decisionNumber).toBe('1/QĐ-BTNMT');

    const events = await stack.db.query(`SELECT version, type FROM nomination_events WHERE nomination_id = $1 ORDER BY version`, [n.id]);
    expect(events.map((e: { version: number }) => e.version)).toEqual(events.map((_: unknown, i: number) => i + 1));
    expect(events.filter((e: { type: string }) => e.type === 'BlockEndorsed')).toHaveLength(1);
    expect(events.filter((e: { type: string }) => e.type === 'MinisterApproved')).toHaveLength(1);
    const [counter] = await stack.db.query(`SELECT last_number FROM decision_number_counters`);
    expect(counter.last_number).toBe(1);
  });

  it('the store refuses to rewrite history', async () => {
    await expect(stack.db.query(`UPDATE nomination_events SET actor = 'someone else'`)).rejects.toThrow(/append-only/);
    await expect(stack.db.query(`DELETE FROM nomination_events`)).rejects.toThrow(/append-only/);
  });
});
