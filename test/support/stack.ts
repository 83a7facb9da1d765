import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Client, Connection } from '@temporalio/client';
import bcrypt from 'bcryptjs';
import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { createApiApp } from '../../apps/api/src/api.app.js';
import type { WorkerExtras } from '../../apps/worker/src/worker-runner.service.js';
import { WorkerModule } from '../../apps/worker/src/worker.module.js';
import { createDatabaseIfMissing } from '#devstack';
import { openDataSource, runMigrations, seedOrganisation } from '#persistence';
import { ApiClient } from './api-client.js';
import { quietTemporalRuntime } from './runtime.js';

quietTemporalRuntime();

/** bcrypt at the lowest cost: the tests log in often, and the hash is real all the same. */
const DEMO_PASSWORD_HASH = bcrypt.hashSync('demo', 4);

export interface Stack {
  api: ApiClient;
  /** The worker's own HTTP address (GET /health). */
  workerUrl: string;
  db: DataSource;
  databaseUrl: string;
  temporal: Client;
  taskQueue: string;
  close(): Promise<void>;
}

/**
 * The whole system for one test file, against the suite's real servers: its own database
 * (migrated and seeded with the organisation and demo users), its own task queue, a real
 * worker and the real HTTP API on a free port.
 */
export interface StackOptions {
  /** Worker interceptors (tests that crash activities on purpose). */
  extras?: Omit<WorkerExtras, 'workflowBundlePath'>;
  /** Another Temporal server than the suite's dev server (the time-skipping one). */
  temporalAddress?: string;
  /** More environment for the API and the worker (SMTP_URL, REMINDER_SCHEDULES…). */
  env?: Record<string, string>;
}

export async function startStack(name: string, { extras = {}, temporalAddress, env: moreEnv = {} }: StackOptions = {}): Promise<Stack> {
  const suffix = randomBytes(3).toString('hex');
  const database = `t_${name.replace(/\W/g, '_')}_${suffix}`.toLowerCase();
  const adminUrl = required('TEST_POSTGRES_ADMIN_URL');
  await createDatabaseIfMissing(adminUrl, database);
  const databaseUrl = adminUrl.replace(/\/[^/]*$/, `/${database}`);
  await runMigrations(databaseUrl);
  const db = await openDataSource(databaseUrl);
  await seedOrganisation(db, DEMO_PASSWORD_HASH);

  const taskQueue = `test-${name}-${suffix}`;
  const env = {
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    TEMPORAL_ADDRESS: temporalAddress ?? required('TEMPORAL_ADDRESS'),
    TEMPORAL_TASK_QUEUE: taskQueue,
    ...moreEnv,
  };
  const worker: INestApplication = await NestFactory.create(
    WorkerModule.forRoot({ env, extras: { ...extras, workflowBundlePath: required('WORKFLOW_BUNDLE_PATH') } }),
    { logger: ['error'] },
  );
  await worker.listen(0, '127.0.0.1');
  const app: INestApplication = await createApiApp({ env, logger: ['error'] });
  await app.listen(0, '127.0.0.1');
  const connection = await Connection.connect({ address: env.TEMPORAL_ADDRESS });
  const temporal = new Client({ connection });

  return {
    api: new ApiClient(`${await app.getUrl()}`.replace('[::1]', '127.0.0.1')),
    workerUrl: (await worker.getUrl()).replace('[::1]', '127.0.0.1'),
    db,
    databaseUrl,
    temporal,
    taskQueue,
    async close() {
      await app.close();
      await worker.close();
      await connection.close();
      await db.destroy();
    },
  };
}

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the tests with npm test (global-setup starts the servers)`);
  return value;
}
