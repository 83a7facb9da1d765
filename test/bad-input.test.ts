// Bad input gets a 400 naming each bad field (or the right 401/403/404/409/422), never a 500, and writes nothing.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { NominationView } from '#domain';
import type { Reply } from './support/api-client.js';
import { startStack, type Stack } from './support/stack.js';
import {
  countRows,
  createCycle,
  cycleEventsOf,
  DAY,
  dossier,
  eventTypes,
  expectStatus,
  nomination as nominationNow,
  openCycle,
  submit,
  taskFor,
  waitFor,
} from './support/scenario.js';

const OPEN = 'T-BADIN';
const LATE = 'T-LATE';
const UNIT = 'unit.BQLDA-DTXD';
const REVIEWER = 'unit.BAO-TNMT';
const daysFromNow = (days: number) => new Date(Date.now() + days * DAY).toISOString();
/** A text one character over a limit. */
const tooLong = (limit: number) => 'x'.repeat(limit + 1);

/** One request of a table: who sends it (`null`: no token), and the JSON body or raw text. */
interface Call {
  name: string;
  as?: string | null;
  body?: unknown;
  raw?: string;
}
/** …refused with a 400 VALIDATION_FAILED whose `errors` name `fields` (each by its dotted path). */
interface BadCall extends Call {
  fields: string[];
}

/** The tables a refusal must leave alone: how many rows each has, and a digest of every row's content. */
const WRITTEN_TABLES = ['cycles', 'nominations', 'nomination_events', 'nomination_streams', 'tasks'] as const;
type Tables = Record<(typeof WRITTEN_TABLES)[number], { rows: number; digest: string }>;

let stack: Stack;
/** The nomination (of UNIT, in OPEN) whose BLOCK_REVIEW task REVIEWER is sent bad decisions on: the refusals leave it open. */
let nomination: NominationView;
let taskId: string;

async function tables(): Promise<Tables> {
  const entries = await Promise.all(
    WRITTEN_TABLES.map(async (t) => {
      const [row] = await stack.db.query(
        `SELECT count(*)::int AS rows, md5(coalesce(string_agg(r::text, E'\\n' ORDER BY r::text), '')) AS digest FROM ${t} r`,
      );
      return [t, row as { rows: number; digest: string }] as const;
    }),
  );
  return Object.fromEntries(entries) as Tables;
}

/**
 * Sends a request that must be refused, and checks that it wrote nothing: every table a request
 * could write (cycles, nominations, nomination_events, nomination_streams, tasks) has the same
 * rows, with the same content, after it as before.
 */
async function refused(method: string, path: string, options: { token?: string; body?: unknown; raw?: string }): Promise<Reply> {
  const before = await tables();
  const reply = await stack.api.request(method, `/api/v1${path}`, options);
  const after = await tables();
  const written = WRITTEN_TABLES.filter((t) => after[t].digest !== before[t].digest || after[t].rows !== before[t].rows);
  if (written.length > 0) {
    throw new Error(
      `${method} ${path} (HTTP ${reply.status}) wrote to ${written.map((t) => `${t} (${before[t].rows} → ${after[t].rows} rows)`).join(', ')}`,
    );
  }
  return reply;
}

async function send(method: string, path: string, call: Call, defaultUser: string): Promise<Reply> {
  const user = call.as === undefined ? defaultUser : call.as;
  const token = user === null ? undefined : await stack.api.token(user);
  return refused(method, path, { token, body: call.body, raw: call.raw });
}

/** 400 VALIDATION_FAILED, never a 500, and for each bad field an entry naming it (`nominee.kind`, `documents.0.url`) with a message. */
function expectBadRequest(reply: Reply, fields: string[]): { field: string; code: string; message: string }[] {
  const body = expectStatus(reply, 400);
  // VALIDATION_FAILED at the edge, or a rule's own reason about the field (score null passes the DTO: SCORE_OUT_OF_RANGE).
  expect(['VALIDATION_FAILED', 'SCORE_OUT_OF_RANGE']).toContain(body.code);
  const errors: { field: string; code: string; message: string }[] = body.errors ?? [];
  expect(errors.length).toBeGreaterThan(0);
  for (const e of errors) expect(e).toEqual({ field: expect.any(String), code: expect.any(String), message: expect.any(String) });
  expect(errors.map((e) => e.field)).toEqual(expect.arrayContaining(fields));
  return errors;
}

