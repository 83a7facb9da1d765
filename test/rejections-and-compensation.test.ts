// Every point where a nomination can be rejected, and withdrawal: compensations run newest first, once, and leave nothing open.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NominationView } from '#domain';
import { findOrFail } from './support/find.js';
import { keepHistory } from './support/history.js';
import { startStack, type Stack } from './support/stack.js';
import {
  closeVote,
  complete,
  countRows,
  COUNCIL,
  createCycle,
  dossier,
  eventsOf,
  eventTypes,
  eventually,
  expectStatus,
  holdConference,
  hanoiToday,
  CONFERENCE_PLACE,
  cutoffIn,
  DAY,
  nomination,
  type OpenTask,
  submit,
  taskFor,
  toApproved,
  toCouncil,
  toMinister,
  vote,
} from './support/scenario.js';

const CYCLE = 'T-REJECT';

describe('rejection and withdrawal', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack('reject');
    await createCycle(stack.api, CYCLE);
  });
  afterAll(() => stack?.close());

  const types = (id: string) => eventTypes(stack.api, id);
  const openTasks = async (id: string) =>
    (await stack.db.query(`SELECT type FROM tasks WHERE nomination_id = $1 AND status = 'OPEN'`, [id])) as unknown[];

  it('block rejection undoes the block list entry', async () => {
    const n = await submit(stack.api, CYCLE);
    const view = await complete(stack.api, 'unit.BAO-TNMT', n.id, 'BLOCK_REVIEW', { decision: 'REJECT', reason: 'Chưa đủ thành tích' });
    expect(view).toMatchObject({ stage: 'CLOSED', status: 'REJECTED', openEffects: [] });
    expect(view.outcome).toMatchObject({ stage: 'BLOCK_REVIEW', reason: 'Chưa đủ thành tích', by: 'unit.BAO-TNMT' });
    expect(await types(n.id)).toEqual(['NominationSubmitted', 'BlockListEntryAdded', 'NominationRejected', 'BlockListEntryCompensated']);
    expect(await openTasks(n.id)).toEqual([]);
    await keepHistory(stack.temporal, n.workflowId, 'block-rejected');
  });

  it('a third change request rejects; two rounds of revision are allowed', async () => {
    const n = await submit(stack.api, CYCLE);
    for (let round = 1; round <= 2; round++) {
      const asked = await complete(stack.api, 'unit.BAO-TNMT', n.id, 'BLOCK_REVIEW', {
        decision: 'REQUEST_CHANGES',
        reason: `Bổ sung lần ${round}`,
      });
      expect(asked).toMatchObject({ stage: 'REVISION', changeRounds: round });
      const resubmitted = await complete(stack.api, 'unit.BQLDA-DTXD', n.id, 'REVISION', {
        decision: 'RESUBMIT',
        changes: `Đã bổ sung lần ${round}`,
      });
      expect(resubmitted.stage).toBe('BLOCK_REVIEW');
    }
    const third = await complete(stack.api, 'unit.BAO-TNMT', n.id, 'BLOCK_REVIEW', {
      decision: 'REQUEST_CHANGES',
      reason: 'Bổ sung lần 3',
    });
    expect(third).toMatchObject({ stage: 'CLOSED', status: 'REJECTED', openEffects: [] });
    expect(third.outcome).toMatchObject({
      reason: 'Khối/Cụm thi đua yêu cầu bổ sung hồ sơ lần thứ 3, quá số lần cho phép (tối đa 2 lần): Bổ sung lần 3',
    });
    expect(await types(n.id)).toEqual([
      'NominationSubmitted',
      'BlockListEntryAdded',
      'ChangesRequested',
      'NominationResubmitted',
      'ChangesRequested',
      'NominationResubmitted',
      'NominationRejected',
      'BlockListEntryCompensated',
    ]);
    expect(await openTasks(n.id)).toEqual([]);
    await keepHistory(stack.temporal, n.workflowId, 'third-change-request');
  });

  it('a failed council vote undoes the agenda item, then the block list entry', async () => {
    const n = await toCouncil(stack.api, CYCLE);
    await vote(stack.api, n.id, ['AGREE', 'AGREE', 'AGREE', 'AGREE', 'DISAGREE', 'DISAGREE', 'DISAGREE', 'ABSTAIN', 'ABSTAIN']);
    const view = await eventually(stack.api, n.id, (v) => v.status === 'REJECTED' && v.openEffects.length === 0);
    expect(view.tally).toEqual({ agree: 4, disagree: 3, abstain: 2, members: 9 });
    expect(view.outcome).toMatchObject({ stage: 'COUNCIL_VOTE' });
    const all = await types(n.id);
    expect(all.slice(-4)).toEqual(['CouncilVoteFailed', 'NominationRejected', 'CouncilAgendaItemCompensated', 'BlockListEntryCompensated']);
    expect(await openTasks(n.id)).toEqual([]);
  });

  it('the minister rejecting undoes both effects, newest first', async () => {
    const n = await toMinister(stack.api, CYCLE);
    const view = await complete(stack.api, 'minister', n.id, 'MINISTER_DECISION', {
      decision: 'REJECT',
      reason: 'Thành tích chưa tiêu biểu',
    });
    expect(view).toMatchObject({ status: 'REJECTED', openEffects: [], decisionNumber: null });
    expect((await types(n.id)).slice(-4)).toEqual([
      'MinisterRejected',
      'NominationRejected',
      'CouncilAgendaItemCompensated',
      'BlockListEntryCompensated',
    ]);
    await keepHistory(stack.temporal, n.workflowId, 'minister-rejected');
  });

  it('without quorum the vote fails when the standing office closes it', async () => {
    const n = await toCouncil(stack.api, CYCLE);
    await vote(stack.api, n.id, ['AGREE', 'AGREE', 'AGREE', 'AGREE', 'AGREE']);
    const closed = await closeVote(stack.api, n.id);
    expect(closed.status).toBe('REJECTED');
    // Not counted (rules version 2): how many voted is public, how they voted is not.
    expect(closed.tally).toBeNull();
    expect(closed.outcome).toMatchObject({
      reason: 'Hội đồng không đủ số thành viên bỏ phiếu: 5/9 thành viên đã bỏ phiếu, cần ít nhất 6',
    });
    const failed = findOrFail(await eventsOf(stack.api, n.id), (e) => e.type === 'CouncilVoteFailed', 'CouncilVoteFailed event');
    expect(failed.data).toMatchObject({ reason: 'QUORUM_NOT_REACHED', tally: null, cast: 5, members: 9 });
    // The remaining members' ballots are withdrawn with the vote.
    expect(await openTasks(n.id)).toEqual([]);
    const late = expectStatus(await stack.api.as<OpenTask[]>('council.9', 'GET', '/tasks'), 200);
    expect(late.filter((t) => t.nominationId === n.id)).toEqual([]);
  });

  it('with quorum, the standing office closing early counts on all members', async () => {
    const n = await toCouncil(stack.api, CYCLE);
    await vote(stack.api, n.id, ['AGREE', 'AGREE', 'AGREE', 'AGREE', 'AGREE', 'DISAGREE']);
    const closed = await closeVote(stack.api, n.id);
    expect(closed).toMatchObject({ stage: 'MINISTER_DECISION', tally: { agree: 5, disagree: 1, abstain: 0, members: 9 } });
  });

  it('withdrawal during the council vote undoes everything and cancels the ballots', async () => {
    const n = await toCouncil(stack.api, CYCLE);
    await vote(stack.api, n.id, ['AGREE']);
    const view = expectStatus(
      await stack.api.as<NominationView>('unit.BQLDA-DTXD', 'POST', `/nominations/${n.id}/withdraw`, { reason: 'Đơn vị rút hồ sơ' }),
      200,
    );
    expect(view).toMatchObject({ stage: 'CLOSED', status: 'WITHDRAWN', openEffects: [] });
    expect(view.outcome).toMatchObject({ stage: 'COUNCIL_VOTE', reason: 'Đơn vị rút hồ sơ' });
    expect((await types(n.id)).slice(-3)).toEqual(['NominationWithdrawn', 'CouncilAgendaItemCompensated', 'BlockListEntryCompensated']);
    const cancelled = `SELECT count(*)::int AS n FROM tasks WHERE nomination_id = $1 AND status = 'CANCELLED'`;
    expect(await countRows(stack.db, cancelled, [n.id])).toBe(8);
    await keepHistory(stack.temporal, n.workflowId, 'withdrawn-during-vote');
  });

  it('withdrawal is refused once the minister has decided, and by another unit', async () => {
    const n = await toCouncil(stack.api, CYCLE);
    expectStatus(await stack.api.as('unit.BAO-TNMT', 'POST', `/nominations/${n.id}/withdraw`, {}), 403);
    await vote(stack.api, n.id, Array(9).fill('AGREE'));
    await eventually(stack.api, n.id, (v) => v.stage === 'MINISTER_DECISION');
    expect(await complete(stack.api, 'minister', n.id, 'MINISTER_DECISION', { decision: 'APPROVE' })).toMatchObject({
      stage: 'AWAITING_CONFERENCE',
    });
    const refused = await stack.api.as('unit.BQLDA-DTXD', 'POST', `/nominations/${n.id}/withdraw`, {});
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('WITHDRAWAL_TOO_LATE');
    expect(refused.body.message).toMatch(/Bộ trưởng đã quyết định/);
  });

  it('the deputy unit reviews the leader unit’s own nomination', async () => {
    const n = await submit(stack.api, CYCLE, 'BAO-TNMT');
    expect(n.reviewerUnitCode).toBe('CTY-TNMT-MN');
    // The review task exists (the deputy sees it) before the leader is shown not to.
    const taskId = await taskFor(stack.api, 'unit.CTY-TNMT-MN', n.id, 'BLOCK_REVIEW');
    const leaderTasks = expectStatus(await stack.api.as<OpenTask[]>('unit.BAO-TNMT', 'GET', '/tasks'), 200);
    expect(leaderTasks.filter((t) => t.nominationId === n.id)).toEqual([]);
    const own = await stack.api.as('unit.BAO-TNMT', 'POST', `/tasks/${taskId}/complete`, { decision: 'ENDORSE', score: 100 });
    expect(own.status).toBe(403);
    const endorsed = await complete(stack.api, 'unit.CTY-TNMT-MN', n.id, 'BLOCK_REVIEW', { decision: 'ENDORSE', score: 88 });
    expect(endorsed).toMatchObject({ stage: 'COUNCIL_VOTE', blockScore: 88 });
  });

  it('a deputy minister signs on the minister’s behalf', async () => {
    const n = await toMinister(stack.api, CYCLE);
    const view = await complete(stack.api, 'deputy.minister', n.id, 'MINISTER_DECISION', { decision: 'APPROVE' });
    expect(view.decisionSignature).toBe('KT. BỘ TRƯỞNG / THỨ TRƯỞNG Nguyễn Thị Phương Hoa');
    const approved = findOrFail(await eventsOf(stack.api, n.id), (e) => e.type === 'MinisterApproved', 'MinisterApproved event');
    expect(approved.data).toMatchObject({ signedBy: 'deputy.minister', onBehalfOfMinister: true });
  });

  it('a decision already taken is refused with 409, and a ballot is cast once', async () => {
    const n = await toCouncil(stack.api, CYCLE);
    const ballot = await taskFor(stack.api, COUNCIL[0], n.id, 'COUNCIL_BALLOT');
    expectStatus(await stack.api.as(COUNCIL[0], 'POST', `/tasks/${ballot}/complete`, { decision: 'AGREE' }), 200);
    const again = await stack.api.as(COUNCIL[0], 'POST', `/tasks/${ballot}/complete`, { decision: 'DISAGREE' });
    expect(again.status).toBe(409);
    const otherMember = await stack.api.as(COUNCIL[1], 'POST', `/tasks/${ballot}/complete`, { decision: 'AGREE' });
    expect(otherMember.status).toBe(409);
    expect(await nomination(stack.api, n.id)).toMatchObject({ ballotsCast: 1, tally: null });
  });

  it('the same nominee twice in a cycle is a conflict, however the name is typed', async () => {
    const body = dossier(CYCLE, { fullName: 'Trần Văn Đức' });
    expectStatus(await stack.api.as('unit.BQLDA-DTXD', 'POST', '/nominations', body), 201);
    const again = await stack.api.as('unit.BQLDA-DTXD', 'POST', '/nominations', dossier(CYCLE, { fullName: '  trần văn đức ' }));
    expect(again.status).toBe(409);
    // Another unit may nominate someone of the same name born on another day; the same person, not.
    expect((await stack.api.as('unit.TAPCHI-TNMT', 'POST', '/nominations', body)).status).toBe(409);
    const namesake = dossier(CYCLE, { fullName: 'Trần Văn Đức', dateOfBirth: '1969-10-20' });
    expectStatus(await stack.api.as('unit.TAPCHI-TNMT', 'POST', '/nominations', namesake), 201);
  });

  it('beyond the quota, approved nominations are recognised and their seats released', async () => {
    await createCycle(stack.api, 'T-QUOTA', { quota: 1, ...cutoffIn(40) });
    const record = (body: object) => stack.api.as('standing.office', 'POST', '/cycles/T-QUOTA/conference', body);
    // Before the cutoff, the conference cannot have honoured anyone yet: refused, nothing written.
    expect(await record({ heldOn: hanoiToday(), place: CONFERENCE_PLACE })).toMatchObject({
      status: 409,
      body: { code: 'CONFERENCE_BEFORE_CUTOFF', message: expect.stringContaining('chưa thể ghi nhận Hội nghị biểu dương') },
    });
    const lower = await toApproved(stack.api, 'T-QUOTA', 'BQLDA-DTXD', 'BAO-TNMT', 70);
    const higher = await toApproved(stack.api, 'T-QUOTA', 'BQLDA-DTXD', 'BAO-TNMT', 95);
    // A place is required; the day must be a real day, in the past.
    const noPlace = await record({ heldOn: hanoiToday() });
    expect(noPlace).toMatchObject({ status: 400, body: { code: 'VALIDATION_FAILED' } });
    expect(JSON.stringify(noPlace.body)).toContain('Địa điểm tổ chức hội nghị');
    expect(await record({ heldOn: '08/06/2018', place: CONFERENCE_PLACE })).toMatchObject({ status: 400 });
    const tomorrow = hanoiToday(Date.now() + DAY);
    await holdConference(stack.api, 'T-QUOTA', { heldOn: tomorrow }).then(
      () => {
        throw new Error('a conference held tomorrow was recorded');
      },
      (err: Error) => expect(err.message).toContain('CONFERENCE_DATE_IN_FUTURE'),
    );
    expect(
      await countRows(stack.db, `SELECT count(*)::int AS n FROM cycle_events WHERE cycle_code = 'T-QUOTA' AND type = 'ConferenceHeld'`),
    ).toBe(0);
    const held = await holdConference(stack.api, 'T-QUOTA', { place: '  Nhà hát Lớn Hà Nội ' });
    expect(held).toMatchObject({ honoured: 1, recognised: 1, heldOn: hanoiToday(), place: 'Nhà hát Lớn Hà Nội' });
    const honoured = await eventually(stack.api, higher.id, (v) => v.stage === 'CLOSED');
    const recognised = await eventually(stack.api, lower.id, (v) => v.stage === 'CLOSED');
    expect(honoured).toMatchObject({ status: 'HONOURED', certificateNumber: 'T-QUOTA/001', conferenceRank: 1 });
    expect(recognised).toMatchObject({ status: 'RECOGNISED', certificateNumber: null, conferenceRank: 2 });
    expect(recognised.openEffects.map((e) => e.kind)).toEqual(['BLOCK_LIST_ENTRY', 'COUNCIL_AGENDA_ITEM']);
    expect((await types(lower.id)).slice(-2)).toEqual(['ConferenceSeatReleased', 'NominationRecognised']);
    // The published honour list: the honoured in rank order, and who was recognised without a place on stage.
    const list = expectStatus(await stack.api.as<any>('admin', 'GET', '/cycles/T-QUOTA/honour-list'), 200);
    expect(list.honoured.map((h: { certificateNumber: string }) => h.certificateNumber)).toEqual(['T-QUOTA/001']);
    expect(list.recognised.map((h: { nominationId: string }) => h.nominationId)).toEqual([lower.id]);
    expect(list).toMatchObject({ conferenceHeldOn: hanoiToday(), conferencePlace: 'Nhà hát Lớn Hà Nội' });
    const day = hanoiToday().split('-').reverse().join('/');
    // The nominations were honoured on the day the conference was held.
    const honouredOn = (await eventsOf(stack.api, higher.id)).find((e) => e.type === 'NominationHonoured');
    expect(hanoiToday(Date.parse(String((honouredOn?.data as { conferenceDate?: string }).conferenceDate)))).toBe(hanoiToday());
    const { status, text } = await stack.api.download('admin', '/cycles/T-QUOTA/honour-list?format=csv');
    expect(status).toBe(200);
    expect(text.split('\n')[1]).toContain('Số giấy chứng nhận');
    expect(text).toContain(`T-QUOTA/001,${honoured.nominee.fullName},Cá nhân`);
    expect(text).toContain('Ban Quản lý Dự án Đầu tư và Xây dựng');
    expect(text).toContain(`hội nghị tổ chức ngày ${day} tại Nhà hát Lớn Hà Nội`);
    // The conference is recorded once.
    const again = await stack.api.as('standing.office', 'POST', '/cycles/T-QUOTA/conference', {
      heldOn: hanoiToday(),
      place: CONFERENCE_PLACE,
    });
    expect(again).toMatchObject({ status: 409, body: { code: 'CONFERENCE_ALREADY_HELD' } });
  });
});
