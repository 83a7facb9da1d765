import { Logger } from '@nestjs/common';
import exitHook from 'async-exit-hook';
import bcrypt from 'bcryptjs';
import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadAppConfig } from '#config';
import { startEmbeddedPostgres, startTemporalDevServer, type DevServer, type EmbeddedDatabase } from '#devstack';
import { openDataSource, openDemoCycle, runMigrations, seedOrganisation, SK_2016_2018, type CycleDefinition } from '#persistence';

/**
 * `npm start`: the whole system on one machine. Without DATABASE_URL it starts an embedded
 * PostgreSQL (data in .data/postgres); without TEMPORAL_ADDRESS a Temporal dev server with
 * its Web UI (history in .data/temporal.sqlite). Then migrations, demo data (never in
 * production), the worker and the API as child processes. Ctrl-C stops everything.
 */
const logger = new Logger('launcher');
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');
/** Where the embedded servers keep their data: `.data/` in the project, or COMMENDATION_DATA_DIR. */
const dataDir = process.env.COMMENDATION_DATA_DIR ?? join(root, '.data');

const stops: (() => Promise<void>)[] = [];
const children: ChildProcess[] = [];
let stopping = false;

async function main(): Promise<void> {
  const env: Record<string, string> = { ...(process.env as Record<string, string>) };
  const production = env.NODE_ENV === 'production';

  if (!env.DATABASE_URL) {
    const port = Number(env.EMBEDDED_POSTGRES_PORT ?? 54329);
    logger.log(`Starting embedded PostgreSQL on 127.0.0.1:${port} (data in .data/postgres)…`);
    const db: EmbeddedDatabase = await startEmbeddedPostgres({ dataDir: join(dataDir, 'postgres'), port, database: 'commendation' });
    stops.push(() => db.stop());
    env.DATABASE_URL = db.url;
  }
  let temporalUi: string | undefined;
  if (!env.TEMPORAL_ADDRESS) {
    const port = Number(env.TEMPORAL_PORT ?? 7233);
    const uiPort = Number(env.TEMPORAL_UI_PORT ?? 8233);
    logger.log(`Starting the Temporal dev server on 127.0.0.1:${port}, Web UI on ${uiPort} (history in .data/temporal.sqlite)…`);
    const temporal: DevServer = await startTemporalDevServer({
      port,
      uiPort,
      dbFile: join(dataDir, 'temporal.sqlite'),
      log: (line) => logger.log(line),
    });
    stops.push(() => temporal.stop());
    env.TEMPORAL_ADDRESS = temporal.address;
    temporalUi = temporal.uiUrl;
    if (temporal.uiUrl) env.TEMPORAL_UI_URL ??= temporal.uiUrl; // the web app links each dossier to its workflow there
  }
  if (!production && !env.SMTP_URL) {
    // A local SMTP sink inside the API catches every mail; read it at /dev/mailbox.
    const mailboxPort = env.DEV_MAILBOX_PORT ?? '2525';
    env.DEV_MAILBOX_PORT = mailboxPort;
    env.SMTP_URL = `smtp://127.0.0.1:${mailboxPort}`;
  }
  const config = loadAppConfig(env);

  const ran = await runMigrations(config.databaseUrl);
  logger.log(ran.length ? `Migrations applied: ${ran.join(', ')}` : 'Database schema is up to date');
  if (!production) {
    const db = await openDataSource(config.databaseUrl);
    const { units, users } = await seedOrganisation(db, await bcrypt.hash('demo', 10));
    await db.destroy();
    logger.log(`Demo organisation: ${units} units, ${users} users (password "demo")`);
  }

  children.push(run('worker', 'apps/worker/src/main.js', env), run('api', 'apps/api/src/main.js', env));
  const apiUrl = `http://localhost:${config.http.port}`;
  await waitForHealth(`${apiUrl}/health`);
  if (!production) {
    for (const cycle of [SK_2016_2018, openDemoCycle(new Date())]) await ensureCycle(apiUrl, cycle);
  }

  const lines = [
    '',
    `Open ${apiUrl}/ in a browser: the web app. Ctrl-C stops everything.`,
    `  Web app      ${apiUrl}/`,
    `  API          ${apiUrl}/api/v1`,
    `  OpenAPI      ${apiUrl}/docs`,
    `  Health       ${apiUrl}/health (API), http://127.0.0.1:${config.worker.healthPort}/health (worker)`,
    ...(config.devMailboxPort
      ? [`  Mailbox      ${apiUrl}/dev/mailbox (every mail the system sent; SMTP sink on 127.0.0.1:${config.devMailboxPort})`]
      : []),
    `  Temporal UI  ${temporalUi ?? '(external server: ' + config.temporal.address + ')'}`,
    `  PostgreSQL   ${config.databaseUrl.replace(/:[^:@/]+@/, ':***@')}`,
  ];
  if (!production) {
    lines.push(
      '',
      'Demo logins (password "demo"): admin, standing.office, minister, deputy.minister, council.1 … council.9,',
      '  and unit.<CODE> for every unit, e.g. unit.BQLDA-DTXD (member of Khối VI), unit.BAO-TNMT (its leader, reviews it).',
      `  Cycles: ${SK_2016_2018.code} (the real 2018 calendar, closed) and ${openDemoCycle(new Date()).code} (open now).`,
    );
  }
  process.stdout.write(`${lines.join('\n')}\n\n`);
}

