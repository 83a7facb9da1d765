import { Module, type DynamicModule } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { ServeStaticModule } from '@nestjs/serve-static';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { appConfig, APP_CONFIG, loadAppConfig, type AppConfig } from '#config';
import { PersistenceModule } from '#persistence';
import { AuthModule } from './auth/auth.module.js';
import { AwardHistoryModule } from './award-history/award-history.module.js';
import { CouncilModule } from './council/council.module.js';
import { CyclesModule } from './cycles/cycles.module.js';
import { DevMailboxModule } from './dev-mailbox/dev-mailbox.js';
import { HealthModule } from './health/health.module.js';
import { DossierFilesModule } from './dossier-files/dossier-files.module.js';
import { NominationsModule } from './nominations/nominations.module.js';
import { NotificationsModule } from './notifications/notifications.module.js';
import { OrganisationModule } from './organisation/organisation.module.js';
import { SettingsModule } from './settings/settings.module.js';
import { TasksModule } from './tasks/tasks.module.js';

/** The built web app (dist/web of the project, whether this file runs from dist/ or from source). */
function webAppDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return join(dir, 'dist', 'web');
}

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
        DossierFilesModule,
        TasksModule,
        CouncilModule,
        NotificationsModule,
        OrganisationModule,
        HealthModule,
        SettingsModule,
        AwardHistoryModule,
        ...(devMailbox ? [DevMailboxModule] : []),
        // The web app at `/`: any path that is not the API's opens it (its router takes over).
        ServeStaticModule.forRoot({
          rootPath: webAppDir(),
          exclude: ['/api/{*path}', '/docs{*path}', '/health', '/dev/{*path}'],
          serveStaticOptions: { index: 'index.html', maxAge: '1h', fallthrough: true },
        }),
      ],
    };
  }
}
