// A decision the event store refuses for good leaves the workflow's state as stored: nothing applied, the same decision can be taken again.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ApplicationFailure } from '@temporalio/activity';
import type { ActivityExecuteInput, ActivityInboundCallsInterceptor, Next } from '@temporalio/worker';
import type { NominationView, OpenTask, RecordedEvent } from '#domain';
import { getNominationQuery, getOpenTasksQuery } from '#workflows';
import { startStack, type Stack } from './support/stack.js';
import { dossier, expectStatus, openCycle, taskFor } from './support/scenario.js';

const CYCLE = 'T-REFUSED';
const refused: string[] = [];

/** The store refuses the first endorsement for good (as PostgreSQL refuses data it cannot hold): a non-retryable failure. */
class RefuseFirstEndorsement implements ActivityInboundCallsInterceptor {
  async execute(input: ActivityExecuteInput, next: Next<ActivityInboundCallsInterceptor, 'execute'>): Promise<unknown> {
    const events = ((input.args[0] as { events?: RecordedEvent[] }).events ?? []).map((e) => e.type);
    if (events.includes('BlockEndorsed') && refused.length === 0) {
      refused.push('BlockEndorsed');
      throw ApplicationFailure.nonRetryable('Cannot store the event: refused on purpose', 'InvalidData');
    }
    return next(input);
  }
}

describe('a refusal by the event store', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack('refusal', { extras: { interceptors: { activity: [() => ({ inbound: new RefuseFirstEndorsement() })] } } });
    expectStatus(await stack.api.as('admin', 'POST', '/cycles', openCycle(CYCLE)), 201);
  });
  afterAll(() => stack?.close());

  it('answers 422, applies nothing, and the same decision succeeds when asked again', async () => {
    const submitted = expectStatus(await stack.api.as<NominationView>('unit.BQLDA-DTXD', 'POST', '/nominations', dossier(CYCLE)), 201);
    const taskId = await taskFor(stack.api, 'unit.BAO-TNMT', submitted.id, 'BLOCK_REVIEW');
    const endorse = () =>
      stack.api.as<NominationView>('unit.BAO-TNMT', 'POST', `/tasks/${taskId}/complete`, { decision: 'ENDORSE', score: 88 });

    const refusal = await endorse();
    expect(refused).toEqual(['BlockEndorsed']);
    expect(refusal.status).toBe(422);
    expect(refusal.body).toMatchObject({ code: 'RECORDING_FAILED' });

    // The workflow's own state is the stored one: still at block review, same version, the review task still open.
    const handle = stack.temporal.workflow.getHandle(submitted.workflowId);
    const inWorkflow = (await handle.query(getNominationQuery)) as NominationView;
    expect({ stage: inWorkflow.stage, version: inWorkflow.version, blockScore: inWorkflow.blockScore }).toEqual({
      stage: 'BLOCK_REVIEW',
      version: submitted.version,
      blockScore: null,
    });
    const openTasks: OpenTask[] = await handle.query(getOpenTasksQuery);
    expect(openTasks.map((t) => t.id)).toEqual([taskId]);
    const stored = expectStatus(await stack.api.as<NominationView>('admin', 'GET', `/nominations/${submitted.id}`), 200);
    expect({ stage: stored.stage, version: stored.version }).toEqual({ stage: 'BLOCK_REVIEW', version: submitted.version });

    // Asked again, the endorsement is decided on the stored state and recorded once.
    const endorsed = expectStatus(await endorse(), 200);
    expect({ stage: endorsed.stage, blockScore: endorsed.blockScore }).toEqual({ stage: 'COUNCIL_VOTE', blockScore: 88 });
    const events = expectStatus(await stack.api.as<{ type: string }[]>('admin', 'GET', `/nominations/${submitted.id}/events`), 200);
    expect(events.filter((e) => e.type === 'BlockEndorsed')).toHaveLength(1);
  });
});
