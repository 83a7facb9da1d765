import { DEMO_PASSWORD } from './fixtures.js';

/** Setting the scene through the API (what a test is not about), so each test has its own cycle. */
export async function apiAs(username: string) {
  const base = process.env.WEB_BASE_URL!;
  const login = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  const { accessToken } = (await login.json()) as { accessToken: string };
  return async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${base}/api/v1${path}`, {
      method,
      headers: { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  };
}

const DAY = 86_400_000;

/** The date `days` from now as the app shows it: dd/MM/yyyy in Hanoi. */
export const hanoiDate = (days = 0): string =>
  new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric' }).format(
    new Date(Date.now() + days * DAY),
  );

/** A cycle open for submissions now, with a unique code; `overrides` set other fields of the cycle. */
export async function openCycle(prefix: string, overrides: Record<string, unknown> = {}): Promise<string> {
  const admin = await apiAs('admin');
  const code = `${prefix}-${Date.now().toString(36).toUpperCase()}`;
  const at = (days: number) => new Date(Date.now() + days * DAY).toISOString();
  await admin('POST', '/cycles', {
    code,
    title: `Đợt thử nghiệm ${code}`,
    planReference: 'Kế hoạch thử nghiệm',
    periodFrom: at(-365),
    periodTo: at(-1),
    submissionCutoff: at(30),
    blockReviewTarget: at(40),
    councilVoteTarget: at(50),
    decisionTarget: at(60),
    conferenceDate: at(70),
    quota: 10,
    // The process of cycles created before sessions, unless the test asks for SESSIONS (the API's default).
    councilProcess: 'PER_NOMINATION',
    ...overrides,
  });
  return code;
}

export const NOMINEE = {
  kind: 'INDIVIDUAL',
  dateOfBirth: '1979-11-03',
  position: 'Trưởng phòng Kỹ thuật',
  field: 'Quản lý dự án đầu tư xây dựng',
  remoteArea: false,
  continuousYears: 3,
};

/** A unit's submission through the API; answers the nomination's id. */
export async function submitThroughApi(unit: string, cycleCode: string, fullName: string): Promise<string> {
  const officer = await apiAs(`unit.${unit}`);
  const n = await officer<{ id: string }>('POST', '/nominations', {
    cycleCode,
    nominee: { ...NOMINEE, fullName },
    achievements: 'Hoàn thành xuất sắc nhiệm vụ được giao.',
    initiatives: [],
    documents: [],
  });
  return n.id;
}

interface OpenTask {
  id: string;
  type: string;
  nominationId: string;
}

/** Completes `username`'s open task on the nomination (waiting for it to open) with `decision`. */
export async function completeThroughApi(username: string, nominationId: string, decision: Record<string, unknown>): Promise<void> {
  const as = await apiAs(username);
  for (let attempt = 0; attempt < 60; attempt++) {
    const tasks = await as<OpenTask[]>('GET', `/tasks?nominationId=${nominationId}`);
    if (tasks.length) {
      await as('POST', `/tasks/${tasks[0].id}/complete`, decision);
      return;
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${username} never got a task on ${nominationId}`);
}

/** Takes a unit's fresh submission to the minister's desk: the reviewer endorses, nine members agree. */
export async function toMinisterThroughApi(reviewerUnit: string, nominationId: string): Promise<void> {
  await completeThroughApi(`unit.${reviewerUnit}`, nominationId, { decision: 'ENDORSE', score: 90 });
  for (let i = 1; i <= 9; i++) await completeThroughApi(`council.${i}`, nominationId, { decision: 'AGREE' });
}
