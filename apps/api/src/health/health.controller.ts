import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Connection } from '@temporalio/client';
import { Public } from '../auth/roles.decorator.js';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    private readonly temporal: Connection,
  ) {}

  /** PostgreSQL answers a ping and Temporal answers its health check. */
  @Public()
  @Get()
  @HealthCheck()
  check() {
    return this.health.check([
      () => this.database.pingCheck('database', { timeout: 2000 }),
      () =>
        this.indicators
          .check('temporal')
          .attempt(async () => {
            await this.temporal.healthService.check({});
            return {};
          })
          .withTimeout(2000),
    ]);
  }
}