const withNominee = (nominee: Record<string, unknown>) => {
  const d = dossier(OPEN);
  return { ...d, nominee: { ...d.nominee, ...nominee } };
};
const withDocument = (index: number, document: Record<string, unknown>) => {
  const d = dossier(OPEN);
  return { ...d, documents: d.documents.map((doc, i) => (i === index ? { ...doc, ...document } : doc)) };
};
const without = <T extends Record<string, unknown>>(object: T, key: keyof T) => {
  const copy = { ...object };
  delete copy[key];
  return copy;
};

beforeAll(async () => {
  stack = await startStack('badinput');
  await createCycle(stack.api, OPEN);
  // Kế hoạch 02/KH-BTNMT's calendar: submissions "trước ngày 29/4/2018", long past.
  await createCycle(stack.api, LATE, {
    periodFrom: '2015-12-31T17:00:00Z',
    periodTo: '2018-03-31T17:00:00Z',
    submissionCutoff: '2018-04-28T17:00:00Z',
    blockReviewTarget: '2018-05-09T17:00:00Z',
    councilVoteTarget: '2018-05-19T17:00:00Z',
    decisionTarget: '2018-05-29T17:00:00Z',
    conferenceDate: '2018-06-08T01:00:00Z',
  });
  // Its whole calendar has passed: its workflow closes it at once. Let it finish writing before anything is compared.
  await waitFor(async () => (await cycleEventsOf(stack.api, LATE)).some((e) => e.type === 'CycleClosed'));
  nomination = await submit(stack.api, OPEN);
  taskId = await taskFor(stack.api, REVIEWER, nomination.id, 'BLOCK_REVIEW');
  expect(await tables()).toMatchObject({ cycles: { rows: 2 }, nominations: { rows: 1 }, tasks: { rows: 1 } });
});
afterAll(() => stack?.close());

describe('POST /auth/login', () => {
  it.each<BadCall>([
    { name: 'missing password', body: { username: 'admin' }, fields: ['password'] },
    { name: 'an unknown field', body: { username: 'admin', password: 'demo', rememberMe: true }, fields: ['rememberMe'] },
    { name: 'a non-string username', body: { username: 42, password: 'demo' }, fields: ['username'] },
    { name: 'an object as username', body: { username: { $ne: null }, password: 'demo' }, fields: ['username'] },
    { name: 'an empty username', body: { username: '', password: 'demo' }, fields: ['username'] },
    { name: 'an over-long password', body: { username: 'admin', password: tooLong(200) }, fields: ['password'] },
    { name: 'an array body', raw: '[]', fields: ['username', 'password'] },
  ])('$name → 400', async (call) => {
    expectBadRequest(await send('POST', '/auth/login', { ...call, as: null }, 'admin'), call.fields);
  });

  it('malformed JSON → 400', async () => {
    expectStatus(await send('POST', '/auth/login', { name: '', as: null, raw: '{"username":' }, 'admin'), 400);
  });

  it.each([
    ['a wrong password', { username: 'admin', password: 'not-demo' }],
    ['an unknown user', { username: 'nobody', password: 'demo' }],
  ])('%s → 401, without saying which', async (_, body) => {
    const reply = expectStatus(await send('POST', '/auth/login', { name: '', as: null, body }, 'admin'), 401);
    expect(reply).toMatchObject({ code: 'WRONG_CREDENTIALS', message: 'Tên đăng nhập hoặc mật khẩu không đúng.' });
  });
});

