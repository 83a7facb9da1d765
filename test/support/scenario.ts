import { hanoiInstant, type NominationView } from '#domain';
import type { ApiClient, Reply } from './api-client.js';

const DAY = 86_400_000;

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
    ...overrides,
  };
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

export const COUNCIL = Array.from({ length: 9 }, (_, i) => `council.${i + 1}`);

export function expectStatus<T>(reply: Reply<T>, status: number): T {
  if (reply.status !== status) {
    throw new Error(`expected HTTP ${status}, got ${reply.status}: ${JSON.stringify(reply.body)}`);
  }
  return reply.body;
}

/** The open task of `type` on `nominationId` that `username` sees in GET /tasks. */
export async function taskFor(api: ApiClient, username: string, nominationId: string, type: string): Promise<string> {
  const tasks = expectStatus(await api.as<{ id: string; type: string; nominationId: string }[]>(username, 'GET', '/tasks'), 200);
  const task = tasks.find((t) => t.nominationId === nominationId && t.type === type);
  if (!task) throw new Error(`${username} has no open ${type} task on ${nominationId}: ${JSON.stringify(tasks)}`);
  return task.id;
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
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const view = expectStatus(await api.as<NominationView>('admin', 'GET', `/nominations/${id}`), 200);
    if (done(view)) return view;
    if (Date.now() > deadline) throw new Error(`nomination ${id} did not get there in time: ${JSON.stringify(view)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Submits, endorses at the block and opens the council vote. */
export async function toCouncil(api: ApiClient, cycleCode: string, unit = 'BQLDA-DTXD', reviewer = 'BAO-TNMT', score = 90) {
  const created = expectStatus(await api.as<NominationView>(`unit.${unit}`, 'POST', '/nominations', dossier(cycleCode)), 201);
  await complete(api, `unit.${reviewer}`, created.id, 'BLOCK_REVIEW', { decision: 'ENDORSE', score });
  return created;
}

export async function vote(api: ApiClient, nominationId: string, choices: string[]) {
  for (let i = 0; i < choices.length; i++) {
    await complete(api, COUNCIL[i], nominationId, 'COUNCIL_BALLOT', { decision: choices[i] });
  }
}

/** Waits for something the system does on its own (a timer fired, a mail sent). */
export async function waitFor(done: () => boolean | Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error(`not done within ${timeoutMs} ms: ${done.toString()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
