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

  /** The Temporal Web UI, linked from each dossier for administrators (the launcher sets it for its dev server). */
  @IsOptional()
  @Matches(/^https?:\/\//, { message: 'TEMPORAL_UI_URL must be an http:// or https:// URL' })
  TEMPORAL_UI_URL?: string;

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

  /** The worker's health endpoint (GET /health). */
  @Transform(({ value }) => (value === undefined ? undefined : Number(value)))
  @IsInt()
  @Min(0)
  @Max(65535)
  WORKER_HEALTH_PORT = 3001;

  @IsString()
  WORKER_HEALTH_HOST = '127.0.0.1';

  /** The key that seals secret ballots (32 bytes, base64); required in production. */
  @IsOptional()
  @Matches(/^[A-Za-z0-9+/]{43}=$/, { message: 'BALLOT_KEY must be 32 bytes in base64 (openssl rand -base64 32)' })
  BALLOT_KEY?: string;

  /** Where e-mail goes, e.g. smtp://user:pass@mail.example:587; unset = in-app notifications only. */
  @IsOptional()
  @Matches(/^smtps?:\/\//, { message: 'SMTP_URL must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string;

  @IsString()
  MAIL_FROM = 'Hội đồng Thi đua – Khen thưởng Bộ <thiduakhenthuong@btnmt.example>';

  /** Whether cycles keep a Temporal Schedule for unit reminders (the time-skipping test server has none). */
  @IsIn(['true', 'false'])
  REMINDER_SCHEDULES: 'true' | 'false' = 'true';

  /**
   * Who numbers the minister's decisions: REGISTER, the engine's register (per year, no gaps,
   * shared with revocations); or RECORDS_OFFICE, the Ministry's records office (văn thư) numbers
   * its documents elsewhere and the number is entered with the approval (unique, checked).
   */
  @IsIn(['REGISTER', 'RECORDS_OFFICE'])
  DECISION_NUMBERING: 'REGISTER' | 'RECORDS_OFFICE' = 'REGISTER';

  /** The issuing body printed on decisions and minutes. */
  @IsString()
  @IsNotEmpty()
  MINISTRY_NAME = 'BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG';

  /** Where the Ministry's documents are issued ("Hà Nội, ngày … tháng … năm …"). */
  @IsString()
  @IsNotEmpty()
  DOCUMENT_PLACE = 'Hà Nội';

  /** The largest file a unit may upload to a dossier, in bytes (20 MiB). */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  UPLOAD_MAX_BYTES = 20 * 1024 * 1024;

  /** What an office file (DOCX, XLSX: a zip) may expand to, in bytes: more is refused as an archive bomb. */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  UPLOAD_MAX_EXPANDED_BYTES = 200 * 1024 * 1024;

  /** Development only: the API runs an SMTP sink on this port and shows what it received at /dev/mailbox. */
  @IsOptional()
  @Transform(({ value }) => (value === undefined ? undefined : Number(value)))
  @IsInt()
  @Min(1)
  @Max(65535)
  DEV_MAILBOX_PORT?: number;
}

/** Only for local runs: production must set JWT_SECRET. */
const DEVELOPMENT_JWT_SECRET = 'development-only-secret-do-not-deploy';

export function loadAppConfig(env: Record<string, string | undefined>) {
  const vars = plainToInstance(EnvironmentVariables, Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined)), {
    exposeDefaultValues: true,
  });
  const errors = validateSync(vars, { whitelist: false });
  if (vars.NODE_ENV === 'production' && (!vars.JWT_SECRET || !vars.BALLOT_KEY)) {
    throw new Error('Invalid configuration: JWT_SECRET and BALLOT_KEY are required in production');
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
    temporal: {
      address: vars.TEMPORAL_ADDRESS,
      namespace: vars.TEMPORAL_NAMESPACE,
      taskQueue: vars.TEMPORAL_TASK_QUEUE,
      uiUrl: vars.TEMPORAL_UI_URL?.replace(/\/+$/, ''),
    },
    http: { port: vars.PORT },
    worker: { healthPort: vars.WORKER_HEALTH_PORT, healthHost: vars.WORKER_HEALTH_HOST },
    auth: { jwtSecret: vars.JWT_SECRET ?? DEVELOPMENT_JWT_SECRET, tokenTtl: vars.JWT_TTL },
    mail: { smtpUrl: vars.SMTP_URL, from: vars.MAIL_FROM },
    reminderSchedules: vars.REMINDER_SCHEDULES === 'true',
    ballotKey: vars.BALLOT_KEY,
    documents: { numbering: vars.DECISION_NUMBERING, ministryName: vars.MINISTRY_NAME, place: vars.DOCUMENT_PLACE },
    uploads: { maxBytes: vars.UPLOAD_MAX_BYTES, maxExpandedBytes: vars.UPLOAD_MAX_EXPANDED_BYTES },
    devMailboxPort: vars.NODE_ENV === 'production' ? undefined : vars.DEV_MAILBOX_PORT,
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