describe('POST /cycles', () => {
  // A cycle that would be created, but for its one bad field: refused() sees it in `cycles` if a refusal writes it.
  const cycle = (overrides: Record<string, unknown> = {}) => openCycle('T-REFUSED', overrides);

  it.each<BadCall>([
    { name: 'an unknown field', body: cycle({ budget: 1_000_000 }), fields: ['budget'] },
    { name: 'a lower-case code', body: cycle({ code: 't-lower' }), fields: ['code'] },
    { name: 'a code with a space', body: cycle({ code: 'T 2026' }), fields: ['code'] },
    { name: 'a one-letter code', body: cycle({ code: 'T' }), fields: ['code'] },
    { name: 'a missing code', body: without(cycle(), 'code'), fields: ['code'] },
    { name: 'an empty title', body: cycle({ title: '' }), fields: ['title'] },
    { name: 'a numeric planReference', body: cycle({ planReference: 2 }), fields: ['planReference'] },
    { name: 'a Vietnamese date (not ISO)', body: cycle({ periodFrom: '29/04/2018' }), fields: ['periodFrom'] },
    { name: 'a date without a time', body: cycle({ conferenceDate: '2026-06-08' }), fields: ['conferenceDate'] },
    { name: 'an instant without an offset', body: cycle({ submissionCutoff: '2026-04-29T00:00:00' }), fields: ['submissionCutoff'] },
    { name: 'an instant as epoch millis', body: cycle({ decisionTarget: Date.now() }), fields: ['decisionTarget'] },
    { name: 'an instant in words', body: cycle({ councilVoteTarget: 'next Friday' }), fields: ['councilVoteTarget'] },
    { name: 'periodTo before periodFrom', body: cycle({ periodTo: '2015-01-01T00:00:00Z' }), fields: ['periodTo'] },
    {
      name: 'the cutoff after the conference',
      body: cycle({ submissionCutoff: daysFromNow(80) }),
      fields: ['blockReviewTarget'], // the later of the two out of order
    },
    {
      name: 'the cutoff at the same instant as the block review target',
      body: cycle({ submissionCutoff: '2030-01-01T00:00:00Z', blockReviewTarget: '2030-01-01T07:00:00+07:00' }),
      fields: ['blockReviewTarget'],
    },
    {
      name: 'the conference before the decision target',
      body: cycle({ conferenceDate: daysFromNow(55) }),
      fields: ['conferenceDate'],
    },
    { name: 'quota 0', body: cycle({ quota: 0 }), fields: ['quota'] },
    { name: 'quota "70" (a string)', body: cycle({ quota: '70' }), fields: ['quota'] },
    { name: 'quota 1.5', body: cycle({ quota: 1.5 }), fields: ['quota'] },
    { name: 'quota null', body: cycle({ quota: null }), fields: ['quota'] },
    { name: 'quota 10001', body: cycle({ quota: 10_001 }), fields: ['quota'] },
    { name: "approvalRule 'SIMPLE'", body: cycle({ approvalRule: 'SIMPLE' }), fields: ['approvalRule'] },
    { name: 'maxChangeRounds 6', body: cycle({ maxChangeRounds: 6 }), fields: ['maxChangeRounds'] },
    { name: 'revisionDays 0', body: cycle({ revisionDays: 0 }), fields: ['revisionDays'] },
    { name: 'a decisionSuffix with a space', body: cycle({ decisionSuffix: 'QĐ BTNMT' }), fields: ['decisionSuffix'] },
    {
      name: 'several bad fields at once',
      body: cycle({ code: 'bad code', quota: -5, approvalRule: 'SIMPLE', periodFrom: 'yesterday', colour: 'red' }),
      fields: ['code', 'quota', 'approvalRule', 'periodFrom', 'colour'],
    },
    { name: 'an array body', raw: '[1,2]', fields: ['code', 'quota'] },
  ])('$name → 400', async (call) => {
    expectBadRequest(await send('POST', '/cycles', call, 'admin'), call.fields);
  });

  it('malformed JSON → 400', async () => {
    expectStatus(await send('POST', '/cycles', { name: '', raw: '{"code":"T-X",' }, 'admin'), 400);
  });

  it('a unit officer → 403', async () => {
    const body = expectStatus(await send('POST', '/cycles', { name: '', body: cycle() }, UNIT), 403);
    expect(body).toMatchObject({ code: 'FORBIDDEN_ROLE', message: expect.stringContaining('Quản trị hệ thống') });
  });

  it('no token → 401', async () => {
    expectStatus(await send('POST', '/cycles', { name: '', as: null, body: cycle() }, 'admin'), 401);
  });

  it('an existing code → 409', async () => {
    const body = expectStatus(await send('POST', '/cycles', { name: '', body: openCycle(OPEN) }, 'admin'), 409);
    expect(body).toMatchObject({ code: 'CYCLE_ALREADY_EXISTS', errors: [expect.objectContaining({ field: 'code' })] });
    expect(body.message).toContain(OPEN);
  });

  // Shaped like ISO 8601 but not real instants, or carrying a NUL (PostgreSQL cannot store it): once 500s.
  it.each<BadCall>([
    { name: 'month 13 in periodFrom', body: cycle({ periodFrom: '2018-13-01T00:00:00Z' }), fields: ['periodFrom'] },
    { name: 'hour 25 in conferenceDate', body: cycle({ conferenceDate: '2030-06-08T25:00:00Z' }), fields: ['conferenceDate'] },
    { name: '30 February in periodFrom', body: cycle({ periodFrom: '2018-02-30T00:00:00Z' }), fields: ['periodFrom'] },
    {
      name: 'offset +25:00 in submissionCutoff',
      body: cycle({ submissionCutoff: '2030-04-28T17:00:00+25:00' }),
      fields: ['submissionCutoff'],
    },
    { name: 'a NUL character in title', body: cycle({ title: 'Chu kỳ\u0000' }), fields: ['title'] },
  ])('$name → 400', async (call) => {
    expectBadRequest(await send('POST', '/cycles', call, 'admin'), call.fields);
  });
});

