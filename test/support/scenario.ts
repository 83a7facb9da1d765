import { hanoiInstant, type NominationView } from '#domain';
import type { DataSource } from 'typeorm';
import type { ApiClient, Reply } from './api-client.js';
import { findOrFail } from './find.js';

import { lastRead } from './wait.js';

export { lastRead, waitFor, waitForValue } from './wait.js';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** The five milestones of a cycle, so many days after `now`: cutoff, block review, vote, decision, conference. */
export function milestones(now: number, [cutoff, review, vote, decision, conference]: [number, number, number, number, number]) {
  const at = (days: number) => new Date(now + days * DAY).toISOString();
  return {
    submissionCutoff: at(cutoff),
    blockReviewTarget: at(review),
    councilVoteTarget: at(vote),
    decisionTarget: at(decision),
    conferenceDate: at(conference),
  };
}

/** A cycle whose cutoff lies ahead of `now`, so units can submit; dates follow in order. */
export function openCycle(code: string, overrides: Record<string, unknown> = {}, now = Date.now()) {
  return {
    code,
    title: `Chu kỳ kiểm thử ${code}`,
    planReference: 'Kế hoạch số 02/KH-BTNMT ngày 26/03/2018',
    periodFrom: hanoiInstant(2016, 1, 1).toISOString(),
    periodTo: new Date(now - DAY).toISOString(),
    ...milestones(now, [30, 40, 50, 60, 70]),
    quota: 70,
    // The process of cycles created before sessions, which these tests follow unless they ask for SESSIONS (the API's default).
    councilProcess: 'PER_NOMINATION',
    ...overrides,
  };
}

/**
 * A cutoff `seconds` from now: units submit first, and the conference (recorded only after the
 * cutoff) can follow within the test. Give the submissions the test makes before it time to land.
 */
export function cutoffIn(seconds: number, now = Date.now()) {
  return { submissionCutoff: new Date(now + seconds * 1000).toISOString() };
}

/** The admin creates `openCycle(code, overrides, now)` (201). */
export async function createCycle(api: ApiClient, code: string, overrides: Record<string, unknown> = {}, now = Date.now()) {
  return expectStatus(await api.as('admin', 'POST', '/cycles', openCycle(code, overrides, now)), 201);
}

let counter = 0;

/** A complete, valid dossier; each call names a different nominee unless told. */
export function dossier(cycleCode: string, nominee: Record<string, unknown> = {}) {
  counter += 1;
  return {
    cycleCode,
    nominee: {
      kind: 'INDIVIDUAL',
      fullName: `Nguyễn Thị Hồng Nhung ${counter}`,
      dateOfBirth: '1980-05-17',
      position: 'Phó Trưởng phòng Kế hoạch – Tổng hợp',
      field: 'Quản lý dự án đầu tư xây dựng',
      remoteArea: false,
      continuousYears: 3,
      ...nominee,
    },
    achievements: 'Hoàn thành xuất sắc nhiệm vụ giai đoạn 2016–2018; chủ trì 3 dự án đúng tiến độ.',
    initiatives: ['Sáng kiến quản lý tiến độ dự án bằng bảng điều khiển dùng chung'],
    documents: [
      { kind: 'ACHIEVEMENT_REPORT', title: 'Báo cáo thành tích', sha256: 'a'.repeat(64) },
      { kind: 'SELECTION_MINUTES', title: 'Biên bản họp bình xét của đơn vị', sha256: 'b'.repeat(64) },
    ],
  };
}

/** The officer of `unit` submits a dossier to `cycleCode` (201). */
export async function submit(api: ApiClient, cycleCode: string, unit = 'BQLDA-DTXD', nominee: Record<string, unknown> = {}) {
  return expectStatus(await api.as<NominationView>(`unit.${unit}`, 'POST', '/nominations', dossier(cycleCode, nominee)), 201);
}

export const COUNCIL = Array.from({ length: 9 }, (_, i) => `council.${i + 1}`);

export function expectStatus<T>(reply: Reply<T>, status: number): T {
  if (reply.status !== status) {
    throw new Error(`expected HTTP ${status}, got ${reply.status}: ${JSON.stringify(reply.body)}`);
  }
  return reply.body;
}

/** A task as GET /tasks shows it. */
export interface OpenTask {
  id: string;
  type: string;
  nominationId: string;
  dueAt: string | null;
  remindedAt: string | null;
  escalatedAt: string | null;
}

/** The open task of `type` on `nominationId` that `username` sees in GET /tasks; fails if there is none. */
export async function taskOf(api: ApiClient, username: string, nominationId: string, type: string): Promise<OpenTask> {
  const tasks = expectStatus(await api.as<OpenTask[]>(username, 'GET', '/tasks'), 200);
  return findOrFail(
    tasks,
    (t) => t.nominationId === nominationId && t.type === type,
    `open ${type} task of ${username} on ${nominationId}`,
  );
}

/** The id of the open task of `type` on `nominationId` that `username` sees; fails if there is none. */
export async function taskFor(api: ApiClient, username: string, nominationId: string, type: string): Promise<string> {
  return (await taskOf(api, username, nominationId, type)).id;
}

export async function complete(api: ApiClient, username: string, nominationId: string, type: string, decision: Record<string, unknown>) {
  const taskId = await taskFor(api, username, nominationId, type);
  return expectStatus(await api.as<NominationView>(username, 'POST', `/tasks/${taskId}/complete`, decision), 200);
}

