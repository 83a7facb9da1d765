// Reviewer targets on a real calendar (time-skipping server): reminders, escalation after 3 days, the quorum grace period, revision expiry, and the conference on its date.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NominationView } from '#domain';
import { complete, dossier, eventually, expectStatus, milestones, openCycle, toCouncil, vote, waitFor } from './support/scenario.js';
import { keepHistory } from './support/history.js';
import { startTimeSkippingStack, type TimeSkippingStack } from './support/time-skipping.js';

const CYCLE = 'T-DEADLINES';
const DAY = 86_400_000;
const MINUTE = 60_000;

describe('deadlines that hold', () => {
  let s: TimeSkippingStack;
  let t0: number;
  const at = (days: number) => new Date(t0 + days * DAY).toISOString();
  let unreviewed: NominationView;
  let revising: NominationView;
  let withoutQuorum: NominationView;
  let withQuorum: NominationView;
  let undecided: NominationView;

  const types = async (id: string) =>
    expectStatus(await s.api.as<{ type: string }[]>('admin', 'GET', `/nominations/${id}/events`), 200).map((e) => e.type);

  beforeAll(async () => {
    s = await startTimeSkippingStack('deadlines');
    t0 = (await s.now()).getTime();
    expectStatus(
      await s.api.as(
        'admin',
        'POST',
        '/cycles',
        openCycle(
          CYCLE,
          { title: 'Đại hội thi đua yêu nước (kiểm thử thời hạn)', ...milestones(t0, [5, 15, 25, 35, 45]), revisionDays: 10 },
          t0,
        ),
      ),
      201,
    );
    unreviewed = expectStatus(await s.api.as<NominationView>('unit.BQLDA-DTXD', 'POST', '/nominations', dossier(CYCLE)), 201);
    revising = expectStatus(await s.api.as<NominationView>('unit.TAPCHI-TNMT', 'POST', '/nominations', dossier(CYCLE)), 201);
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

  it('a revision not resubmitted within 10 days expires, undoing the block list entry, and the unit is told', async () => {
    await s.skipTo(new Date(t0 + 10 * DAY + MINUTE));
    const expired = await eventually(s.api, revising.id, (v) => v.status === 'EXPIRED' && v.openEffects.length === 0);
    expect(expired.outcome?.stage).toBe('REVISION');
    expect((await types(revising.id)).slice(-3)).toEqual(['ChangesRequested', 'NominationExpired', 'BlockListEntryCompensated']);
    await waitFor(() => s.smtp.to('tapchi-tnmt@btnmt.example').some((m) => m.occasion === `outcome:${revising.id}`));
    const notice = s.smtp.to('tapchi-tnmt@btnmt.example').find((m) => m.occasion === `outcome:${revising.id}`);
    expect(notice?.subject).toContain('hết hạn do không bổ sung hồ sơ đúng hạn');
  });

  it('a block review not done by its target is reminded to the reviewer, then escalated 3 days later', async () => {
    await s.skipTo(new Date(t0 + 15 * DAY + MINUTE));
    await waitFor(async () => (await types(unreviewed.id)).includes('TaskReminded'));
    const reminder = s.smtp.to('bao-tnmt@btnmt.example').find((m) => m.occasion.startsWith('task-reminder:'));
    const due = new Date(t0 + 15 * DAY + 7 * 3_600_000); // the target, read in Hanoi
    const dd = (n: number) => String(n).padStart(2, '0');
    const local = `${dd(due.getUTCDate())}/${dd(due.getUTCMonth() + 1)}/${due.getUTCFullYear()} ${dd(due.getUTCHours())}:${dd(due.getUTCMinutes())}`;
    expect(reminder?.subject).toBe(`Nhắc việc: xét duyệt hồ sơ của Khối/Cụm thi đua – đến hạn ${local}`);
    expect(await types(unreviewed.id)).not.toContain('TaskEscalated');

    await s.skipTo(new Date(t0 + 18 * DAY + MINUTE));
    await waitFor(async () => (await types(unreviewed.id)).includes('TaskEscalated'));
    await waitFor(() => s.smtp.to('standing.office@btnmt.example').some((m) => m.occasion.startsWith('task-escalation:')));
    const escalation = s.smtp.to('standing.office@btnmt.example').find((m) => m.occasion.startsWith('task-escalation:'));
    expect(escalation?.subject).toBe(`Báo cáo chậm xử lý: xét duyệt hồ sơ của Khối/Cụm thi đua quá hạn từ ${local}`);
    const tasks = expectStatus(
      await s.api.as<{ nominationId: string; escalatedAt: string | null }[]>('unit.BAO-TNMT', 'GET', '/tasks'),
      200,
    );
    expect(tasks.find((t) => t.nominationId === unreviewed.id)?.escalatedAt).not.toBeNull();
    // Still the reviewer's to do: escalation does not decide for them.
    expect((await s.api.as<NominationView>('admin', 'GET', `/nominations/${unreviewed.id}`)).body.stage).toBe('BLOCK_REVIEW');
  });

  it('at the vote target, a vote with its quorum is counted; one without stays open and its missing voters are reminded', async () => {
    await s.skipTo(new Date(t0 + 25 * DAY + MINUTE));
    const counted = await eventually(s.api, withQuorum.id, (v) => v.stage === 'MINISTER_DECISION');
    expect(counted.tally).toEqual({ agree: 6, disagree: 0, abstain: 0, members: 9 });
    await waitFor(async () => (await types(withoutQuorum.id)).filter((t) => t === 'TaskReminded').length === 4);
    expect((await s.api.as<NominationView>('admin', 'GET', `/nominations/${withoutQuorum.id}`)).body.stage).toBe('COUNCIL_VOTE');
    await waitFor(() => s.smtp.mails.filter((m) => m.occasion.startsWith('task-reminder:') && /council\.[6-9]@/.test(m.to)).length === 4);
    expect(s.smtp.mails.filter((m) => m.occasion.startsWith('task-reminder:') && /council\.[1-5]@/.test(m.to))).toEqual([]);
    await complete(s.api, 'minister', withQuorum.id, 'MINISTER_DECISION', { decision: 'APPROVE' });
  });

  it('3 days after the target, a vote still without quorum fails, with compensation', async () => {
    await s.skipTo(new Date(t0 + 28 * DAY + MINUTE));
    const failed = await eventually(s.api, withoutQuorum.id, (v) => v.status === 'REJECTED' && v.openEffects.length === 0);
    expect(failed.outcome?.reason).toMatch(/Quorum not reached: 5 of 9/);
    expect((await types(withoutQuorum.id)).slice(-4)).toEqual([
      'CouncilVoteFailed',
      'NominationRejected',
      'CouncilAgendaItemCompensated',
      'BlockListEntryCompensated',
    ]);
  });

  it('a decision not taken by its target is reminded to the minister and the deputy ministers, then escalated', async () => {
    await s.skipTo(new Date(t0 + 35 * DAY + MINUTE));
    await waitFor(() =>
      ['minister@btnmt.example', 'deputy.minister@btnmt.example'].every((to) =>
        s.smtp.to(to).some((m) => m.occasion.startsWith('task-reminder:')),
      ),
    );
    expect(s.smtp.to('minister@btnmt.example').find((m) => m.occasion.startsWith('task-reminder:'))?.subject).toMatch(
      /^Nhắc việc: quyết định công nhận của Bộ trưởng – đến hạn \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/,
    );
    await s.skipTo(new Date(t0 + 38 * DAY + MINUTE));
    await waitFor(async () => (await types(undecided.id)).includes('TaskEscalated'));
    expect((await s.api.as<NominationView>('admin', 'GET', `/nominations/${undecided.id}`)).body.stage).toBe('MINISTER_DECISION');
  });

  it('on the conference date the approved are honoured without anyone recording it, and the cycle closes', async () => {
    await s.skipTo(new Date(t0 + 45 * DAY + MINUTE));
    const honoured = await eventually(s.api, withQuorum.id, (v) => v.status === 'HONOURED');
    expect(honoured.certificateNumber).toBe(`${CYCLE}/001`);
    await waitFor(async () => {
      const events = expectStatus(await s.api.as<{ type: string }[]>('admin', 'GET', `/cycles/${CYCLE}/events`), 200);
      return events.some((e) => e.type === 'CycleClosed');
    });
    const events = expectStatus(await s.api.as<{ type: string; actor: string }[]>('admin', 'GET', `/cycles/${CYCLE}/events`), 200);
    expect(events.find((e) => e.type === 'ConferenceHeld')?.actor).toBe('system');
    // What was still undecided when the cycle closed ends too, its effects undone: nothing is left hanging.
    for (const left of [unreviewed, undecided]) {
      const ended = await eventually(s.api, left.id, (v) => v.status === 'EXPIRED' && v.openEffects.length === 0);
      expect(ended.outcome?.reason).toMatch(/^The cycle closed with its conference of \d{2}\/\d{2}\/\d{4} before a decision was taken$/);
    }
    await keepHistory(s.temporal, `cycle:${CYCLE}`, 'cycle-conference-on-its-date');
    await keepHistory(s.temporal, withQuorum.workflowId, 'honoured-after-vote-closed-at-target');
    await keepHistory(s.temporal, withoutQuorum.workflowId, 'quorum-grace-failed');
    await keepHistory(s.temporal, revising.workflowId, 'revision-expired');
    await keepHistory(s.temporal, undecided.workflowId, 'expired-when-cycle-closed');
  });
});