describe('POST /nominations', () => {
  it.each<BadCall>([
    { name: "nominee.kind 'PERSON'", body: withNominee({ kind: 'PERSON' }), fields: ['nominee.kind'] },
    { name: 'a missing nominee', body: without(dossier(OPEN), 'nominee'), fields: ['nominee'] },
    { name: 'a null nominee', body: { ...dossier(OPEN), nominee: null }, fields: ['nominee'] },
    { name: 'a string nominee', body: { ...dossier(OPEN), nominee: 'Nguyễn Văn A' }, fields: ['nominee'] },
    { name: 'nominee.continuousYears -1', body: withNominee({ continuousYears: -1 }), fields: ['nominee.continuousYears'] },
    { name: 'nominee.continuousYears 2.5', body: withNominee({ continuousYears: 2.5 }), fields: ['nominee.continuousYears'] },
    { name: 'nominee.continuousYears "3"', body: withNominee({ continuousYears: '3' }), fields: ['nominee.continuousYears'] },
    { name: "nominee.remoteArea 'yes'", body: withNominee({ remoteArea: 'yes' }), fields: ['nominee.remoteArea'] },
    {
      name: 'nominee.remoteArea missing',
      body: { ...dossier(OPEN), nominee: without(dossier(OPEN).nominee, 'remoteArea') },
      fields: ['nominee.remoteArea'],
    },
    { name: 'an empty nominee.fullName', body: withNominee({ fullName: '' }), fields: ['nominee.fullName'] },
    { name: 'an over-long nominee.field', body: withNominee({ field: tooLong(200) }), fields: ['nominee.field'] },
    { name: 'an unknown nested field (nominee.age)', body: withNominee({ age: 45 }), fields: ['nominee.age'] },
    { name: "documents[0].sha256 'xyz'", body: withDocument(0, { sha256: 'xyz' }), fields: ['documents.0.sha256'] },
    { name: 'documents[1].sha256 of 63 hex digits', body: withDocument(1, { sha256: 'a'.repeat(63) }), fields: ['documents.1.sha256'] },
    { name: 'documents[0].sha256 not hex', body: withDocument(0, { sha256: 'g'.repeat(64) }), fields: ['documents.0.sha256'] },
    { name: 'an empty documents[1].title', body: withDocument(1, { title: '' }), fields: ['documents.1.title'] },
    { name: 'an unknown field in documents[0]', body: withDocument(0, { url: 'http://x' }), fields: ['documents.0.url'] },
    { name: 'a string in documents', body: { ...dossier(OPEN), documents: ['report.pdf'] }, fields: ['documents.0'] },
    { name: 'documents not an array', body: { ...dossier(OPEN), documents: { kind: 'X' } }, fields: ['documents'] },
    {
      name: 'too many documents (51)',
      body: { ...dossier(OPEN), documents: Array(51).fill({ kind: 'X', title: 'Y', sha256: 'c'.repeat(64) }) },
      fields: ['documents'],
    },
    { name: 'initiatives not an array', body: { ...dossier(OPEN), initiatives: 'Sáng kiến' }, fields: ['initiatives'] },
    { name: 'too many initiatives (51)', body: { ...dossier(OPEN), initiatives: Array(51).fill('Sáng kiến') }, fields: ['initiatives'] },
    { name: 'a number among initiatives', body: { ...dossier(OPEN), initiatives: [1] }, fields: ['initiatives'] },
    { name: 'an over-long initiative', body: { ...dossier(OPEN), initiatives: [tooLong(2000)] }, fields: ['initiatives'] },
    { name: 'an empty achievements', body: { ...dossier(OPEN), achievements: '' }, fields: ['achievements'] },
    { name: 'an unknown top-level field', body: { ...dossier(OPEN), priority: 'HIGH' }, fields: ['priority'] },
    { name: 'a missing cycleCode', body: without(dossier(OPEN), 'cycleCode'), fields: ['cycleCode'] },
    { name: 'a numeric cycleCode', body: { ...dossier(OPEN), cycleCode: 2026 }, fields: ['cycleCode'] },
    { name: 'an unknown cycleCode', body: dossier('NO-SUCH-CYCLE'), fields: ['cycleCode'] },
    {
      name: 'several bad fields at once',
      body: {
        ...withNominee({ kind: 'PERSON', continuousYears: -1 }),
        initiatives: 'x',
        documents: [{ kind: 'X', title: 'Y', sha256: 'xyz' }],
      },
      fields: ['nominee.kind', 'nominee.continuousYears', 'initiatives', 'documents.0.sha256'],
    },
    { name: 'an array body', raw: '[]', fields: ['cycleCode', 'nominee', 'achievements'] },
  ])('$name → 400', async (call) => {
    expectBadRequest(await send('POST', '/nominations', call, UNIT), call.fields);
  });

  it('malformed JSON → 400', async () => {
    expectStatus(await send('POST', '/nominations', { name: '', raw: '{"cycleCode":' }, UNIT), 400);
  });

  it('a cycle past its cutoff → 422 with the cutoff in Hanoi time (dd/MM/yyyy HH:mm)', async () => {
    const body = expectStatus(await send('POST', '/nominations', { name: '', body: dossier(LATE) }, UNIT), 422);
    expect(body.code).toBe('SUBMISSIONS_CLOSED');
    expect(body.message).toContain('29/04/2018 00:00'); // 2018-04-28T17:00:00Z is midnight in Hanoi
    expect(body.message).not.toContain('28/04/2018 17:00');
  });

  it.each<[string, number, string | null]>([
    ['no token', 401, null],
    ['the admin (not a unit officer)', 403, 'admin'],
    ['a council member', 403, 'council.1'],
  ])('%s → %d', async (_, status, as) => {
    expectStatus(await send('POST', '/nominations', { name: '', as, body: dossier(OPEN) }, UNIT), status);
  });
});

