// The spine: one nomination from unit proposal to conference honour, through the API.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NominationView } from '#domain';
import { keepHistory } from './support/history.js';
import { startStack, type Stack } from './support/stack.js';
import {
  complete,
  createCycle,
  cutoffIn,
  eventsOf,
  eventTypes,
  eventually,
  expectStatus,
  holdConference,
  nomination,
  submit,
  toApproved,
  vote,
} from './support/scenario.js';

describe('a nomination from proposal to honour', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack('happy');
  });
  afterAll(() => stack?.close());

  it('has a healthy API and worker', async () => {
    const api = (await (await fetch(`${stack.api.baseUrl}/health`)).json()) as { info: unknown };
    expect(api.info).toMatchObject({ database: { status: 'up' }, temporal: { status: 'up' } });
    const worker = (await (await fetch(`${stack.workerUrl}/health`)).json()) as { info: unknown };
    expect(worker.info).toMatchObject({ database: { status: 'up' }, temporalWorker: { status: 'up', state: 'RUNNING' } });
  });

  it('is honoured with a decision number and a certificate, leaving a complete event stream', async () => {
    const { api } = stack;
    await createCycle(api, 'T-HAPPY', cutoffIn(30));
    const submitted = await submit(api, 'T-HAPPY', 'BQLDA-DTXD');
    expect(submitted).toMatchObject({
      stage: 'BLOCK_REVIEW',
      status: 'IN_PROGRESS',
      cycleCode: 'T-HAPPY',
      unitCode: 'BQLDA-DTXD',
      blockCode: 'KHOI-VI',
    });
    expect(submitted.workflowId).toContain('T-HAPPY');
    expect(submitted.workflowId).toContain('BQLDA-DTXD');

    const endorsed = await complete(api, 'unit.BAO-TNMT', submitted.id, 'BLOCK_REVIEW', { decision: 'ENDORSE', score: 95 });
    expect(endorsed).toMatchObject({ stage: 'COUNCIL_VOTE', blockScore: 95, councilMembers: 9 });

    await vote(api, submitted.id, ['AGREE', 'AGREE', 'AGREE', 'AGREE', 'AGREE', 'AGREE', 'DISAGREE', 'ABSTAIN', 'AGREE']);
    const voted = await eventually(api, submitted.id, (v) => v.stage === 'MINISTER_DECISION');
    expect(voted.tally).toEqual({ agree: 7, disagree: 1, abstain: 1, members: 9 });

    const approved = await complete(api, 'minister', submitted.id, 'MINISTER_DECISION', { decision: 'APPROVE' });
    expect(approved.stage).toBe('AWAITING_CONFERENCE');
    expect(approved.decisionNumber).toMatch(/^\d+\/QĐ-BTNMT$/);
    expect(approved.decisionSignature).toBe('BỘ TRƯỞNG Trần Hồng Hà');

    expect(await holdConference(api, 'T-HAPPY')).toMatchObject({ honoured: 1, recognised: 0 });
    const honoured = await eventually(api, submitted.id, (v) => v.status === 'HONOURED');
    expect(honoured).toMatchObject({ stage: 'CLOSED', certificateNumber: 'T-HAPPY/001', conferenceRank: 1 });

    const events = await eventsOf(api, submitted.id);
    expect(events.map((e) => e.version)).toEqual(events.map((_, i) => i + 1));
    expect(events.map((e) => e.type)).toEqual([
      'NominationSubmitted',
      'BlockListEntryAdded',
      'BlockEndorsed',
      'CouncilAgendaItemAdded',
      'CouncilVotingOpened',
      ...Array(9).fill('BallotCast'),
      'CouncilVotePassed',
      'MinisterApproved',
      'ConferenceSeatReserved',
      'NominationHonoured',
    ]);
    expect(JSON.stringify(events.filter((e) => e.type === 'BallotCast'))).not.toMatch(/AGREE|DISAGREE|ABSTAIN/);
    await keepHistory(stack.temporal, submitted.workflowId, 'honoured-sealed-ballots');

    // The secret ballot stays secret in Temporal too: no payload of the history holds a choice.
    const history = await stack.temporal.workflow.getHandle(submitted.workflowId).fetchHistory();
    const payloads: string[] = [];
    const collect = (node: unknown): void => {
      if (!node || typeof node !== 'object') return;
      const { data, metadata } = node as { data?: unknown; metadata?: unknown };
      if (metadata && data instanceof Uint8Array) payloads.push(Buffer.from(data).toString('utf8'));
      Object.values(node).forEach(collect);
    };
    collect(history);
    expect(payloads.some((p) => p.includes('sealedChoice'))).toBe(true);
    expect(payloads.filter((p) => /"(AGREE|DISAGREE|ABSTAIN)"/.test(p))).toEqual([]);
    // And the ballot box holds nine sealed choices, none of them tied to a member.
    const box = await stack.db.query(`SELECT * FROM ballot_box WHERE nomination_id = $1`, [submitted.id]);
    expect(box).toHaveLength(9);
    expect(Object.keys(box[0]).sort()).toEqual(['id', 'nomination_id', 'sealed_choice']);
  });

  it('is revoked by a new decision that annuls it: effects undone newest first, the first number kept, the unit told', async () => {
    const { api } = stack;
    // A nomination of its own, honoured in a cycle of its own (holding the conference closes a cycle).
    await createCycle(api, 'T-REVOKE', cutoffIn(30));
    const approved = await toApproved(api, 'T-REVOKE');
    await holdConference(api, 'T-REVOKE');
    const honoured = await eventually(api, approved.id, (v) => v.status === 'HONOURED');
    expectStatus(await api.as('unit.BQLDA-DTXD', 'POST', `/nominations/${honoured.id}/revoke`, { reason: 'Gian dối' }), 403);
    expectStatus(await api.as('minister', 'POST', `/nominations/${honoured.id}/revoke`, { reason: '   ' }), 400);
    const revoked = expectStatus(
      await api.as<NominationView>('deputy.minister', 'POST', `/nominations/${honoured.id}/revoke`, {
        reason: 'Thành tích kê khai không đúng sự thật',
      }),
      200,
    );
    expect(revoked).toMatchObject({ status: 'REVOKED', stage: 'CLOSED', openEffects: [], decisionNumber: honoured.decisionNumber });
    expect(revoked.revocationDecisionNumber).toMatch(/^\d+\/QĐ-BTNMT$/);
    expect(revoked.revocationDecisionNumber).not.toBe(honoured.decisionNumber);
    expect(await nomination(api, honoured.id)).toEqual(revoked);
    expect((await eventTypes(api, honoured.id)).slice(-4)).toEqual([
      'NominationRevoked',
      'ConferenceSeatCompensated',
      'CouncilAgendaItemCompensated',
      'BlockListEntryCompensated',
    ]);
    expectStatus(await api.as('minister', 'POST', `/nominations/${honoured.id}/revoke`, { reason: 'Lần nữa' }), 409);
    await keepHistory(stack.temporal, `revocation:${honoured.id}`, 'revocation');
    const notices = expectStatus(await api.as<{ subject: string }[]>('unit.BQLDA-DTXD', 'GET', '/notifications'), 200);
    expect(notices.some((n) => n.subject.startsWith('Thu hồi công nhận điển hình tiên tiến'))).toBe(true);
  });
});