function run(name: string, script: string, env: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, [join(root, 'dist', script)], { env, stdio: 'inherit' });
  child.on('exit', (code, signal) => {
    if (!stopping) {
      logger.error(`${name} exited (${signal ?? code}); stopping`);
      void shutdown(1);
    }
  });
  return child;
}

async function waitForHealth(url: string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not become healthy within 2 minutes`);
}

/** Seeds a demo cycle through the public API, as the administrator would. */
async function ensureCycle(apiUrl: string, cycle: CycleDefinition): Promise<void> {
  const login = await fetch(`${apiUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: 'demo' }),
  });
  if (!login.ok) return logger.warn('Could not log in as admin (password changed?): demo cycles not seeded');
  const { accessToken } = (await login.json()) as { accessToken: string };
  const headers = { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' };
  if ((await fetch(`${apiUrl}/api/v1/cycles/${cycle.code}`, { headers })).ok) return;
  const created = await fetch(`${apiUrl}/api/v1/cycles`, { method: 'POST', headers, body: JSON.stringify(cycle) });
  if (created.ok) logger.log(`Demo cycle ${cycle.code} created`);
  else logger.warn(`Demo cycle ${cycle.code} not created: ${created.status} ${await created.text()}`);
}

async function shutdown(code: number, done?: () => void): Promise<void> {
  if (stopping) return done?.();
  stopping = true;
  logger.log('Stopping…');
  await Promise.all(
    children.map(
      (child) =>
        new Promise<void>((done) => {
          if (child.exitCode !== null || child.signalCode !== null) return done();
          // A child that does not finish its shutdown in 15 s is killed: Ctrl-C always stops everything.
          const force = setTimeout(() => child.kill('SIGKILL'), 15_000);
          child.once('exit', () => {
            clearTimeout(force);
            done();
          });
          child.kill('SIGTERM');
        }),
    ),
  );
  for (const stop of stops.reverse()) await stop().catch((err: unknown) => logger.error(String(err)));
  if (done) return done();
  process.exit(code);
}

// embedded-postgres stops its cluster through async-exit-hook on Ctrl-C and then exits the
// process; registering here too makes that exit wait until the children and Temporal are down.
exitHook((done) => {
  void shutdown(0, done);
});
main().catch(async (err: unknown) => {
  logger.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
  await shutdown(1);
});