describe('GET /nominations', () => {
  it.each([
    ['stage=NOPE', 'stage'],
    ['status=DONE', 'status'],
    ['page=0', 'page'],
    ['page=1.5', 'page'],
    ['page=', 'page'],
    ['pageSize=101', 'pageSize'],
    ['pageSize=abc', 'pageSize'],
    ['foo=1', 'foo'],
    [`cycle=${OPEN}&cycle=${LATE}`, 'cycle'],
  ])('?%s → 400 naming %s', async (query, field) => {
    expectBadRequest(await send('GET', `/nominations?${query}`, { name: '' }, 'admin'), [field]);
  });

  it.each([
    ['/nominations/not-a-uuid'],
    ['/nominations/not-a-uuid/events'],
    ['/nominations/6ba7b810-9dad-11d1-80b4-00c04fd430c8'], // a v1 uuid: ids are v4
    [`/nominations/${randomUUID()}x`],
  ])('GET %s → 400 (a malformed id)', async (path) => {
    const body = expectStatus(await send('GET', path, { name: '' }, 'admin'), 400);
    expect(body.errors).toEqual([{ field: 'id', code: 'isUuid', message: 'Mã định danh phải là một UUID (phiên bản 4)' }]);
  });

  it.each([['/nominations/:id'], ['/nominations/:id/events']])('GET %s with an unknown uuid → 404', async (pattern) => {
    const id = randomUUID();
    const body = expectStatus(await send('GET', pattern.replace(':id', id), { name: '' }, 'admin'), 404);
    expect(body.message).toContain(id);
  });

  it('no token → 401', async () => {
    expectStatus(await send('GET', '/nominations', { name: '', as: null }, 'admin'), 401);
  });
});

describe('POST /nominations/:id/withdraw', () => {
  it('a malformed id → 400', async () => {
    expectStatus(await send('POST', '/nominations/not-a-uuid/withdraw', { name: '', body: {} }, UNIT), 400);
  });

  it.each<BadCall>([
    { name: 'a numeric reason', body: { reason: 5 }, fields: ['reason'] },
    { name: 'an unknown field', body: { reason: 'Rút hồ sơ', force: true }, fields: ['force'] },
  ])('$name → 400, and the nomination is not withdrawn', async (call) => {
    expectBadRequest(await send('POST', `/nominations/${nomination.id}/withdraw`, call, UNIT), call.fields);
  });
});

