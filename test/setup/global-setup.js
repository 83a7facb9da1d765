// Runs before the suite, outside Jest's module system, on the compiled build (npm test builds first).
import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Connection } from '@temporalio/client';
import { ensureTemporalTestServer, freePort, startEmbeddedPostgres, startTemporalDevServer } from '#devstack';
import { DEFAULT_WORKFLOW_BUNDLE_PATH, registerSearchAttributes } from '#temporal';
import { SEARCH_ATTRIBUTE_NAMES } from '#workflows';
import { recordingGeneration } from '../support/history-archive.mjs';

/**
 * Starts the real servers the whole suite shares: PostgreSQL (each test file gets its own
 * database) and a Temporal dev server (each test file gets its own task queue). The
 * workflow bundle is built once here. global-teardown stops everything.
 */
export default async function globalSetup() {
  // A recording must start a new generation of histories (RECORD_HISTORIES=v<N>): refuse any other
  // value now, with the reason, rather than in the first test that records, minutes later.
  recordingGeneration(process.env.RECORD_HISTORIES);
  const scratch = mkdtempSync(join(tmpdir(), 'commendation-test-'));
  chmodSync(scratch, 0o755); // as root, PostgreSQL runs as the postgres user and must reach its folder
  const [pgPort, temporalPort] = [await freePort(), await freePort()];
  const log = (line) => process.stderr.write(`${line}\n`);

  const [database, temporal] = await Promise.all([
    startEmbeddedPostgres({ dataDir: join(scratch, 'postgres'), port: pgPort, database: 'postgres', throwAway: true }),
    startTemporalDevServer({ port: temporalPort, log }),
  ]);
  const connection = await Connection.connect({ address: temporal.address });
  await registerSearchAttributes(connection, 'default', SEARCH_ATTRIBUTE_NAMES);
  await connection.close();

  // `npm test` builds first, and the build bundles the workflows: the suite runs that bundle.
  const bundlePath = DEFAULT_WORKFLOW_BUNDLE_PATH;

  process.env.TEMPORAL_TEST_SERVER_PATH = ensureTemporalTestServer(log);
  process.env.TEST_POSTGRES_ADMIN_URL = database.url;
  process.env.TEMPORAL_ADDRESS = temporal.address;
  process.env.WORKFLOW_BUNDLE_PATH = bundlePath;
  process.env.TEST_SCRATCH_DIR = scratch;
  globalThis.__servers = { database, temporal, scratch };
}
