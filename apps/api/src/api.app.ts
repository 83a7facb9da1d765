import 'reflect-metadata';
import { BadRequestException, ValidationPipe, type INestApplication, type LoggerService, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import type { ValidationError } from 'class-validator';
import { ApiModule } from './api.module.js';
import { DomainErrorFilter } from './common/domain-error.filter.js';
import { SafeTextPipe } from './common/text.pipe.js';

/** Every bad field, by its path: `nominee.continuousYears must not be less than 0`. */
function describe(errors: ValidationError[], parent = ''): string[] {
  return errors.flatMap((e) => {
    const path = parent ? `${parent}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((m) =>
      m.startsWith(e.property) ? `${path}${m.slice(e.property.length)}` : `${path}: ${m}`,
    );
    return [...own, ...describe(e.children ?? [], path)];
  });
}

export interface ApiAppOptions {
  env?: Record<string, string>;
  logger?: LoggerService | LogLevel[] | false;
}

/** The HTTP API under /api/v1, with OpenAPI at /docs. */
export async function createApiApp(options: ApiAppOptions = {}): Promise<INestApplication> {
  const app = await NestFactory.create(ApiModule.forRoot(options.env), { logger: options.logger });
  app.setGlobalPrefix('api/v1', { exclude: ['health', 'dev/mailbox'] });
  app.useGlobalPipes(
    new SafeTextPipe(),
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      exceptionFactory: (errors) => new BadRequestException(describe(errors)),
    }),
  );
  app.useGlobalFilters(new DomainErrorFilter(app.getHttpAdapter()));
  app.enableShutdownHooks();
  SwaggerModule.setup('docs', app, () => openApiDocument(app));
  return app;
}

/** The API's OpenAPI document: served at /docs, and the source of the web app's generated client. */
export function openApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Nomination and approval engine')
    .setDescription('Nominating, reviewing, voting on, deciding and honouring advanced exemplars (điển hình tiên tiến).')
    .setVersion('1')
    .addBearerAuth()
    .build();
  return SwaggerModule.createDocument(app, config);
}

/** Placeholder settings for preview mode: they are validated but nothing connects to them. */
const PREVIEW_ENV = {
  DATABASE_URL: 'postgres://preview@127.0.0.1:1/preview',
  TEMPORAL_ADDRESS: '127.0.0.1:1',
  DEV_MAILBOX_PORT: '2525',
};

/**
 * The API's routes without connecting to anything (Nest's preview mode instantiates no
 * provider): enough to write the OpenAPI document at build time.
 */
export async function createApiPreview(): Promise<INestApplication> {
  const app = await NestFactory.create(ApiModule.forRoot(PREVIEW_ENV), { preview: true, logger: false });
  app.setGlobalPrefix('api/v1', { exclude: ['health', 'dev/mailbox'] });
  return app;
}