describe('POST /tasks/:id/complete on an open BLOCK_REVIEW task', () => {
  it.each<BadCall>([
    { name: "decision 'MAYBE'", body: { decision: 'MAYBE' }, fields: ['decision'] },
    { name: 'a missing decision', body: {}, fields: ['decision'] },
    { name: 'a null decision', body: { decision: null }, fields: ['decision'] },
    { name: 'a lower-case decision', body: { decision: 'endorse', score: 90 }, fields: ['decision'] },
    { name: 'ENDORSE without a score', body: { decision: 'ENDORSE' }, fields: ['score'] },
    { name: 'ENDORSE with score 101', body: { decision: 'ENDORSE', score: 101 }, fields: ['score'] },
    { name: 'ENDORSE with score -1', body: { decision: 'ENDORSE', score: -1 }, fields: ['score'] },
    { name: 'ENDORSE with score 50.5', body: { decision: 'ENDORSE', score: 50.5 }, fields: ['score'] },
    { name: 'ENDORSE with score "90"', body: { decision: 'ENDORSE', score: '90' }, fields: ['score'] },
    { name: 'ENDORSE with score null', body: { decision: 'ENDORSE', score: null }, fields: ['score'] },
    { name: 'ENDORSE with changes', body: { decision: 'ENDORSE', score: 90, changes: 'x' }, fields: ['changes'] },
    { name: 'REJECT without a reason', body: { decision: 'REJECT' }, fields: ['reason'] },
    { name: 'REJECT with an empty reason', body: { decision: 'REJECT', reason: '' }, fields: ['reason'] },
    { name: 'REJECT with a null reason', body: { decision: 'REJECT', reason: null }, fields: ['reason'] },
    { name: 'REJECT with a numeric reason', body: { decision: 'REJECT', reason: 42 }, fields: ['reason'] },
    { name: 'REJECT with an over-long reason', body: { decision: 'REJECT', reason: tooLong(2000) }, fields: ['reason'] },
    { name: 'REJECT with a score', body: { decision: 'REJECT', reason: 'Thiếu hồ sơ', score: 10 }, fields: ['score'] },
    { name: 'REQUEST_CHANGES with a blank reason "   "', body: { decision: 'REQUEST_CHANGES', reason: '   ' }, fields: ['reason'] },
    { name: 'AGREE (a ballot decision)', body: { decision: 'AGREE' }, fields: ['decision'] },
    { name: 'RESUBMIT (a revision decision)', body: { decision: 'RESUBMIT', changes: 'Đã bổ sung' }, fields: ['decision'] },
    { name: 'APPROVE (the minister’s decision)', body: { decision: 'APPROVE' }, fields: ['decision'] },
    { name: 'an unknown field', body: { decision: 'ENDORSE', score: 90, comment: 'Tốt' }, fields: ['comment'] },
    // `decision` is optional since a session ballot takes `choices`: the array's element is what is refused.
    { name: 'an array body', raw: '[{"decision":"ENDORSE","score":90}]', fields: ['0'] },
    { name: 'no decision', body: { score: 90 }, fields: ['decision'] },
  ])('$name → 400', async (call) => {
    expectBadRequest(await send('POST', `/tasks/${taskId}/complete`, call, REVIEWER), call.fields);
  });

  it('malformed JSON → 400', async () => {
    expectStatus(await send('POST', `/tasks/${taskId}/complete`, { name: '', raw: '{"decision":' }, REVIEWER), 400);
  });

  const endorse = { decision: 'ENDORSE', score: 90 };

  it('a malformed task id → 400', async () => {
    const body = expectStatus(await send('POST', '/tasks/not-a-uuid/complete', { name: '', body: endorse }, REVIEWER), 400);
    expect(body.errors).toEqual([{ field: 'id', code: 'isUuid', message: 'Mã định danh phải là một UUID (phiên bản 4)' }]);
  });

  it('an unknown task uuid → 404', async () => {
    const id = randomUUID();
    const body = expectStatus(await send('POST', `/tasks/${id}/complete`, { name: '', body: endorse }, REVIEWER), 404);
    expect(body.message).toContain(id);
  });

  it.each([
    ['the nominating unit reviewing its own nomination', UNIT],
    ['the block’s deputy unit', 'unit.CTY-TNMT-MN'],
    ['a council member', 'council.1'],
    ['the minister', 'minister'],
  ])('%s → 403', async (_, as) => {
    const body = expectStatus(await send('POST', `/tasks/${taskId}/complete`, { name: '', as, body: endorse }, REVIEWER), 403);
    expect(body).toMatchObject({ code: 'NOT_ASSIGNEE', message: expect.stringContaining('BAO-TNMT') });
  });

  it.each([
    ['no token', undefined],
    ['a forged token', 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhZG1pbiJ9.c2lnbmF0dXJl'],
  ])('%s → 401', async (_, token) => {
    expectStatus(await refused('POST', `/tasks/${taskId}/complete`, { token, body: endorse }), 401);
  });
});

// Inputs that once slipped through validation.
describe('inputs that once slipped through', () => {
  it.each<BadCall>([
    { name: 'a blank nominee.fullName "   "', body: withNominee({ fullName: '   ' }), fields: ['nominee.fullName'] },
    {
      name: 'an unknown "__proto__" field',
      raw: JSON.stringify(dossier(OPEN)).replace(/^\{/, '{"__proto__":{"isAdmin":true},'),
      fields: ['__proto__'],
    },
    { name: 'a NUL character in nominee.fullName', body: withNominee({ fullName: 'A\u0000B' }), fields: ['nominee.fullName'] },
    { name: 'a NUL character in an initiative', body: { ...dossier(OPEN), initiatives: ['ok', 'x\u0000'] }, fields: ['initiatives.1'] },
    {
      name: 'a lone surrogate in achievements',
      raw: JSON.stringify(dossier(OPEN)).replace('"achievements":"', '"achievements":"x\\ud800'),
      fields: ['achievements'],
    },
  ])('POST /nominations with $name → 400', async (call) => {
    expectBadRequest(await send('POST', '/nominations', call, UNIT), call.fields);
  });

  it('a body nested thousands deep on the public login → 400, not a crash', async () => {
    const deep = `{"username":${'['.repeat(30000)}${']'.repeat(30000)},"password":"demo"}`;
    expectStatus(await refused('POST', '/auth/login', { raw: deep }), 400);
  });

  it.each([['/cycles/%00'], ['/cycles/T-BADIN%00/events'], ['/cycles/t-lowercase/missing-units']])('GET %s → 400', async (path) => {
    expectStatus(await send('GET', path, { name: '' }, 'admin'), 400);
  });
});

describe('a task after refused decisions', () => {
  it('is still OPEN, its nomination unchanged, and takes a good decision (the refusals were about the input, not a broken task)', async () => {
    // A nomination of its own, so this test runs alone and the shared one stays at BLOCK_REVIEW.
    const fresh = await submit(stack.api, OPEN);
    const task = await taskFor(stack.api, REVIEWER, fresh.id, 'BLOCK_REVIEW');
    const path = `/tasks/${task}/complete`;
    expectBadRequest(await send('POST', path, { name: '', body: { decision: 'MAYBE' } }, REVIEWER), ['decision']);
    expectBadRequest(await send('POST', path, { name: '', body: { decision: 'ENDORSE', score: 101 } }, REVIEWER), ['score']);
    expectStatus(await send('POST', path, { name: '', body: { decision: 'ENDORSE', score: 90 } }, UNIT), 403);

    expect(await taskFor(stack.api, REVIEWER, fresh.id, 'BLOCK_REVIEW')).toBe(task);
    expect(await nominationNow(stack.api, fresh.id)).toMatchObject({
      stage: 'BLOCK_REVIEW',
      status: 'IN_PROGRESS',
      version: fresh.version,
      blockScore: null,
    });
    expect(await eventTypes(stack.api, fresh.id)).toEqual(['NominationSubmitted', 'BlockListEntryAdded']);

    const endorsed = expectStatus(await stack.api.as<NominationView>(REVIEWER, 'POST', path, { decision: 'ENDORSE', score: 90 }), 200);
    expect(endorsed).toMatchObject({ stage: 'COUNCIL_VOTE', blockScore: 90 });
    // The vote opens with a ballot for each member: wait for it, so no later test sees these writes as its own.
    const ballots = `SELECT count(*)::int AS n FROM tasks WHERE nomination_id = $1 AND type = 'COUNCIL_BALLOT'`;
    await waitFor(async () => (await countRows(stack.db, ballots, [fresh.id])) === 9);
  });
});
