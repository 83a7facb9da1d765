import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { NativeConnection, Worker, type WorkerOptions } from '@temporalio/worker';
import { APP_CONFIG, type AppConfig } from '#config';
import { existsSync } from 'node:fs';
import { bundleWorkflows, DEFAULT_WORKFLOW_BUNDLE_PATH, registerSearchAttributes } from '#temporal';
import { SEARCH_ATTRIBUTE_NAMES } from '#workflows';
import { ActivityRegistry } from './activities/activity-registry.js';

/** Extra worker settings a caller may pass: a prebuilt bundle, test interceptors. */
export const WORKER_EXTRAS = Symbol('WORKER_EXTRAS');
export type WorkerExtras = Pick<WorkerOptions, 'interceptors'> & { workflowBundlePath?: string };

/**
 * Runs the Temporal worker for the life of the Nest application: starts polling once the
 * app is up, drains in-flight tasks on shutdown, and stops the process if the worker dies.
 */
@Injectable()
export class WorkerRunner implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(WorkerRunner.name);
  private connection?: NativeConnection;
  private worker?: Worker;
  private running?: Promise<void>;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(WORKER_EXTRAS) private readonly extras: WorkerExtras,
    private readonly activities: ActivityRegistry,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { address, namespace, taskQueue } = this.config.temporal;
    this.connection = await NativeConnection.connect({ address });
    const added = await registerSearchAttributes(this.connection, namespace, SEARCH_ATTRIBUTE_NAMES);
    if (added.length) this.logger.log(`Registered search attributes: ${added.join(', ')}`);
    const bundlePath =
      this.extras.workflowBundlePath ??
      process.env.WORKFLOW_BUNDLE_PATH ??
      (existsSync(DEFAULT_WORKFLOW_BUNDLE_PATH) ? DEFAULT_WORKFLOW_BUNDLE_PATH : undefined);
    this.worker = await Worker.create({
      connection: this.connection,
      namespace,
      taskQueue,
      ...(bundlePath ? { workflowBundle: { codePath: bundlePath } } : { workflowBundle: await bundleWorkflows() }),
      activities: this.activities.activities(),
      interceptors: this.extras.interceptors,
    });
    this.running = this.worker.run().catch((err: unknown) => {
      this.logger.error(`Temporal worker stopped: ${String(err)}`);
      process.exitCode = 1;
      throw err;
    });
    this.logger.log(`Worker polling task queue "${taskQueue}" on ${address} (${namespace})`);
  }

  /** The Temporal worker's state (RUNNING while it polls), for the health check. */
  state(): string {
    return this.worker?.getState() ?? 'STARTING';
  }

  /** First thing at shutdown: stop polling and drain, while the database and the mailer are still there. */
  async onModuleDestroy(): Promise<void> {
    if (this.worker && this.worker.getState() === 'RUNNING') this.worker.shutdown();
    await this.running?.catch(() => undefined);
    await this.connection?.close();
  }
}
