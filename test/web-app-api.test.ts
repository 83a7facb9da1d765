// What the web app reads besides the lifecycle: who am I, the organisation, searching by name, a nomination's timeline
// in Vietnamese, notices read per person, and the inbox's fields. Bad input is a 400 that writes nothing.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NominationView } from '#domain';
import { rebuildProjections } from '#persistence';
import { startStack, type Stack } from './support/stack.js';
import {
  complete,
  countRows,
  createCycle,
  cutoffIn,
  eventually,
  expectStatus,
  holdConference,
  submit,
  taskOf,
  vote,
} from './support/scenario.js';

const CYCLE = 'T-WEB';
const UNIT = 'unit.BQLDA-DTXD';
const REVIEWER = 'unit.BAO-TNMT';

interface Me {
  username: string;
  fullName: string;
  roles: string[];
  unit: { code: string; name: string } | null;
  block: { code: string; name: string; position: string } | null;
}
interface TimelineEntry {
  at: string;
  type: string;
  actor: { username: string; name: string } | null;
  text: string;
}
interface Page {
  items: NominationView[];
  total: number;
  page: number;
  pageSize: number;
}

describe('the API of the web app', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack('webapi');
    await createCycle(stack.api, CYCLE);
  });
  afterAll(() => stack?.close());

  it('tells the signed-in person who they are: roles, unit, block and the unit’s place in it', async () => {
    const { api } = stack;
    const member = expectStatus(await api.as<Me>(UNIT, 'GET', '/me'), 200);
    expect(member).toEqual({
      username: UNIT,
      fullName: 'Cán bộ thi đua – Ban Quản lý Dự án Đầu tư và Xây dựng',
      roles: ['UNIT_OFFICER'],
      unit: { code: 'BQLDA-DTXD', name: 'Ban Quản lý Dự án Đầu tư và Xây dựng' },
      block: { code: 'KHOI-VI', name: 'Khối thi đua số VI', position: 'MEMBER' },
    });
    expect(expectStatus(await api.as<Me>(REVIEWER, 'GET', '/me'), 200).block?.position).toBe('LEADER');
    expect(expectStatus(await api.as<Me>('unit.CTY-TNMT-MN', 'GET', '/me'), 200).block?.position).toBe('DEPUTY');
    expect(expectStatus(await api.as<Me>('minister', 'GET', '/me'), 200)).toMatchObject({
      roles: ['MINISTER'],
      unit: null,
      block: null,
    });
    expect((await api.request('GET', '/api/v1/me')).status).toBe(401);
  });

  it('keeps each person’s read state of their notices, a unit’s shared notices included', async () => {
    const { api, db } = stack;
    // A second officer of the same unit: the unit's notices are theirs too, but what they read is their own business.
    await db.query(
      `INSERT INTO users (username, password_hash, full_name, title, email, roles, unit_code)
       SELECT 'unit.BQLDA-DTXD.2', password_hash, 'Cán bộ thứ hai', title, email, roles, unit_code FROM users WHERE username = $1`,
      [UNIT],
    );
    const other = 'unit.BQLDA-DTXD.2';
    const before = expectStatus(await api.as<{ count: number }>(UNIT, 'GET', '/notifications/unread-count'), 200).count;
    for (const [occasion, recipient] of [
      ['web-test:1', 'unit:BQLDA-DTXD'],
      ['web-test:2', 'unit:BQLDA-DTXD'],
      ['web-test:3', `user:${UNIT}`],
      ['web-test:4', 'unit:BAO-TNMT'],
    ]) {
      await db.query(
        `INSERT INTO notifications (occasion, recipient, kind, subject, body, email_status) VALUES ($1, $2, 'TEST', 'Thông báo thử', 'Nội dung', 'SENT')`,
        [occasion, recipient],
      );
    }
    const unread = async (who: string) =>
      expectStatus(await api.as<{ count: number }>(who, 'GET', '/notifications/unread-count'), 200).count;
    expect(await unread(UNIT)).toBe(before + 3);
    const otherBefore = await unread(other);

    const mine = expectStatus(await api.as<{ id: string; subject: string; read: boolean }[]>(UNIT, 'GET', '/notifications'), 200);
    expect(mine.filter((n) => n.subject === 'Thông báo thử').map((n) => n.read)).toEqual([false, false, false]);
    const idOf = async (occasion: string) =>
      (await db.query(`SELECT id::text AS id FROM notifications WHERE occasion = $1`, [occasion]))[0].id as string;
    // Two of the unit's (shared), one of the officer's own, one of another unit.
    const [unitNotice, otherUnitNotice, ownNotice, foreign] = [
      await idOf('web-test:1'),
      await idOf('web-test:2'),
      await idOf('web-test:3'),
      await idOf('web-test:4'),
    ];

    // Refused: nothing is written.
    for (const body of [{ ids: ['abc'] }, { ids: 'x' }, { ids: [unitNotice], extra: true }, { ids: [-1] }]) {
      expect([body, (await api.as(UNIT, 'POST', '/notifications/read', body)).status]).toEqual([body, 400]);
    }
    expect(await countRows(db, 'SELECT count(*)::int AS n FROM notification_reads')).toBe(0);

    // One of mine, and someone else's (ignored).
    expect(expectStatus(await api.as(UNIT, 'POST', '/notifications/read', { ids: [unitNotice, foreign] }), 200)).toEqual({
      marked: 1,
      unread: before + 2,
    });
    const read = expectStatus(await api.as<{ id: string; read: boolean }[]>(UNIT, 'GET', '/notifications'), 200);
    expect(read.find((n) => n.id === unitNotice)?.read).toBe(true);
    expect(read.find((n) => n.id === otherUnitNotice)?.read).toBe(false);
    // The other officer still has the unit's notice unread, and does not see the first officer's own.
    expect(await unread(other)).toBe(otherBefore);
    const theirs = expectStatus(await api.as<{ id: string; read: boolean }[]>(other, 'GET', '/notifications'), 200);
    expect(theirs.find((n) => n.id === unitNotice)?.read).toBe(false);
    expect(theirs.find((n) => n.id === ownNotice)).toBeUndefined();
    expect(await unread(REVIEWER)).toBeGreaterThanOrEqual(1);

    // No ids: all of mine; again: nothing more.
    expect(expectStatus(await api.as(UNIT, 'POST', '/notifications/read', {}), 200)).toEqual({ marked: before + 2, unread: 0 });
    expect(expectStatus(await api.as(UNIT, 'POST', '/notifications/read'), 200)).toEqual({ marked: 0, unread: 0 });
    expect(await unread(other)).toBe(otherBefore);
    expect((await api.request('POST', '/api/v1/notifications/read', { body: {} })).status).toBe(401);
  });

  it('lists the units by block then name, and the blocks with their leader and deputy', async () => {
    const { api } = stack;
    const units = expectStatus(await api.as<{ code: string; name: string; blockCode: string }[]>(UNIT, 'GET', '/units'), 200);
    expect(units).toHaveLength(await countRows(stack.db, 'SELECT count(*)::int AS n FROM units'));
    expect(units).toContainEqual({ code: 'BQLDA-DTXD', name: 'Ban Quản lý Dự án Đầu tư và Xây dựng', blockCode: 'KHOI-VI' });
    const collator = new Intl.Collator('vi', { sensitivity: 'base' });
    for (let i = 1; i < units.length; i++) {
      const [a, b] = [units[i - 1], units[i]];
      if (a.blockCode === b.blockCode) expect(collator.compare(a.name, b.name)).toBeLessThanOrEqual(0);
      else expect(a.blockCode < b.blockCode).toBe(true);
    }
    const blocks = expectStatus(await api.as<{ code: string }[]>('council.1', 'GET', '/blocks'), 200);
    expect(blocks).toContainEqual({
      code: 'KHOI-VI',
      name: 'Khối thi đua số VI',
      leaderUnitCode: 'BAO-TNMT',
      deputyUnitCode: 'CTY-TNMT-MN',
    });
    expect(blocks.map((b) => b.code)).toEqual([...blocks.map((b) => b.code)].sort());
    expect((await api.request('GET', '/api/v1/units')).status).toBe(401);
  });

  it('finds nominees by name, case and Vietnamese diacritics aside', async () => {
    const { api } = stack;
    const an = await submit(api, CYCLE, 'BQLDA-DTXD', { fullName: 'Nguyễn Văn An' });
    const dao = await submit(api, CYCLE, 'BQLDA-DTXD', { fullName: 'Đặng Thị Đào' });
    const search = async (q: string, more = '') =>
      expectStatus(await api.as<Page>('admin', 'GET', `/nominations?cycle=${CYCLE}&q=${encodeURIComponent(q)}${more}`), 200);
    expect((await search('nguyen van')).items.map((n) => n.id)).toEqual([an.id]);
    expect((await search('NGUYỄN  VĂN an')).items.map((n) => n.id)).toEqual([an.id]);
    expect((await search('dang thi dao')).items.map((n) => n.id)).toEqual([dao.id]);
    expect((await search('đào')).items.map((n) => n.id)).toEqual([dao.id]);
    expect(await search('100%')).toMatchObject({ items: [], total: 0 });
    expect(await search('_')).toMatchObject({ items: [], total: 0 });
    // Other filters still narrow; sort orders.
    expect((await search('nguyen', '&unit=CTY-TNMT-MN')).total).toBe(0);
    const newest = expectStatus(await api.as<Page>('admin', 'GET', `/nominations?cycle=${CYCLE}&sort=-submittedAt`), 200);
    expect(newest.items[0].id).toBe(dao.id);
    // The folded name is part of the read model: rebuilding it from the events keeps the search working.
    await rebuildProjections(stack.db);
    expect((await search('nguyen van')).items.map((n) => n.id)).toEqual([an.id]);
    for (const bad of ['sort=name', `q=${'x'.repeat(201)}`, 'q=a&q=b']) {
      expect([bad, (await api.as('admin', 'GET', `/nominations?${bad}`)).status]).toEqual([bad, 400]);
    }
  });

  it('shows the inbox with names, overdue and escalation flags, narrowed to one nomination on request', async () => {
    const { api } = stack;
    const created = await submit(api, CYCLE, 'BQLDA-DTXD', { fullName: 'Lê Văn Hộp Thư' });
    const tasks = expectStatus(await api.as<any[]>(REVIEWER, 'GET', `/tasks?nominationId=${created.id}`), 200);
    expect(tasks).toHaveLength(1);
    expect(tasks[0]).toMatchObject({
      type: 'BLOCK_REVIEW',
      nominationId: created.id,
      overdue: false,
      escalated: false,
      escalatedAt: null,
      nomination: {
        cycleCode: CYCLE,
        cycleTitle: `Chu kỳ kiểm thử ${CYCLE}`,
        unitCode: 'BQLDA-DTXD',
        unitName: 'Ban Quản lý Dự án Đầu tư và Xây dựng',
        nomineeName: 'Lê Văn Hộp Thư',
        stage: 'BLOCK_REVIEW',
      },
    });
    // The read model says the task is past due (its workflow's timers are not what this checks).
    await stack.db.query(`UPDATE tasks SET due_at = now() - interval '1 hour' WHERE id = $1`, [tasks[0].id]);
    expect((await taskOf(api, REVIEWER, created.id, 'BLOCK_REVIEW')) as unknown).toMatchObject({ overdue: true, escalated: false });
    const all = expectStatus(await api.as<any[]>(REVIEWER, 'GET', '/tasks'), 200);
    expect(all.length).toBeGreaterThan(1);
    expect(expectStatus(await api.as<any[]>(UNIT, 'GET', `/tasks?nominationId=${created.id}`), 200)).toEqual([]);
    expect((await api.as(REVIEWER, 'GET', '/tasks?nominationId=not-a-uuid')).status).toBe(400);
  });

  it('tells a nomination’s story in Vietnamese, with names, and never how a member voted', async () => {
    const { api } = stack;
    // A cycle of its own, whose cutoff passes during the test: its conference is recorded at the end.
    const STORY = 'T-WEB-STORY';
    await createCycle(api, STORY, cutoffIn(30));
    const created = await submit(api, STORY, 'BQLDA-DTXD', { fullName: 'Phạm Thị Dòng Thời Gian' });
    await complete(api, REVIEWER, created.id, 'BLOCK_REVIEW', { decision: 'REQUEST_CHANGES', reason: 'thiếu báo cáo' });
    await complete(api, UNIT, created.id, 'REVISION', { decision: 'RESUBMIT', changes: 'Đã bổ sung báo cáo thành tích' });
    await complete(api, REVIEWER, created.id, 'BLOCK_REVIEW', { decision: 'ENDORSE', score: 91 });
    await vote(api, created.id, ['AGREE', 'AGREE', 'AGREE', 'AGREE', 'AGREE', 'AGREE', 'DISAGREE', 'ABSTAIN', 'AGREE']);
    await eventually(api, created.id, (v) => v.stage === 'MINISTER_DECISION');
    const approved = await complete(api, 'deputy.minister', created.id, 'MINISTER_DECISION', { decision: 'APPROVE' });

    const timeline = expectStatus(await api.as<TimelineEntry[]>(UNIT, 'GET', `/nominations/${created.id}/timeline`), 200);
    const events = expectStatus(
      await api.as<{ type: string; occurredAt: string }[]>('admin', 'GET', `/nominations/${created.id}/events`),
      200,
    );
    expect(timeline.map((e) => e.type)).toEqual(events.map((e) => e.type));
    expect(timeline.map((e) => e.at)).toEqual(events.map((e) => new Date(e.occurredAt).toISOString()));
    const texts = timeline.map((e) => e.text);
    expect(texts[0]).toBe(
      'Đơn vị Ban Quản lý Dự án Đầu tư và Xây dựng nộp hồ sơ đề nghị công nhận điển hình tiên tiến cho cá nhân Phạm Thị Dòng Thời Gian',
    );
    expect(timeline[0].actor).toEqual({ username: UNIT, name: 'Cán bộ thi đua – Ban Quản lý Dự án Đầu tư và Xây dựng' });
    expect(texts.find((t) => t.startsWith('Khối thi đua số VI yêu cầu bổ sung hồ sơ — lý do: thiếu báo cáo'))).toBeDefined();
    expect(texts).toContain(
      'Đơn vị Ban Quản lý Dự án Đầu tư và Xây dựng bổ sung và nộp lại hồ sơ — nội dung bổ sung: Đã bổ sung báo cáo thành tích',
    );
    expect(texts).toContain('Khối thi đua số VI nhất trí đề nghị lên Hội đồng Thi đua – Khen thưởng Bộ, chấm 91/100 điểm');
    const ballots = timeline.filter((e) => e.type === 'BallotCast');
    expect(ballots).toHaveLength(9);
    for (const ballot of ballots) {
      expect(ballot.text).toMatch(/^Thành viên Hội đồng .+ đã bỏ phiếu$/);
      expect(ballot.text).not.toMatch(/đồng ý|không|AGREE|DISAGREE|ABSTAIN/);
      expect(ballot.actor?.username).toMatch(/^council\.\d$/);
      expect(ballot.text).toContain(ballot.actor?.name ?? '?');
      expect(ballot.actor?.name).not.toBe(ballot.actor?.username);
    }
    expect(texts).toContain(
      'Hội đồng Thi đua – Khen thưởng Bộ thông qua: 7/9 thành viên đồng ý (cần 5), 1 không đồng ý, 1 không biểu quyết',
    );
    expect(texts).toContain(
      `Thứ trưởng Nguyễn Thị Phương Hoa ký thay Bộ trưởng (KT. BỘ TRƯỞNG / THỨ TRƯỞNG) phê duyệt, công nhận điển hình tiên tiến — Quyết định số ${approved.decisionNumber}`,
    );
    for (const text of texts) expect(text).not.toMatch(/Nomination|Ballot|Council|Block|Minister|Conference|Task|BQLDA-DTXD|KHOI-VI/);
    expect(timeline.find((e) => e.type === 'CouncilVotingOpened')?.actor).toBeNull();

    await holdConference(api, STORY);
    await eventually(api, created.id, (v) => v.status === 'HONOURED');
    const after = expectStatus(await api.as<TimelineEntry[]>(UNIT, 'GET', `/nominations/${created.id}/timeline`), 200);
    expect(after.at(-1)?.text).toMatch(
      /^Được biểu dương tại hội nghị ngày \d{2}\/\d{2}\/\d{4}: xếp thứ 1, giấy chứng nhận số T-WEB-STORY\/001$/,
    );

    expect((await api.as(UNIT, 'GET', '/nominations/00000000-0000-4000-8000-000000000000/timeline')).status).toBe(404);
    expect((await api.as(UNIT, 'GET', '/nominations/nope/timeline')).status).toBe(400);
    expect((await api.request('GET', `/api/v1/nominations/${created.id}/timeline`)).status).toBe(401);
  });
});
