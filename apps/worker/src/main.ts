import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { WorkerModule } from './worker.module.js';

/** The worker process: Temporal workflows and activities for nominations and cycles. */
async function main(): Promise<void> {
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(), { bufferLogs: false });
  app.enableShutdownHooks();
  await app.init();
}

main().catch((err: unknown) => {
  new Logger('worker').error(err instanceof Error ? (err.stack ?? err.message) : String(err));
  process.exit(1);
});
