// Lùi thời hạn while the council is voting (time-skipping server): a voting session's ballots fall
// due at the new council vote target, its open ballot tasks say so, the members who have not voted
// are told; a draft opened after the move takes the new target; the old due time passes and nothing
// closes; a day before the new one the members who have not voted are reminded, and at it the
// session closes with what it has. Due without quorum, the grace period is announced.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { SessionView } from '#domain';
import { keepHistory } from './support/history.js';
import { composeSession, endorsed, sessionView } from './support/proposal.js';
import { COUNCIL, createCycle, DAY, expectStatus, milestones, MINUTE } from './support/scenario.js';
import { startTimeSkippingStack, type TimeSkippingStack } from './support/time-skipping.js';
import { waitForValue } from './support/wait.js';

const CYCLE = 'T-SESSION-MOVE';
const REASON = 'Lùi phiên họp Hội đồng theo lịch công tác của Lãnh đạo Bộ';

describe('a council session when the cycle’s dates move', () => {
  let s: TimeSkippingStack;
  let t0: number;
  const at = (days: number) => new Date(t0 + days * DAY).toISOString();
  let voting: SessionView;
  let draft: SessionView;

  beforeAll(async () => {
    s = await startTimeSkippingStack('session_move');
    t0 = (await s.now()).getTime();
    await createCycle(s.api, CYCLE, { councilProcess: 'SESSIONS', ...milestones(t0, [30, 45, 60, 75, 90]) }, t0);
    const [a, b] = [await endorsed(s.api, CYCLE), await endorsed(s.api, CYCLE)];
    voting = await composeSession(s.api, CYCLE, [a.id]);
    draft = await composeSession(s.api, CYCLE, [b.id]);
    voting = expectStatus(await s.api.as<SessionView>('standing.office', 'POST', `/council-sessions/${voting.id}/open`), 200);
    expect(voting.dueAt).toBe(at(60));
    for (const member of COUNCIL.slice(0, 6)) {
      const taskId = voting.ballots.find((x) => x.member === member)?.taskId;
      expectStatus(
        await s.api.as(member, 'POST', `/tasks/${taskId}/complete`, { choices: [{ nominationId: a.id, choice: 'AGREE' }] }),
        200,
      );
    }
  });
  afterAll(() => s?.close());

  const noticesOf = async (kind: string, sessionId: string) =>
    (await s.db.query(`SELECT recipient, subject, body FROM notifications WHERE kind = $1 AND occasion LIKE $2 ORDER BY recipient`, [
      kind,
      `%${sessionId}%`,
    ])) as { recipient: string; subject: string; body: string }[];

  it('moves the voting session’s due time and its open ballots, and tells the members who have not voted', async () => {
    expectStatus(await s.api.as('admin', 'POST', `/cycles/${CYCLE}/schedule`, { councilVoteTarget: at(70), reason: REASON }), 200);
    const moved = await waitForValue(async () => {
      const v = await sessionView(s.api, voting.id);
      return v.dueAt === at(70) ? v : undefined;
    }, 'the session due at the new council vote target');
    expect(moved.status).toBe('VOTING');

    const tasks = (await s.db.query(`SELECT assignee_ref, status, due_at FROM tasks WHERE session_id = $1 ORDER BY assignee_ref`, [
      voting.id,
    ])) as { assignee_ref: string; status: string; due_at: Date }[];
    for (const t of tasks) {
      expect(t.due_at.toISOString()).toBe(t.status === 'OPEN' ? at(70) : at(60));
    }
    expect(tasks.filter((t) => t.status === 'OPEN').map((t) => t.assignee_ref)).toEqual(COUNCIL.slice(6));

    const notices = await waitForValue(async () => {
      const rows = await noticesOf('SESSION_DUE_MOVED', voting.id);
      return rows.length === 3 ? rows : undefined;
    }, 'the notices to the three members who have not voted');
    expect(notices.map((n) => n.recipient)).toEqual(COUNCIL.slice(6).map((m) => `user:${m}`));
    expect(notices[0].subject).toBe(`Điều chỉnh hạn bỏ phiếu: ${voting.title}`);
    expect(notices[0].body).toContain(`Lý do: ${REASON}`);
    expect(notices[0].body).toMatch(/nay là \d{2}\/\d{2}\/\d{4} \d{2}:\d{2} \(giờ Hà Nội\)/);
  });

  it('a draft opened after the move takes the new target', async () => {
    const opened = expectStatus(await s.api.as<SessionView>('standing.office', 'POST', `/council-sessions/${draft.id}/open`), 200);
    expect(opened.dueAt).toBe(at(70));
  });

  it('the old due time passes and the session keeps voting; a day before the new one the members who have not voted are reminded; then it closes with the ballots it has', async () => {
    await s.skipTo(new Date(t0 + 65 * DAY));
    expect((await sessionView(s.api, voting.id)).status).toBe('VOTING');
    expect(await noticesOf('SESSION_BALLOT_REMINDER', voting.id)).toEqual([]);

    await s.skipTo(new Date(t0 + 69 * DAY + MINUTE));
    const reminded = await waitForValue(async () => {
      const rows = await noticesOf('SESSION_BALLOT_REMINDER', voting.id);
      return rows.length === 3 ? rows : undefined;
    }, 'the reminders a day before the ballots are due');
    expect(reminded.map((n) => n.recipient)).toEqual(COUNCIL.slice(6).map((m) => `user:${m}`));
    expect(reminded[0].body).toContain('6/9 thành viên đã bỏ phiếu');

    await s.skipTo(new Date(t0 + 70 * DAY + MINUTE));
    const closed = await waitForValue(async () => {
      const v = await sessionView(s.api, voting.id);
      return v.status === 'CLOSED' ? v : undefined;
    }, 'the session closed at the new due time');
    expect(closed).toMatchObject({ closedBy: { kind: 'PROCESS', why: 'DUE' }, quorum: { cast: 6, members: 9, reached: true } });
    // With its quorum, it was not told of a grace period.
    expect(await noticesOf('SESSION_QUORUM_GRACE', voting.id)).toEqual([]);
    await keepHistory(s.temporal, voting.workflowId, 'council-session-due-moved');
  });

  it('due without quorum, everyone who has not voted and the standing office are told voting stays open for the grace period; after it, nothing is counted', async () => {
    const grace = await waitForValue(async () => {
      const rows = await noticesOf('SESSION_QUORUM_GRACE', draft.id);
      return rows.length >= 10 ? rows : undefined;
    }, 'the notices of the grace period');
    expect(grace.map((n) => n.recipient)).toEqual(expect.arrayContaining([...COUNCIL.map((m) => `user:${m}`), 'user:standing.office']));
    expect(grace[0].body).toContain('mới có 0/9 thành viên bỏ phiếu, chưa đủ 6 thành viên');
    expect(grace[0].body).toMatch(/gia hạn đến \d{2}\/\d{2}\/\d{4} \d{2}:\d{2} \(giờ Hà Nội\)/);
    await s.skipTo(new Date(t0 + 73 * DAY + MINUTE));
    const ended = await waitForValue(async () => {
      const v = await sessionView(s.api, draft.id);
      return v.status === 'INQUORATE' ? v : undefined;
    }, 'the session ended without quorum after the grace period');
    expect(ended.results).toBeNull();
  });
});
