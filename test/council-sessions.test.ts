// Council sessions end to end: an inquorate session rejects nobody and publishes nothing, a second
// session with a written opinion decides, the proposal within the quota, one decision for the list.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NominationView, ProposalView, SessionView } from '#domain';
import { startStack, type Stack } from './support/stack.js';
import { COUNCIL, CONFERENCE_PLACE, createCycle, hanoiToday, eventually, expectStatus, nomination, toCouncil } from './support/scenario.js';
import { waitForValue } from './support/wait.js';

const CYCLE = 'T-SESSION';

describe('council sessions and one decision for the list', () => {
  let stack: Stack;
  let a: NominationView;
  let b: NominationView;
  let c: NominationView;
  beforeAll(async () => {
    stack = await startStack('sessions');
    await createCycle(stack.api, CYCLE, { councilProcess: 'SESSIONS', quota: 1 });
    a = await toCouncil(stack.api, CYCLE, 'BQLDA-DTXD', 'BAO-TNMT', 95);
    b = await toCouncil(stack.api, CYCLE, 'BQLDA-DTXD', 'BAO-TNMT', 80);
    c = await toCouncil(stack.api, CYCLE, 'BQLDA-DTXD', 'BAO-TNMT', 70);
  });
  afterAll(() => stack?.close());

  const api = () => stack.api;
  const session = async (id: string) => expectStatus(await api().as<SessionView>('admin', 'GET', `/council-sessions/${id}`), 200);
  const taskOf = (s: SessionView, member: string) => s.ballots.find((x) => x.member === member)?.taskId as string;
  const ballot = (s: SessionView, member: string, choices: Record<string, string>) =>
    api().as<SessionView>(member, 'POST', `/tasks/${taskOf(s, member)}/complete`, {
      choices: Object.entries(choices).map(([nominationId, choice]) => ({ nominationId, choice })),
    });
  const all = (choice: string, ids = [a.id, b.id, c.id]) => Object.fromEntries(ids.map((id) => [id, choice]));

  it('a session without quorum rejects nobody and publishes no counts', async () => {
    const composed = expectStatus(
      await api().as<SessionView>('standing.office', 'POST', `/cycles/${CYCLE}/council-sessions`, {
        title: 'Phiên họp thứ nhất',
        meetingAt: new Date(Date.now() + 3_600_000).toISOString(),
      }),
      201,
    );
    expect(composed).toMatchObject({ status: 'DRAFT' });
    expect(composed.agenda.map((i) => i.nominationId).sort()).toEqual([a.id, b.id, c.id].sort());
    expect((await nomination(api(), a.id)).councilSessionId).toBe(composed.id);

    const opened = expectStatus(await api().as<SessionView>('standing.office', 'POST', `/council-sessions/${composed.id}/open`), 200);
    expect(opened).toMatchObject({ status: 'VOTING' });
    expect(opened.members).toHaveLength(9);

    // A ballot that leaves out a candidate is refused, naming it, and nothing is written.
    const partial = await ballot(opened, COUNCIL[0], { [a.id]: 'AGREE' });
    expect(partial.status).toBe(400);
    expect(partial.body).toMatchObject({ code: 'BALLOT_INCOMPLETE' });
    expect(JSON.stringify(partial.body)).toContain(b.nominee.fullName);

    for (const member of COUNCIL.slice(0, 5)) expectStatus(await ballot(opened, member, all('AGREE')), 200);
    const again = await ballot(opened, COUNCIL[0], all('DISAGREE'));
    expect(again.status).toBe(409);

    const closed = expectStatus(await api().as<SessionView>('standing.office', 'POST', `/council-sessions/${composed.id}/close`), 200);
    expect(closed).toMatchObject({ status: 'INQUORATE', results: null, quorum: { members: 9, cast: 5, needed: 6, reached: false } });
    expect(await stack.db.query(`SELECT sealed_totals, counted_totals FROM ballot_boxes WHERE session_id = $1`, [composed.id])).toEqual([
      { sealed_totals: null, counted_totals: [] },
    ]);
    for (const n of [a, b, c]) {
      const back = await eventually(api(), n.id, (v) => v.councilSessionId === null);
      expect(back).toMatchObject({ stage: 'COUNCIL_VOTE', status: 'IN_PROGRESS', tally: null });
    }
  });

  it('a second session with a written opinion decides; the ballot box never links a member to a choice', async () => {
    const composed = expectStatus(
      await api().as<SessionView>('standing.office', 'POST', `/cycles/${CYCLE}/council-sessions`, {
        title: 'Phiên họp thứ hai',
        meetingAt: new Date(Date.now() + 7_200_000).toISOString(),
      }),
      201,
    );
    const opened = expectStatus(await api().as<SessionView>('standing.office', 'POST', `/council-sessions/${composed.id}/open`), 200);
    for (const [i, member] of COUNCIL.slice(0, 8).entries()) {
      expectStatus(
        await ballot(opened, member, { [a.id]: 'AGREE', [b.id]: i < 6 ? 'AGREE' : 'ABSTAIN', [c.id]: i < 2 ? 'AGREE' : 'DISAGREE' }),
        200,
      );
    }
    const written = await api().as<SessionView>('standing.office', 'POST', `/council-sessions/${composed.id}/written-opinions`, {
      member: COUNCIL[8],
      choices: [a.id, b.id, c.id].map((nominationId) => ({ nominationId, choice: 'AGREE' })),
      documentId: 'CV-09/2018',
    });
    expectStatus(written, 200);
    const closed = await waitForValue(async () => {
      const s = await session(composed.id);
      return s.status === 'CLOSED' ? s : undefined;
    }, 'the session closed once everyone voted');
    expect(closed.quorum).toMatchObject({ cast: 9, reached: true });
    expect(closed.received.find((r) => r.member === COUNCIL[8])).toMatchObject({ via: 'WRITTEN_OPINION', documentId: 'CV-09/2018' });
    const result = (id: string) => closed.results?.find((r) => r.nominationId === id);
    expect(result(a.id)).toMatchObject({ passed: true, tally: { agree: 9, disagree: 0, abstain: 0 } });
    expect(result(b.id)).toMatchObject({ passed: true, tally: { agree: 7, abstain: 2 } });
    expect(result(c.id)).toMatchObject({ passed: false, tally: { agree: 3, disagree: 6 } });

    expect(await eventually(api(), a.id, (v) => v.stage === 'MINISTER_DECISION')).toMatchObject({ councilSessionId: composed.id });
    expect(await eventually(api(), c.id, (v) => v.status === 'REJECTED')).toMatchObject({ stage: 'CLOSED' });

    // What is stored: who voted (no choice), and the box (totals per candidate, no voter).
    const columns = async (table: string) =>
      (
        (await stack.db.query(`SELECT column_name FROM information_schema.columns WHERE table_name = $1`, [table])) as {
          column_name: string;
        }[]
      ).map((r) => r.column_name);
    expect(await columns('ballot_box_voters')).not.toContain('choice');
    expect((await columns('ballot_boxes')).sort()).toEqual(['counted_totals', 'sealed_totals', 'session_id', 'state']);
  });

  it('the proposal keeps to the quota unless justified; the minister signs one decision; the one left out is told so', async () => {
    const draft = expectStatus(
      await api().as<{ proposed: { nominationId: string }[]; leftOut: { nominationId: string; explanation: string }[] }>(
        'standing.office',
        'GET',
        `/cycles/${CYCLE}/proposals/draft`,
      ),
      200,
    );
    expect(draft.proposed.map((p) => p.nominationId)).toEqual([a.id]);
    expect(draft.leftOut).toMatchObject([{ nominationId: b.id }]);

    const over = await api().as('standing.office', 'POST', `/cycles/${CYCLE}/proposals`, { nominationIds: [a.id, b.id] });
    expect(over.status).toBe(400);
    expect(JSON.stringify(over.body)).toContain('overQuotaNeedsJustification');

    const proposal = expectStatus(
      await api().as<ProposalView>('standing.office', 'POST', `/cycles/${CYCLE}/proposals`, { nominationIds: [a.id] }),
      201,
    );
    expect(proposal).toMatchObject({ status: 'SUBMITTED', entries: [{ nominationId: a.id, rank: 1 }] });
    const hold = await api().as('standing.office', 'POST', `/cycles/${CYCLE}/conference`, {
      heldOn: hanoiToday(),
      place: CONFERENCE_PLACE,
    });
    expect(hold.body).toMatchObject({ code: 'DECISION_PENDING' });

    const decided = expectStatus(
      await api().as<ProposalView>('deputy.minister', 'POST', `/tasks/${proposal.taskId}/complete`, { decision: 'APPROVE' }),
      200,
    );
    expect(decided.status).toBe('APPROVED');
    const decision = decided.decision!;
    expect(decision.number).toMatch(/^\d+\/QĐ-BTNMT$/);
    expect(decision.onBehalfOf).toMatchObject({ username: 'minister' });

    const approved = await eventually(api(), a.id, (v) => v.stage === 'AWAITING_CONFERENCE');
    expect(approved).toMatchObject({ decisionNumber: decision.number, decisionId: decision.id });
    const left = await eventually(api(), b.id, (v) => v.status === 'NOT_PROPOSED');
    expect(left.outcome?.reason).toContain('Ngoài chỉ tiêu');

    const read = expectStatus(
      await api().as<{ number: string; nominationIds: string[]; onBehalfOf?: { username: string } }>(
        'admin',
        'GET',
        `/decisions/${decision.id}`,
      ),
      200,
    );
    expect(read).toMatchObject({ number: decision.number, nominationIds: [a.id], onBehalfOf: { username: 'minister' } });
  });
});
