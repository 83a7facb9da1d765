import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import bcrypt from 'bcryptjs';
import { mkdtempSync, rmSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createApiApp } from '../../api/src/api.app.js';
import { WorkerModule } from '../../worker/src/worker.module.js';
import { freePort, startEmbeddedPostgres, startTemporalDevServer } from '#devstack';
import { openDataSource, organisationData, runMigrations, seedOrganisation } from '#persistence';

/**
 * `npm run bench -- --nominations 1000 --concurrency 16`: the whole system on throw-away
 * servers (embedded PostgreSQL, Temporal dev server in memory), driven over HTTP. Prints how
 * fast units can submit, reviewers can decide, and how long moving the cycle's dates takes to
 * reach every nomination in flight. Figures, not assertions: compare runs on the same machine.
 */
const { values } = parseArgs({
  options: { nominations: { type: 'string', default: '500' }, concurrency: { type: 'string', default: '16' } },
});
const N = Number(values.nominations);
const CONCURRENCY = Number(values.concurrency);
const DAY = 86_400_000;

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
  });

  const units = organisationData.UNITS.map((u) => u.code);
  const submitted = await measure('submit a nomination (POST /nominations)', N, async (i) => {
    const unit = units[i % units.length];
    const r = await call('POST', '/nominations', `unit.${unit}`, {
      cycleCode: 'BENCH',
      nominee: { kind: 'INDIVIDUAL', fullName: `Nguyễn Văn Bền ${i}`, field: 'Đo đạc', remoteArea: i % 7 === 0, continuousYears: 3 },
      achievements: 'Hoàn thành xuất sắc nhiệm vụ.',
      initiatives: [],
      documents: [{ kind: 'ACHIEVEMENT_REPORT', title: 'Báo cáo thành tích', sha256: 'a'.repeat(64) }],
    });
    return r.body as { id: string; reviewerUnitCode: string };
  });

  const reviews = await Promise.all(
    [...new Set(submitted.map((n) => n.reviewerUnitCode))].map(async (unit) => ({
      unit,
      tasks: (await call('GET', '/tasks', `unit.${unit}`)).body as { id: string }[],
    })),
  );
  const work = reviews.flatMap(({ unit, tasks }) => tasks.map((t) => ({ unit, task: t.id })));
  await measure('endorse at block review (POST /tasks/:id/complete)', work.length, async (i) => {
    await call('POST', `/tasks/${work[i].task}/complete`, `unit.${work[i].unit}`, { decision: 'ENDORSE', score: 50 + (i % 50) });
  });

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

  await api.close();
  await worker.close();
  await ds.destroy();
  await Promise.allSettled([temporal.stop(), db.stop()]);
  rmSync(scratch, { recursive: true, force: true });
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
  const p = (q: number) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]);
  line(
    `${what}: ${count} in ${seconds(elapsed)}, ${Math.round((count * 1000) / elapsed)}/s at concurrency ${CONCURRENCY}; ` +
      `latency p50 ${p(0.5)} ms, p95 ${p(0.95)} ms, p99 ${p(0.99)} ms`,
  );
  return results;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const line = (text: string) => process.stdout.write(`${text}\n`);

main().then(
  () => process.exit(0),
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  },
);
