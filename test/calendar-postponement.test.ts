// Lùi thời hạn, the 2020 case (time-skipping server): the congress moves from "August" to "October" while nominations are mid-way; none is lost and every timer follows.
// The move, its repeat, the reopening and the dates passing are one story on one forward-moving clock: one test, in steps.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NominationView } from '#domain';
import {
  complete,
  createCycle,
  cycleEventsOf,
  DAY,
  eventTypes,
  eventually,
  expectStatus,
  milestones,
  MINUTE,
  nomination,
  submit,
  taskFor,
  toCouncil,
  toMinister,
  vote,
  waitFor,
} from './support/scenario.js';
import { keepHistory } from './support/history.js';
import { UNITS_COUNT_FOR_TESTS, unitEmail } from './support/organisation.js';
import { step } from './support/story.js';
import { startTimeSkippingStack, type TimeSkippingStack } from './support/time-skipping.js';

const CYCLE = 'T-DHTD-IV';
const REASON = 'Dịch COVID-19: thực hiện Chỉ thị của Thủ tướng Chính phủ, lùi Đại hội thi đua yêu nước lần thứ IV sang tháng 10';

describe('moving a cycle’s dates', () => {
  let s: TimeSkippingStack;
  let t0: number;
  const at = (days: number) => new Date(t0 + days * DAY).toISOString();
  /** Nominations mid-way, by where they stand when the dates move. */
  const n = {} as Record<'review' | 'revision' | 'vote' | 'decision' | 'approved', NominationView>;

  const types = (id: string) => eventTypes(s.api, id);
  const moves = async () => (await cycleEventsOf(s.api, CYCLE)).filter((e) => e.type === 'CycleCalendarMoved');
  const postpone = (body: Record<string, unknown>, as = 'admin') => s.api.as<any>(as, 'POST', `/cycles/${CYCLE}/schedule`, body);

  beforeAll(async () => {
    s = await startTimeSkippingStack('postpone');
    t0 = (await s.now()).getTime();
    await createCycle(
      s.api,
      CYCLE,
      {
        title: 'Đại hội thi đua yêu nước ngành tài nguyên và môi trường lần thứ IV',
        planReference: 'Kế hoạch số 12/KH-BTNMT ngày 11/09/2019',
        ...milestones(t0, [30, 45, 60, 75, 90]), // the congress planned for "August"
        quota: 120,
      },
      t0,
    );
    n.review = await submit(s.api, CYCLE, 'BQLDA-DTXD');
    n.revision = await submit(s.api, CYCLE, 'TAPCHI-TNMT');
    await complete(s.api, 'unit.BAO-TNMT', n.revision.id, 'BLOCK_REVIEW', { decision: 'REQUEST_CHANGES', reason: 'Bổ sung' });
    n.vote = await toCouncil(s.api, CYCLE, 'NXB-TNMT-BD');
    await vote(s.api, n.vote.id, ['AGREE', 'AGREE', 'ABSTAIN']);
    n.decision = await toMinister(s.api, CYCLE, 'CTY-TNMT-VN');
    n.approved = await toMinister(s.api, CYCLE, 'CTY-TBKTTV');
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
    expect(late.body).toMatchObject({ code: 'CUTOFF_PASSED_REOPEN_REFUSED', errors: [expect.objectContaining({ field: 'reopen' })] });
    expect(late.body.message).toMatch(/đã qua: điều chỉnh hạn này sẽ mở lại việc nhận hồ sơ/);
    expect(await moves()).toEqual([]);
    expect((await nomination(s.api, n.vote.id)).targets).toMatchObject({ calendarVersion: 1, conferenceDate: at(90) });
  });

  it('moves, re-plans every running nomination, reopens when asked, and lets the old dates pass quietly, losing no nomination', async () => {
    await step('moves the council vote, the decision and the congress, and re-plans every running nomination', async () => {
      const moved = expectStatus(
        await postpone({ councilVoteTarget: at(120), decisionTarget: at(135), conferenceDate: at(150), reason: REASON }, 'standing.office'),
        200,
      );
      expect(moved.changed).toEqual(['councilVoteTarget', 'decisionTarget', 'conferenceDate']);
      expect(moved.calendarVersion).toBe(2);
      expect(moved.cycle.conferenceDate).toBe(at(150));

      const recorded = await moves();
      expect(recorded).toHaveLength(1);
      expect(recorded[0].actor).toBe('standing.office');
      expect(recorded[0].data).toMatchObject({
        reason: REASON,
        previous: { conferenceDate: at(90) },
        calendar: { conferenceDate: at(150) },
      });

      for (const running of Object.values(n)) {
        const view = await eventually(s.api, running.id, (v) => v.targets.calendarVersion === 2);
        expect(view.targets).toMatchObject({
          blockReviewTarget: at(45),
          councilVoteTarget: at(120),
          decisionTarget: at(135),
          conferenceDate: at(150),
        });
        expect(view.status).toBe('IN_PROGRESS');
        expect((await types(running.id)).filter((t) => t === 'NominationTargetsMoved')).toHaveLength(1);
      }
      const ballot = await taskFor(s.api, 'council.9', n.vote.id, 'COUNCIL_BALLOT');
      const [task] = await s.db.query('SELECT due_at FROM tasks WHERE id = $1', [ballot]);
      expect(task.due_at.toISOString()).toBe(at(120));
    });

    await step('changes nothing more when the same request comes again', async () => {
      const again = expectStatus(
        await postpone({ councilVoteTarget: at(120), decisionTarget: at(135), conferenceDate: at(150), reason: REASON }),
        200,
      );
      expect(again).toMatchObject({ changed: [], calendarVersion: 2 });
      expect(await moves()).toHaveLength(1);
      expect((await types(n.vote.id)).filter((t) => t === 'NominationTargetsMoved')).toHaveLength(1);
    });

    await step('reopens submissions only when asked, until the new cutoff, and tells every unit', async () => {
      const reopened = expectStatus(
        await postpone({ submissionCutoff: at(44), reason: 'Gia hạn cho các Sở bị ảnh hưởng', reopen: true }),
        200,
      );
      expect(reopened.changed).toEqual(['submissionCutoff']);
      // Every unit is told the new cutoff (the standing office is told of every move).
      await waitFor(() => s.smtp.mails.filter((m) => m.occasion === `calendar-moved:${CYCLE}:3`).length === UNITS_COUNT_FOR_TESTS + 1);
      const told = await s.smtp.mailTo(unitEmail('BAO-TNMT'), `calendar-moved:${CYCLE}:3`);
      expect(told.subject).toMatch(/^Thông báo lùi thời hạn đợt T-DHTD-IV – hạn nộp hồ sơ mới trước \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
      expect(told.text).toContain('Lý do: Gia hạn cho các Sở bị ảnh hưởng');
      expect(s.smtp.mails.filter((m) => m.occasion === `calendar-moved:${CYCLE}:2`).map((m) => m.to)).toEqual([
        'standing.office@btnmt.example',
      ]);
      await submit(s.api, CYCLE, 'STNMT-HN');
    });

    await step('lets the old dates pass quietly and keeps the new ones, losing no nomination', async () => {
      await s.skipTo(new Date(t0 + 90 * DAY + MINUTE)); // the old "August" congress
      expect((await types(n.vote.id)).filter((t) => ['CouncilVotePassed', 'CouncilVoteFailed', 'TaskReminded'].includes(t))).toEqual([]);
      expect((await nomination(s.api, n.approved.id)).stage).toBe('AWAITING_CONFERENCE');

      await s.skipTo(new Date(t0 + 120 * DAY + MINUTE)); // the new vote target: reminders now
      await waitFor(async () => (await types(n.vote.id)).includes('TaskReminded'));

      await s.skipTo(new Date(t0 + 150 * DAY + MINUTE)); // "October"
      const honoured = await eventually(s.api, n.approved.id, (v) => v.status === 'HONOURED');
      expect(honoured.certificateNumber).toBe(`${CYCLE}/001`);
      const all = expectStatus(
        await s.api.as<{ items: NominationView[]; total: number }>('admin', 'GET', `/nominations?cycle=${CYCLE}&pageSize=100`),
        200,
      );
      expect(all.total).toBe(6);
      expect(all.items.find((v) => v.id === n.vote.id)).toMatchObject({ status: 'REJECTED' }); // 3 of 9 voted: no quorum after the grace period
      // Still undecided when the cycle closed after its conference: they end, nothing left hanging.
      await eventually(s.api, n.decision.id, (v) => v.status === 'EXPIRED');
      await eventually(s.api, n.review.id, (v) => v.status === 'EXPIRED');
    });

    await keepHistory(s.temporal, `cycle:${CYCLE}`, 'cycle-postponed-announced');
    await keepHistory(s.temporal, n.approved.workflowId, 'honoured-after-postponement');
  }, 300_000);
});
