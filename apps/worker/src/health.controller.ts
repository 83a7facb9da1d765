import { Controller, Get } from '@nestjs/common';
import { HealthCheck, HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { WorkerRunner } from './worker-runner.service.js';

/** The worker's health, for the orchestrator and the engineer on call: its database, and its Temporal worker polling. */
@Controller('health')
export class WorkerHealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    private readonly runner: WorkerRunner,
  ) {}

  @Get()
  @HealthCheck()
  check() {
    return this.health.check([
      () => this.database.pingCheck('database', { timeout: 2000 }),
      () => {
        const state = this.runner.state();
        const temporal = this.indicators.check('temporalWorker');
        return state === 'RUNNING' ? temporal.up({ state }) : temporal.down({ state });
      },
    ]);
  }
}
