import { registerAs, type ConfigType } from '@nestjs/config';
import { plainToInstance, Transform } from 'class-transformer';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Matches, Max, Min, MinLength, validateSync } from 'class-validator';

/** The environment the services read, validated once at start; a bad value stops the start with the reason. */
class EnvironmentVariables {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Matches(/^postgres(ql)?:\/\//, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL: string;

  @IsString()
  @IsNotEmpty()
  TEMPORAL_ADDRESS: string;

  @IsString()
  TEMPORAL_NAMESPACE = 'default';

  @IsString()
  TEMPORAL_TASK_QUEUE = 'nominations';

  @Transform(({ value }) => (value === undefined ? undefined : Number(value)))
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @IsOptional()
  @IsString()
  @MinLength(16, { message: 'JWT_SECRET must be at least 16 characters' })
  JWT_SECRET?: string;

  @IsString()
  JWT_TTL = '8h';
}

/** Only for local runs: production must set JWT_SECRET. */
const DEVELOPMENT_JWT_SECRET = 'development-only-secret-do-not-deploy';

export function loadAppConfig(env: Record<string, string | undefined>) {
  const vars = plainToInstance(EnvironmentVariables, Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined)), {
    exposeDefaultValues: true,
  });
  const errors = validateSync(vars, { whitelist: false });
  if (vars.NODE_ENV === 'production' && !vars.JWT_SECRET) {
    throw new Error('Invalid configuration: JWT_SECRET is required in production');
  }
  if (errors.length) {
    const reasons = errors.flatMap((e) => Object.values(e.constraints ?? {}));
    throw new Error(`Invalid configuration: ${reasons.join('; ')}`);
  }
  return {
    nodeEnv: vars.NODE_ENV,
    /** Demo data, the dev mailbox and friends exist only outside production. */
    isProduction: vars.NODE_ENV === 'production',
    databaseUrl: vars.DATABASE_URL,
    temporal: { address: vars.TEMPORAL_ADDRESS, namespace: vars.TEMPORAL_NAMESPACE, taskQueue: vars.TEMPORAL_TASK_QUEUE },
    http: { port: vars.PORT },
    auth: { jwtSecret: vars.JWT_SECRET ?? DEVELOPMENT_JWT_SECRET, tokenTtl: vars.JWT_TTL },
  };
}

export type AppConfig = ReturnType<typeof loadAppConfig>;

/**
 * The config namespace for Nest. `overrides` lets tests run several apps in one process
 * with different databases and task queues, without touching process.env.
 */
export const appConfig = (overrides: Record<string, string> = {}) =>
  registerAs('app', (): AppConfig => loadAppConfig({ ...process.env, ...overrides }));

export const APP_CONFIG = appConfig().KEY;
export type AppConfigType = ConfigType<ReturnType<typeof appConfig>>;
