import { Inject, Injectable, Module } from '@nestjs/common';
import { Client, type WorkflowHandle, type WorkflowResultType, type WorkflowStartOptions } from '@temporalio/client';
import { arrayFromPayloads, type Payload, type UpdateDefinition, type Workflow } from '@temporalio/common';
import { APP_CONFIG, type AppConfig } from '#config';
import { TemporalClientModule } from '#temporal';
import { ANSWER_WITHIN_MS, rethrowAsHttp } from './workflow-errors.js';

/** Start options without the task queue: the gateway starts every workflow on the configured one. */
export type StartOptions<T extends Workflow> = Omit<WorkflowStartOptions<T>, 'taskQueue'>;

export interface Answering<T> {
  /** Who answers, in the messages of the mapped failures ("The nomination" unless told, "Cycle X"). */
  what?: string;
  /**
   * Sees a failure before it becomes its HTTP answer: return an answer in its place, throw a
   * refusal of your own, or return undefined to leave it to the usual mapping.
   */
  recover?: (err: unknown) => T | undefined | Promise<T | undefined>;
}

/**
 * The API's one way to a workflow: sends a command and answers within ANSWER_WITHIN_MS, with a
 * refusal turned into its HTTP status (rethrowAsHttp: a domain refusal → 403/409/400/422/404, a
 * process that has ended → 409, a failure to record → 422, no answer in time → 503).
 */
@Injectable()
export class WorkflowGateway {
  constructor(
    private readonly temporal: Client,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Sends an update to a running workflow (by id, or the handle a start returned) and waits for its result. */
  update<Ret, Args extends unknown[]>(
    workflow: string | WorkflowHandle,
    update: UpdateDefinition<Ret, Args>,
    args: Args,
    answering: Answering<Ret> = {},
  ): Promise<Ret> {
    const handle = typeof workflow === 'string' ? this.temporal.workflow.getHandle(workflow) : workflow;
    // executeUpdate's two overloads (args required, or none) do not resolve for a generic Args.
    const send = handle.executeUpdate.bind(handle) as (def: UpdateDefinition<Ret, Args>, options: { args: Args }) => Promise<Ret>;
    return this.answer(() => send(update, { args }), answering);
  }

  /** Starts a workflow and waits for its result (a short process a person waits for, e.g. a revocation). */
  execute<T extends Workflow>(workflowFn: T, options: StartOptions<T>, answering: Answering<WorkflowResultType<T>> = {}) {
    return this.answer(() => this.temporal.workflow.execute(workflowFn, this.onTaskQueue(options)), answering);
  }

  /**
   * Starts a workflow without waiting for it. This waits on the Temporal server only, not on the
   * workflow, so it has no deadline, and its failures (WorkflowExecutionAlreadyStartedError when the
   * id is taken) reach the caller unchanged.
   */
  start<T extends Workflow>(workflowFn: T, options: StartOptions<T>): Promise<WorkflowHandle<T>> {
    return this.temporal.workflow.start(workflowFn, this.onTaskQueue(options));
  }

  /**
   * The arguments the workflow's current run was started with, as its history recorded them (the
   * first event): what the process itself was given, whichever code it runs.
   */
  async startArguments(workflowId: string): Promise<unknown[]> {
    const { history } = await this.within(() =>
      this.temporal.workflowService.getWorkflowExecutionHistory({
        namespace: this.temporal.options.namespace,
        execution: { workflowId },
        maximumPageSize: 1,
      }),
    );
    let payloads = (history?.events?.[0]?.workflowExecutionStartedEventAttributes?.input?.payloads ?? []) as Payload[];
    const converter = this.temporal.options.loadedDataConverter;
    for (const codec of [...converter.payloadCodecs].reverse()) payloads = await codec.decode(payloads);
    return arrayFromPayloads(converter.payloadConverter, payloads);
  }

  private async answer<T>(call: () => Promise<T>, { what, recover }: Answering<T>): Promise<T> {
    try {
      return await this.within(call);
    } catch (err) {
      let recovered: T | undefined;
      try {
        recovered = await recover?.(err);
      } catch (refusal) {
        // The caller's own refusal (an HttpException) passes unchanged; a failure of its own calls to Temporal is mapped.
        rethrowAsHttp(refusal, what);
      }
      if (recovered !== undefined) return recovered;
      rethrowAsHttp(err, what);
    }
  }

  /**
   * Runs a call to Temporal with a deadline, so that a process stuck on an outage never keeps an
   * HTTP request open for ever (the answer is then a 503 from rethrowAsHttp).
   */
  private within<T>(call: () => Promise<T>): Promise<T> {
    return this.temporal.connection.withDeadline(Date.now() + ANSWER_WITHIN_MS, call);
  }

  private onTaskQueue<T extends Workflow>(options: StartOptions<T>): WorkflowStartOptions<T> {
    return { ...options, taskQueue: this.config.temporal.taskQueue } as WorkflowStartOptions<T>;
  }
}

/** The gateway with the Temporal client it uses. */
@Module({
  imports: [TemporalClientModule],
  providers: [WorkflowGateway],
  exports: [WorkflowGateway],
})
export class WorkflowGatewayModule {}
