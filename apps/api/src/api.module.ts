import { Module, type DynamicModule } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { appConfig, APP_CONFIG, loadAppConfig, type AppConfig } from '#config';
import { PersistenceModule } from '#persistence';
import { AuthModule } from './auth/auth.module.js';
import { CyclesModule } from './cycles/cycles.module.js';
import { DevMailboxModule } from './dev-mailbox/dev-mailbox.js';
import { HealthModule } from './health/health.module.js';
import { NominationsModule } from './nominations/nominations.module.js';
import { NotificationsModule } from './notifications/notifications.module.js';
import { OrganisationModule } from './organisation/organisation.module.js';
import { TasksModule } from './tasks/tasks.module.js';

@Module({})
export class ApiModule {
  /** `env` overrides the process environment (tests run several apps in one process). */
  static forRoot(env: Record<string, string> = {}): DynamicModule {
    // The development mailbox exists only when asked for, and never in production.
    const devMailbox = loadAppConfig({ ...process.env, ...env }).devMailboxPort !== undefined;
    return {
      module: ApiModule,
      imports: [
        ConfigModule.forRoot({ isGlobal: true, ignoreEnvFile: true, load: [appConfig(env)] }),
        PersistenceModule.forRoot([APP_CONFIG], (c: AppConfig) => c.databaseUrl),
        AuthModule,
        CyclesModule,
        NominationsModule,
        TasksModule,
        NotificationsModule,
        OrganisationModule,
        HealthModule,
        ...(devMailbox ? [DevMailboxModule] : []),
      ],
    };
  }
}
