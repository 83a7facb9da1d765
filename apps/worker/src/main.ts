import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { loadAppConfig } from '#config';
import { WorkerModule } from './worker.module.js';

/** The worker process: Temporal workflows and activities for nominations and cycles. */
async function main(): Promise<void> {
  const config = loadAppConfig(process.env);
  const app = await NestFactory.create(WorkerModule.forRoot());
  app.enableShutdownHooks();
  // Only GET /health is served, for the orchestrator and the engineer on call.
  await app.listen(config.worker.healthPort, config.worker.healthHost);
}

main().catch((err: unknown) => {
  new Logger('worker').error(err instanceof Error ? (err.stack ?? err.message) : String(err));
  process.exit(1);
});
