import { Module, type DynamicModule } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { TerminusModule } from '@nestjs/terminus';
import { appConfig, APP_CONFIG, type AppConfig } from '#config';
import { PersistenceModule } from '#persistence';
import { TemporalClientModule } from '#temporal';
import { ACTIVITY_SERVICES, ActivityRegistry } from './activities/activity-registry.js';
import { WorkerHealthController } from './health.controller.js';
import { Mailer } from './notifications/mailer.service.js';
import { NotificationService } from './notifications/notification.service.js';
import { WORKER_EXTRAS, WorkerRunner, type WorkerExtras } from './worker-runner.service.js';

export interface WorkerModuleOptions {
  /** Environment overrides (tests run several workers in one process). */
  env?: Record<string, string>;
  extras?: WorkerExtras;
}

@Module({})
export class WorkerModule {
  static forRoot(options: WorkerModuleOptions = {}): DynamicModule {
    const config = appConfig(options.env);
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot({ isGlobal: true, ignoreEnvFile: true, load: [config] }),
        PersistenceModule.forRoot([APP_CONFIG], (c: AppConfig) => c.databaseUrl),
        TemporalClientModule,
        TerminusModule,
      ],
      controllers: [WorkerHealthController],
      providers: [
        Mailer,
        NotificationService,
        ...ACTIVITY_SERVICES,
        ActivityRegistry,
        { provide: WORKER_EXTRAS, useValue: options.extras ?? {} },
        WorkerRunner,
      ],
    };
  }
}
