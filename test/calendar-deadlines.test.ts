// Reviewer targets on a real calendar (time-skipping server): reminders, escalation after 3 days, the quorum grace period, revision expiry, and the conference on its date.
// One story on one clock that only moves forward: one test, in steps.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NominationView } from '#domain';
import {
  complete,
  createCycle,
  cycleEventsOf,
  DAY,
  eventTypes,
  eventually,
  HOUR,
  milestones,
  MINUTE,
  nomination,
  submit,
  taskOf,
  toCouncil,
  vote,
  waitFor,
} from './support/scenario.js';
import { findOrFail } from './support/find.js';
import { keepHistory } from './support/history.js';
import { unitEmail } from './support/organisation.js';
import { step } from './support/story.js';
import { startTimeSkippingStack, type TimeSkippingStack } from './support/time-skipping.js';

const CYCLE = 'T-DEADLINES';

describe('deadlines that hold', () => {
  let s: TimeSkippingStack;
  let t0: number;
  let unreviewed: NominationView;
  let revising: NominationView;
  let withoutQuorum: NominationView;
  let withQuorum: NominationView;
  let undecided: NominationView;

  const types = (id: string) => eventTypes(s.api, id);
  const after = (days: number) => s.skipTo(new Date(t0 + days * DAY + MINUTE));

  beforeAll(async () => {
    s = await startTimeSkippingStack('deadlines');
    t0 = (await s.now()).getTime();
    await createCycle(
      s.api,
      CYCLE,
      { title: 'Đại hội thi đua yêu nước (kiểm thử thời hạn)', ...milestones(t0, [5, 15, 25, 35, 45]), revisionDays: 10 },
      t0,
    );
    unreviewed = await submit(s.api, CYCLE, 'BQLDA-DTXD');
    revising = await submit(s.api, CYCLE, 'TAPCHI-TNMT');
    await complete(s.api, 'unit.BAO-TNMT', revising.id, 'BLOCK_REVIEW', {
      decision: 'REQUEST_CHANGES',
      reason: 'Bổ sung biên bản bình xét',
    });
    withoutQuorum = await toCouncil(s.api, CYCLE, 'NXB-TNMT-BD');
    await vote(s.api, withoutQuorum.id, Array(5).fill('AGREE'));
    withQuorum = await toCouncil(s.api, CYCLE, 'CTY-TNMT-VN');
    await vote(s.api, withQuorum.id, Array(6).fill('AGREE'));
    undecided = await toCouncil(s.api, CYCLE, 'CTY-TBKTTV');
    await vote(s.api, undecided.id, Array(9).fill('AGREE'));
    await eventually(s.api, undecided.id, (v) => v.stage === 'MINISTER_DECISION');
  });
  afterAll(() => s?.close());

  it('hold from submission to the conference: expiry, reminders, escalations, the quorum grace, and the cycle closing', async () => {
    await step('a revision not resubmitted within 10 days expires, undoing the block list entry, and the unit is told', async () => {
      await after(10);
      const expired = await eventually(s.api, revising.id, (v) => v.status === 'EXPIRED' && v.openEffects.length === 0);
      expect(expired.outcome).toMatchObject({ stage: 'REVISION' });
      expect((await types(revising.id)).slice(-3)).toEqual(['ChangesRequested', 'NominationExpired', 'BlockListEntryCompensated']);
      const notice = await s.smtp.mailTo(unitEmail('TAPCHI-TNMT'), `outcome:${revising.id}`);
      expect(notice.subject).toContain('hết hạn do không bổ sung hồ sơ đúng hạn');
    });

    const due = new Date(t0 + 15 * DAY + 7 * HOUR); // the block review target, read in Hanoi
    const dd = (n: number) => String(n).padStart(2, '0');
    const local = `${dd(due.getUTCDate())}/${dd(due.getUTCMonth() + 1)}/${due.getUTCFullYear()} ${dd(due.getUTCHours())}:${dd(due.getUTCMinutes())}`;

    await step('a block review not done by its target is reminded to the reviewer', async () => {
      await after(15);
      await waitFor(async () => (await types(unreviewed.id)).includes('TaskReminded'));
      const reminder = await s.smtp.mailTo(unitEmail('BAO-TNMT'), 'task-reminder:');
      expect(reminder.subject).toBe(`Nhắc việc: xét duyệt hồ sơ của Khối/Cụm thi đua – đến hạn ${local}`);
      expect(await types(unreviewed.id)).not.toContain('TaskEscalated');
    });

    await step('…then escalated to the standing office 3 days later, still the reviewer’s to do', async () => {
      await after(18);
      await waitFor(async () => (await types(unreviewed.id)).includes('TaskEscalated'));
      const escalation = await s.smtp.mailTo('standing.office@btnmt.example', 'task-escalation:');
      expect(escalation.subject).toBe(`Báo cáo chậm xử lý: xét duyệt hồ sơ của Khối/Cụm thi đua quá hạn từ ${local}`);
      const task = await taskOf(s.api, 'unit.BAO-TNMT', unreviewed.id, 'BLOCK_REVIEW');
      expect(task.escalatedAt).toEqual(expect.any(String));
      // Escalation does not decide for the reviewer.
      expect((await nomination(s.api, unreviewed.id)).stage).toBe('BLOCK_REVIEW');
    });

    await step(
      'at the vote target, a vote with its quorum is counted; one without stays open and its missing voters are reminded',
      async () => {
        await after(25);
        const counted = await eventually(s.api, withQuorum.id, (v) => v.stage === 'MINISTER_DECISION');
        expect(counted.tally).toEqual({ agree: 6, disagree: 0, abstain: 0, members: 9 });
        await waitFor(async () => (await types(withoutQuorum.id)).filter((t) => t === 'TaskReminded').length === 4);
        expect((await nomination(s.api, withoutQuorum.id)).stage).toBe('COUNCIL_VOTE');
        const reminded = (members: RegExp) => s.smtp.mails.filter((m) => m.occasion.startsWith('task-reminder:') && members.test(m.to));
        await waitFor(() => reminded(/council\.[6-9]@/).length === 4);
        expect(reminded(/council\.[1-5]@/)).toEqual([]);
        await complete(s.api, 'minister', withQuorum.id, 'MINISTER_DECISION', { decision: 'APPROVE' });
      },
    );

    await step('3 days after the target, a vote still without quorum fails, with compensation', async () => {
      await after(28);
      const failed = await eventually(s.api, withoutQuorum.id, (v) => v.status === 'REJECTED' && v.openEffects.length === 0);
      expect(failed.outcome).toMatchObject({ reason: expect.stringMatching(/không đủ số thành viên bỏ phiếu: 5\/9/) });
      expect((await types(withoutQuorum.id)).slice(-4)).toEqual([
        'CouncilVoteFailed',
        'NominationRejected',
        'CouncilAgendaItemCompensated',
        'BlockListEntryCompensated',
      ]);
    });

    await step('a decision not taken by its target is reminded to the minister and the deputy ministers, then escalated', async () => {
      await after(35);
      const toMinister = await s.smtp.mailTo('minister@btnmt.example', 'task-reminder:');
      await s.smtp.mailTo('deputy.minister@btnmt.example', 'task-reminder:');
      expect(toMinister.subject).toMatch(/^Nhắc việc: quyết định công nhận của Bộ trưởng – đến hạn \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
      await after(38);
      await waitFor(async () => (await types(undecided.id)).includes('TaskEscalated'));
      expect((await nomination(s.api, undecided.id)).stage).toBe('MINISTER_DECISION');
    });

    await step('on the conference date the approved are honoured without anyone recording it, and the cycle closes', async () => {
      await after(45);
      const honoured = await eventually(s.api, withQuorum.id, (v) => v.status === 'HONOURED');
      expect(honoured.certificateNumber).toBe(`${CYCLE}/001`);
      await waitFor(async () => (await cycleEventsOf(s.api, CYCLE)).some((e) => e.type === 'CycleClosed'));
      const held = findOrFail(await cycleEventsOf(s.api, CYCLE), (e) => e.type === 'ConferenceHeld', 'ConferenceHeld event');
      expect(held.actor).toBe('system');
      // What was still undecided when the cycle closed ends too, its effects undone: nothing is left hanging.
      for (const left of [unreviewed, undecided]) {
        const ended = await eventually(s.api, left.id, (v) => v.status === 'EXPIRED' && v.openEffects.length === 0);
        expect(ended.outcome).toMatchObject({
          reason: expect.stringMatching(
            /^Đợt xét đã kết thúc với hội nghị biểu dương ngày \d{2}\/\d{2}\/\d{4} khi hồ sơ chưa có quyết định công nhận$/,
          ),
        });
      }
    });

    await keepHistory(s.temporal, `cycle:${CYCLE}`, 'cycle-conference-on-its-date');
    await keepHistory(s.temporal, withQuorum.workflowId, 'honoured-after-vote-closed-at-target');
    await keepHistory(s.temporal, withoutQuorum.workflowId, 'quorum-grace-failed');
    await keepHistory(s.temporal, revising.workflowId, 'revision-expired');
    await keepHistory(s.temporal, undecided.workflowId, 'expired-when-cycle-closed');
  }, 300_000);
});