/** Waits until the read model shows what `done` wants (the workflow finishes some steps on its own). */
export async function eventually(
  api: ApiClient,
  id: string,
  done: (v: NominationView) => boolean,
  timeoutMs = 20_000,
): Promise<NominationView> {
  const view = await lastRead(() => nomination(api, id), done, timeoutMs);
  if (!done(view)) throw new Error(`nomination ${id} did not get there in time: ${JSON.stringify(view)}`);
  return view;
}

/** A nomination as GET /nominations/:id shows it now. */
export async function nomination(api: ApiClient, id: string): Promise<NominationView> {
  return expectStatus(await api.as<NominationView>('admin', 'GET', `/nominations/${id}`), 200);
}

/** An event as GET /nominations/:id/events or /cycles/:code/events shows it. */
export interface EventRow {
  type: string;
  version: number;
  actor: string;
  data: any;
}

/** A nomination's event stream, oldest first. */
export async function eventsOf(api: ApiClient, nominationId: string): Promise<EventRow[]> {
  return expectStatus(await api.as<EventRow[]>('admin', 'GET', `/nominations/${nominationId}/events`), 200);
}

/** The types of a nomination's events, oldest first. */
export async function eventTypes(api: ApiClient, nominationId: string): Promise<string[]> {
  return (await eventsOf(api, nominationId)).map((e) => e.type);
}

/** A cycle's own events (calendar moves, cutoff, conference), oldest first. */
export async function cycleEventsOf(api: ApiClient, cycleCode: string): Promise<EventRow[]> {
  return expectStatus(await api.as<EventRow[]>('admin', 'GET', `/cycles/${cycleCode}/events`), 200);
}

/** Submits, endorses at the block and opens the council vote. */
export async function toCouncil(api: ApiClient, cycleCode: string, unit = 'BQLDA-DTXD', reviewer = 'BAO-TNMT', score = 90) {
  const created = await submit(api, cycleCode, unit);
  await complete(api, `unit.${reviewer}`, created.id, 'BLOCK_REVIEW', { decision: 'ENDORSE', score });
  return created;
}

/** …and the whole council agrees: the nomination waits for the minister. */
export async function toMinister(api: ApiClient, cycleCode: string, unit = 'BQLDA-DTXD', reviewer = 'BAO-TNMT', score = 90) {
  const created = await toCouncil(api, cycleCode, unit, reviewer, score);
  await vote(api, created.id, Array(9).fill('AGREE'));
  return eventually(api, created.id, (v) => v.stage === 'MINISTER_DECISION');
}

/** …and the minister approves: the nomination waits for the conference. */
export async function toApproved(api: ApiClient, cycleCode: string, unit = 'BQLDA-DTXD', reviewer = 'BAO-TNMT', score = 90) {
  const waiting = await toMinister(api, cycleCode, unit, reviewer, score);
  return complete(api, 'minister', waiting.id, 'MINISTER_DECISION', { decision: 'APPROVE' });
}

/** The standing office closes a nomination's council vote early (200): the nomination as the count left it. */
export async function closeVote(api: ApiClient, nominationId: string) {
  return expectStatus(await api.as<NominationView>('standing.office', 'POST', `/nominations/${nominationId}/council-vote/close`), 200);
}

/** Where the tests' conferences are held. */
export const CONFERENCE_PLACE = 'Hội trường Bộ Tài nguyên và Môi trường, 10 Tôn Thất Thuyết, Hà Nội';

/** Today in Hanoi as yyyy-MM-dd, the day a conference recorded now was held. */
export function hanoiToday(now = Date.now()): string {
  return new Date(now + 7 * HOUR).toISOString().slice(0, 10);
}

/**
 * The standing office records the cycle's conference as held today (200): the summary of who was
 * honoured. The conference is refused before the cutoff, so this first waits for the cycle's
 * cutoff (give the cycle `cutoffIn(seconds)`); a cutoff far ahead is a mistake in the test.
 */
export async function holdConference(api: ApiClient, cycleCode: string, venue: { heldOn?: string; place?: string } = {}) {
  const cycle = expectStatus(await api.as<{ submissionCutoff: string }>('admin', 'GET', `/cycles/${cycleCode}`), 200);
  const wait = Date.parse(cycle.submissionCutoff) - Date.now() + 1_000;
  if (wait > 3 * MINUTE) throw new Error(`${cycleCode}: the cutoff is ${cycle.submissionCutoff}; create the cycle with cutoffIn(seconds)`);
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  const body = { heldOn: hanoiToday(), place: CONFERENCE_PLACE, ...venue };
  return expectStatus(
    await api.as<{ honoured: number; recognised: number; heldOn?: string; place?: string }>(
      'standing.office',
      'POST',
      `/cycles/${cycleCode}/conference`,
      body,
    ),
    200,
  );
}

export async function vote(api: ApiClient, nominationId: string, choices: string[]) {
  for (let i = 0; i < choices.length; i++) {
    await complete(api, COUNCIL[i], nominationId, 'COUNCIL_BALLOT', { decision: choices[i] });
  }
}

/** How many rows `sql` (a `SELECT count(*)::int AS n …`) counts. */
export async function countRows(db: DataSource, sql: string, params: unknown[] = []): Promise<number> {
  const rows = (await db.query(sql, params)) as { n: number }[];
  if (rows.length !== 1 || typeof rows[0].n !== 'number') throw new Error(`not a count(*)::int AS n query: ${sql}`);
  return rows[0].n;
}
