import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import bcrypt from 'bcryptjs';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createApiApp } from '../../api/src/api.app.js';
import { WorkerModule } from '../../worker/src/worker.module.js';
import { freePort, startEmbeddedPostgres, startTemporalDevServer } from '#devstack';
import { openDataSource, organisationData, runMigrations, seedOrganisation } from '#persistence';

/**
 * `npm run bench -- --nominations 1000 --concurrency 16 --inbox 1000`: the whole system on
 * throw-away servers (embedded PostgreSQL, Temporal dev server in memory), driven over HTTP.
 * Prints how fast units can submit, reviewers can decide, how long moving the cycle's dates
 * takes to reach every nomination in flight, and how long a council member's inbox takes to
 * show `--inbox` open tasks, over the API and in the web app in Chromium. Figures, not
 * assertions: compare runs on the same machine.
 */
const { values } = parseArgs({
  options: {
    nominations: { type: 'string', default: '500' },
    concurrency: { type: 'string', default: '16' },
    inbox: { type: 'string', default: '1000' },
  },
});
const N = Number(values.nominations);
const CONCURRENCY = Number(values.concurrency);
const INBOX = Number(values.inbox);
const DAY = 86_400_000;
/** Every endorsed nomination gives each council member a ballot: this member's inbox is the one measured. */
const INBOX_USER = 'council.1';
const TASK_LIST_CALLS = 20;
const PAGE_LOADS = 5;
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

type Call = (method: string, path: string, as?: string, body?: unknown) => Promise<{ status: number; body: any }>;
interface OpenTask {
  id: string;
  type: string;
  nominationId: string;
}

// Core warns when a speculative workflow task for an update is superseded: expected under load, noise here.
Runtime.install({ logger: new DefaultLogger('ERROR') });

