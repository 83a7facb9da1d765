// Lùi thời hạn, the 2020 case (time-skipping server): the congress moves from "August" to "October" while nominations are mid-way; none is lost and every timer follows.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NominationView } from '#domain';
import {
  complete,
  dossier,
  eventually,
  expectStatus,
  milestones,
  openCycle,
  taskFor,
  toCouncil,
  vote,
  waitFor,
} from './support/scenario.js';
import { keepHistory } from './support/history.js';
import { UNITS_COUNT_FOR_TESTS } from './support/organisation.js';
import { startTimeSkippingStack, type TimeSkippingStack } from './support/time-skipping.js';

const CYCLE = 'T-DHTD-IV';
const DAY = 86_400_000;
const MINUTE = 60_000;
const REASON = 'Dịch COVID-19: thực hiện Chỉ thị của Thủ tướng Chính phủ, lùi Đại hội thi đua yêu nước lần thứ IV sang tháng 10';

describe('moving a cycle’s dates', () => {
  let s: TimeSkippingStack;
  let t0: number;
  const at = (days: number) => new Date(t0 + days * DAY).toISOString();
  const n: Record<string, NominationView> = {};

  const events = async (id: string) =>
    expectStatus(await s.api.as<{ type: string; data: any }[]>('admin', 'GET', `/nominations/${id}/events`), 200);
  const cycleEvents = async () =>
    expectStatus(await s.api.as<{ type: string; actor: string; data: any }[]>('admin', 'GET', `/cycles/${CYCLE}/events`), 200);
  const postpone = (body: Record<string, unknown>, as = 'admin') => s.api.as<any>(as, 'POST', `/cycles/${CYCLE}/schedule`, body);

  beforeAll(async () => {
    s = await startTimeSkippingStack('postpone');
    t0 = (await s.now()).getTime();
    expectStatus(
      await s.api.as(
        'admin',
        'POST',
        '/cycles',
        openCycle(
          CYCLE,
          {
            title: 'Đại hội thi đua yêu nước ngành tài nguyên và môi trường lần thứ IV',
            planReference: 'Kế hoạch số 12/KH-BTNMT ngày 11/09/2019',
            ...milestones(t0, [30, 45, 60, 75, 90]), // the congress planned for "August"
            quota: 120,
          },
          t0,
        ),
      ),
      201,
    );
    n.review = expectStatus(await s.api.as<NominationView>('unit.BQLDA-DTXD', 'POST', '/nominations', dossier(CYCLE)), 201);
    n.revision = expectStatus(await s.api.as<NominationView>('unit.TAPCHI-TNMT', 'POST', '/nominations', dossier(CYCLE)), 201);
    await complete(s.api, 'unit.BAO-TNMT', n.revision.id, 'BLOCK_REVIEW', { decision: 'REQUEST_CHANGES', reason: 'Bổ sung' });
    n.vote = await toCouncil(s.api, CYCLE, 'NXB-TNMT-BD');
    await vote(s.api, n.vote.id, ['AGREE', 'AGREE', 'ABSTAIN']);
    for (const [key, unit] of [
      ['decision', 'CTY-TNMT-VN'],
      ['approved', 'CTY-TBKTTV'],
    ] as const) {
      n[key] = await toCouncil(s.api, CYCLE, unit);
      await vote(s.api, n[key].id, Array(9).fill('AGREE'));
      await eventually(s.api, n[key].id, (v) => v.stage === 'MINISTER_DECISION');
    }
    await complete(s.api, 'minister', n.approved.id, 'MINISTER_DECISION', { decision: 'APPROVE' });
    await complete(s.api, 'unit.TAPCHI-TNMT', n.revision.id, 'REVISION', { decision: 'RESUBMIT', changes: 'Đã bổ sung' });
    await s.skipTo(new Date(t0 + 40 * DAY)); // mid-way: the cutoff has passed, the vote is open
  });
  afterAll(() => s?.close());

  it('is refused without a reason, out of order, into the past, or by a unit, and changes nothing then', async () => {
    expectStatus(await postpone({ conferenceDate: at(150) }), 400);
    expectStatus(await postpone({ conferenceDate: at(70), reason: REASON }), 400); // before the decision target
    expectStatus(await postpone({ decisionTarget: at(39), reason: REASON }), 400);
    expectStatus(await postpone({ conferenceDate: at(150), reason: REASON }, 'unit.BQLDA-DTXD'), 403);
    const late = await postpone({ submissionCutoff: at(45), reason: REASON });
    expect(late.status).toBe(409);
    expect(late.body.message).toMatch(/has passed: moving it reopens submissions, so ask for it with reopen: true/);
    expect((await cycleEvents()).filter((e) => e.type === 'CycleCalendarMoved')).toEqual([]);
  });

  it('moves the council vote, the decision and the congress, and re-plans every running nomination', async () => {
    const moved = expectStatus(
      await postpone({ councilVoteTarget: at(120), decisionTarget: at(135), conferenceDate: at(150), reason: REASON }, 'standing.office'),
      200,
    );
    expect(moved.changed).toEqual(['councilVoteTarget', 'decisionTarget', 'conferenceDate']);
    expect(moved.calendarVersion).toBe(2);
    expect(moved.cycle.conferenceDate).toBe(at(150));

    const [record] = (await cycleEvents()).filter((e) => e.type === 'CycleCalendarMoved');
    expect(record.actor).toBe('standing.office');
    expect(record.data).toMatchObject({ reason: REASON, previous: { conferenceDate: at(90) }, calendar: { conferenceDate: at(150) } });

    for (const key of ['review', 'revision', 'vote', 'decision', 'approved']) {
      const view = await eventually(s.api, n[key].id, (v) => v.targets.calendarVersion === 2);
      expect(view.targets).toMatchObject({
        blockReviewTarget: at(45),
        councilVoteTarget: at(120),
        decisionTarget: at(135),
        conferenceDate: at(150),
      });
      expect(view.status).toBe('IN_PROGRESS');
      expect((await events(n[key].id)).filter((e) => e.type === 'NominationTargetsMoved')).toHaveLength(1);
    }
    const ballot = await taskFor(s.api, 'council.9', n.vote.id, 'COUNCIL_BALLOT');
    const [task] = await s.db.query('SELECT due_at FROM tasks WHERE id = $1', [ballot]);
    expect(task.due_at.toISOString()).toBe(at(120));
  });

  it('changes nothing more when the same request comes again', async () => {
    const again = expectStatus(
      await postpone({ councilVoteTarget: at(120), decisionTarget: at(135), conferenceDate: at(150), reason: REASON }),
      200,
    );
    expect(again).toMatchObject({ changed: [], calendarVersion: 2 });
    expect((await cycleEvents()).filter((e) => e.type === 'CycleCalendarMoved')).toHaveLength(1);
    expect((await events(n.vote.id)).filter((e) => e.type === 'NominationTargetsMoved')).toHaveLength(1);
  });

  it('reopens submissions only when asked, until the new cutoff', async () => {
    const reopened = expectStatus(
      await postpone({ submissionCutoff: at(44), reason: 'Gia hạn cho các Sở bị ảnh hưởng', reopen: true }),
      200,
    );
    expect(reopened.changed).toEqual(['submissionCutoff']);
    // Every unit is told the new cutoff (the standing office is told of every move).
    await waitFor(() => s.smtp.mails.filter((m) => m.occasion === `calendar-moved:${CYCLE}:3`).length === UNITS_COUNT_FOR_TESTS + 1);
    const told = s.smtp.to('bao-tnmt@btnmt.example').find((m) => m.occasion === `calendar-moved:${CYCLE}:3`);
    expect(told?.subject).toMatch(/^Thông báo lùi thời hạn đợt T-DHTD-IV – hạn nộp hồ sơ mới trước \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
    expect(told?.text).toContain('Lý do: Gia hạn cho các Sở bị ảnh hưởng');
    expect(s.smtp.mails.filter((m) => m.occasion === `calendar-moved:${CYCLE}:2`).map((m) => m.to)).toEqual([
      'standing.office@btnmt.example',
    ]);
    expectStatus(await s.api.as('unit.STNMT-HN', 'POST', '/nominations', dossier(CYCLE)), 201);
  });

  it('lets the old dates pass quietly and keeps the new ones, losing no nomination', async () => {
    await s.skipTo(new Date(t0 + 90 * DAY + MINUTE)); // the old "August" congress
    expect((await events(n.vote.id)).some((e) => e.type === 'CouncilVotePassed' || e.type === 'CouncilVoteFailed')).toBe(false);
    expect((await events(n.vote.id)).some((e) => e.type === 'TaskReminded')).toBe(false);
    expect((await s.api.as<NominationView>('admin', 'GET', `/nominations/${n.approved.id}`)).body.stage).toBe('AWAITING_CONFERENCE');

    await s.skipTo(new Date(t0 + 120 * DAY + MINUTE)); // the new vote target: reminders now
    await waitFor(async () => (await events(n.vote.id)).some((e) => e.type === 'TaskReminded'));

    await s.skipTo(new Date(t0 + 150 * DAY + MINUTE)); // "October"
    const honoured = await eventually(s.api, n.approved.id, (v) => v.status === 'HONOURED');
    expect(honoured.certificateNumber).toBe(`${CYCLE}/001`);
    const all = expectStatus(
      await s.api.as<{ items: NominationView[]; total: number }>('admin', 'GET', `/nominations?cycle=${CYCLE}&pageSize=100`),
      200,
    );
    expect(all.total).toBe(6);
    const byId = Object.fromEntries(all.items.map((v) => [v.id, v]));
    expect(byId[n.vote.id]).toMatchObject({ status: 'REJECTED' }); // 3 of 9 voted: no quorum after the grace period
    // Still undecided when the cycle closed after its conference: they end, nothing left hanging.
    await eventually(s.api, n.decision.id, (v) => v.status === 'EXPIRED');
    await eventually(s.api, n.review.id, (v) => v.status === 'EXPIRED');
    await keepHistory(s.temporal, `cycle:${CYCLE}`, 'cycle-postponed-announced');
    await keepHistory(s.temporal, n.approved.workflowId, 'honoured-after-postponement');
  });
});