async function main(): Promise<void> {
  const scratch = mkdtempSync(join(tmpdir(), 'commendation-bench-'));
  chmodSync(scratch, 0o755);
  const [pgPort, temporalPort] = [await freePort(), await freePort()];
  const started = Date.now();
  const [db, temporal] = await Promise.all([
    startEmbeddedPostgres({ dataDir: join(scratch, 'pg'), port: pgPort, database: 'bench', throwAway: true }),
    startTemporalDevServer({ port: temporalPort, log: () => undefined }),
  ]);
  await runMigrations(db.url);
  const ds = await openDataSource(db.url);
  await seedOrganisation(ds, bcrypt.hashSync('demo', 4));
  const env = { NODE_ENV: 'test', DATABASE_URL: db.url, TEMPORAL_ADDRESS: temporal.address, TEMPORAL_TASK_QUEUE: 'bench' };
  const worker = await NestFactory.createApplicationContext(WorkerModule.forRoot({ env }), { logger: ['error'] });
  await worker.init();
  const api = await createApiApp({ env, logger: ['error'] });
  await api.listen(0, '127.0.0.1');
  const base = (await api.getUrl()).replace('[::1]', '127.0.0.1');
  line(`servers, migrations, seed, worker and API up in ${seconds(Date.now() - started)}`);

  const call = apiClient(base);

  const now = Date.now();
  const at = (days: number) => new Date(now + days * DAY).toISOString();
  await call('POST', '/cycles', 'admin', {
    code: 'BENCH',
    title: 'Đo hiệu năng',
    planReference: 'Kế hoạch đo hiệu năng',
    periodFrom: at(-365),
    periodTo: at(-1),
    submissionCutoff: at(30),
    blockReviewTarget: at(40),
    councilVoteTarget: at(50),
    decisionTarget: at(60),
    conferenceDate: at(70),
    quota: N,
    // Measured on the per-nomination vote (a ballot per nomination in every member's inbox).
    councilProcess: 'PER_NOMINATION',
  });

  const endorsed = await submitAndEndorse(call, 0, N);

  const moveStarted = Date.now();
  await call('POST', '/cycles/BENCH/schedule', 'admin', {
    councilVoteTarget: at(80),
    decisionTarget: at(90),
    conferenceDate: at(100),
    reason: 'Đo hiệu năng lùi thời hạn',
  });
  const answered = Date.now() - moveStarted;
  for (;;) {
    const [{ n }] = await ds.query(
      `SELECT count(*)::int AS n FROM nominations WHERE cycle_code = 'BENCH' AND (view->'targets'->>'calendarVersion')::int = 2`,
    );
    if (n === N) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  const all = Date.now() - moveStarted;
  line(
    `move the cycle's dates with ${N} nominations in flight: answered in ${seconds(answered)}, all re-planned in ${seconds(all)} (${Math.round((N * 1000) / all)} nominations/s)`,
  );

  // Topped up only now: moving the dates above waits for exactly N nominations to be re-planned.
  const open = await fillInbox(call, N, endorsed);
  await benchInbox(call, base, open);

  await api.close();
  await worker.close();
  await ds.destroy();
  await Promise.allSettled([temporal.stop(), db.stop()]);
  rmSync(scratch, { recursive: true, force: true });
}

/** The API over HTTP as any seeded user (password `demo`), signing each in once. */
function apiClient(base: string): Call {
  const tokens = new Map<string, string>();
  const token = async (username: string) => {
    if (!tokens.has(username)) {
      const r = await call('POST', '/auth/login', undefined, { username, password: 'demo' });
      tokens.set(username, r.body.accessToken);
    }
    return tokens.get(username) as string;
  };
  async function call(method: string, path: string, as?: string, body?: unknown) {
    const response = await fetch(`${base}/api/v1${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...(as ? { authorization: `Bearer ${await token(as)}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path} → ${response.status} ${text}`);
    return { status: response.status, body: text ? JSON.parse(text) : undefined };
  }
  return call;
}

/**
 * Units submit `count` nominations to cycle BENCH (numbered from `from`), and their block
 * reviewers endorse every one, which opens its council vote. Prints both steps, each line
 * starting with `label`. Returns how many were endorsed.
 */
async function submitAndEndorse(call: Call, from: number, count: number, label = ''): Promise<number> {
  const units = organisationData.UNITS.map((u) => u.code);
  const submitted = await measure(`${label}submit a nomination (POST /nominations)`, count, async (i) => {
    const n = from + i;
    const unit = units[n % units.length];
    const r = await call('POST', '/nominations', `unit.${unit}`, {
      cycleCode: 'BENCH',
      nominee: {
        kind: 'INDIVIDUAL',
        fullName: `Nguyễn Văn Bền ${n}`,
        dateOfBirth: '1975-01-15',
        field: 'Đo đạc',
        remoteArea: n % 7 === 0,
        continuousYears: 3,
      },
      achievements: 'Hoàn thành xuất sắc nhiệm vụ.',
      initiatives: [],
      documents: [{ kind: 'ACHIEVEMENT_REPORT', title: 'Báo cáo thành tích', sha256: 'a'.repeat(64) }],
    });
    return r.body as { id: string; reviewerUnitCode: string };
  });

  const work = await blockReviewsOf(call, submitted);
  await measure(`${label}endorse at block review (POST /tasks/:id/complete)`, work.length, async (i) => {
    await call('POST', `/tasks/${work[i].task}/complete`, `unit.${work[i].unit}`, { decision: 'ENDORSE', score: 50 + (i % 50) });
  });
  return work.length;
}

/** The open block-review tasks of these nominations, once every one is in its reviewer's GET /tasks. */
async function blockReviewsOf(call: Call, nominations: { id: string; reviewerUnitCode: string }[]) {
  const ids = new Set(nominations.map((n) => n.id));
  const reviewers = [...new Set(nominations.map((n) => n.reviewerUnitCode))];
  return poll(`the block reviews of ${ids.size} nominations`, async () => {
    const lists = await Promise.all(
      reviewers.map(async (unit) => ({ unit, tasks: (await call('GET', '/tasks', `unit.${unit}`)).body as OpenTask[] })),
    );
    const work = lists.flatMap(({ unit, tasks }) =>
      tasks.filter((t) => t.type === 'BLOCK_REVIEW' && ids.has(t.nominationId)).map((t) => ({ unit, task: t.id })),
    );
    return work.length >= ids.size ? work : undefined;
  });
}

/**
 * Waits for the ballots of the `endorsed` nominations to reach INBOX_USER, then submits (the
 * next numbered from `submitted`) and endorses more nominations until that inbox holds at
 * least INBOX open tasks. Returns how many it holds.
 */
async function fillInbox(call: Call, submitted: number, endorsed: number): Promise<number> {
  let open = await waitForOpenTasks(call, INBOX_USER, endorsed);
  let next = submitted;
  while (open < INBOX) {
    const more = INBOX - open;
    const added = await submitAndEndorse(call, next, more, 'inbox set-up: ');
    next += more;
    open = await waitForOpenTasks(call, INBOX_USER, open + added);
  }
  return open;
}

/** Polls `username`'s GET /tasks until it lists at least `atLeast` tasks; returns how many it lists. */
async function waitForOpenTasks(call: Call, username: string, atLeast: number): Promise<number> {
  return poll(`${atLeast} open tasks for ${username}`, async () => {
    const count = ((await call('GET', '/tasks', username)).body as OpenTask[]).length;
    return count >= atLeast ? count : undefined;
  });
}

/** Times INBOX_USER's inbox holding `open` tasks: over the API, then in the web app in Chromium. */
async function benchInbox(call: Call, base: string, open: number): Promise<void> {
  const api = await timeTaskList(call, INBOX_USER, TASK_LIST_CALLS);
  if (api.count !== open) line(`note: ${INBOX_USER} had ${open} open tasks while filling, ${api.count} when timed`);
  const listed = `GET /tasks p50 ${duration(percentile(api.latencies, 0.5))}, p95 ${duration(percentile(api.latencies, 0.95))}`;
  const web = await timeInboxInBrowser(base, INBOX_USER, api.count);
  if ('skipped' in web) {
    line(`inbox with ${api.count} open tasks: ${listed}`);
    line(`inbox in the web app (Chromium) skipped: ${web.skipped}`);
    return;
  }
  line(
    `inbox (web app, Chromium) with ${api.count} open tasks: shown in p50 ${duration(percentile(web.loads, 0.5))}, ` +
      `max ${duration(web.loads[web.loads.length - 1])}; ${listed}`,
  );
}

/** `calls` GET /tasks as `username`, one after another: the latencies, sorted, and how many tasks the last listed. */
async function timeTaskList(call: Call, username: string, calls: number) {
  const latencies: number[] = [];
  let count = 0;
  for (let i = 0; i < calls; i++) {
    const started = performance.now();
    count = ((await call('GET', '/tasks', username)).body as OpenTask[]).length;
    latencies.push(performance.now() - started);
  }
  return { count, latencies: latencies.sort((a, b) => a - b) };
}

/**
 * Signs in as `username` through the web app's form, then loads the inbox PAGE_LOADS times,
 * each timed from navigation until it shows "`count` việc" and its first task row. The
 * sign-in already fetched the app's files, so these are the loads of a returning user (the
 * API serves them with a cache lifetime). The load times, sorted; or why the browser part was
 * skipped: no Chromium, no web app built, or Chromium would not start.
 */
async function timeInboxInBrowser(base: string, username: string, count: number): Promise<{ loads: number[] } | { skipped: string }> {
  if (!existsSync(CHROMIUM_PATH)) return { skipped: `no Chromium at ${CHROMIUM_PATH} (set CHROMIUM_PATH)` };
  const home = await fetch(`${base}/`);
  if (!home.ok || !(home.headers.get('content-type') ?? '').includes('text/html')) {
    return { skipped: `${base}/ answers ${home.status} ${home.headers.get('content-type')}, not the web app (is dist/web built?)` };
  }
  const browser = await launchChromium();
  if (typeof browser === 'string') return { skipped: browser };
  try {
    const page = await browser.newPage();
    page.setDefaultTimeout(120_000); // 1,000 rows on a busy 2-core machine
    await page.goto(`${base}/dang-nhap`);
    await page.getByLabel('Tên đăng nhập', { exact: true }).fill(username);
    await page.getByLabel('Mật khẩu', { exact: true }).fill('demo');
    await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
    await page.waitForURL(`${base}/`);

    const loads: number[] = [];
    for (let i = 0; i < PAGE_LOADS; i++) {
      const started = performance.now();
      await page.goto(`${base}/`);
      await page.getByText(`${count} việc`, { exact: true }).waitFor();
      await page
        .getByRole('row')
        .filter({ has: page.getByRole('link') })
        .first()
        .waitFor();
      loads.push(performance.now() - started);
    }
    return { loads: loads.sort((a, b) => a - b) };
  } finally {
    await browser.close();
  }
}

/** Chromium from CHROMIUM_PATH through Playwright, or why it could not start. */
async function launchChromium() {
  try {
    // Imported only here: without Playwright installed, the bench skips the browser part and measures the rest.
    const { chromium } = await import('@playwright/test');
    return await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox'] });
  } catch (err) {
    return `Chromium at ${CHROMIUM_PATH} did not start: ${(err as Error).message.split('\n')[0]}`;
  }
}

/** Asks `check` every half second until it answers; gives up after five minutes. */
async function poll<T>(what: string, check: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + 300_000;
  for (;;) {
    const answer = await check();
    if (answer !== undefined) return answer;
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

/** Runs `count` operations, `CONCURRENCY` at a time, and prints throughput and latency percentiles. */
async function measure<T>(what: string, count: number, op: (i: number) => Promise<T>): Promise<T[]> {
  const results: T[] = new Array(count);
  const latencies: number[] = [];
  let next = 0;
  const started = Date.now();
  await Promise.all(
    Array.from({ length: Math.min(CONCURRENCY, count) }, async () => {
      while (next < count) {
        const i = next++;
        const t = performance.now();
        results[i] = await op(i);
        latencies.push(performance.now() - t);
      }
    }),
  );
  const elapsed = Date.now() - started;
  latencies.sort((a, b) => a - b);
  const p = (q: number) => Math.round(percentile(latencies, q));
  line(
    `${what}: ${count} in ${seconds(elapsed)}, ${Math.round((count * 1000) / elapsed)}/s at concurrency ${CONCURRENCY}; ` +
      `latency p50 ${p(0.5)} ms, p95 ${p(0.95)} ms, p99 ${p(0.99)} ms`,
  );
  return results;
}

/** The `q` quantile of `sorted` (ascending): the value at index ⌊q·length⌋, the largest for q near 1. */
const percentile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
/** Milliseconds below a second, seconds above. */
const duration = (ms: number) => (ms < 1000 ? `${Math.round(ms)} ms` : seconds(ms));
const line = (text: string) => process.stdout.write(`${text}\n`);

main().then(
  () => process.exit(0),
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  },
);
