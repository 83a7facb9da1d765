import 'reflect-metadata';
import { ValidationPipe, type INestApplication, type LoggerService, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { ApiModule } from './api.module.js';
import { invalidFields } from './common/api-error.js';
import { ErrorBodyFilter } from './common/error-body.filter.js';
import { SafeTextPipe } from './common/text.pipe.js';
import { validationProblems } from './common/validation-errors.js';

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
      // The DTO an error was found in names its own fields (`static fieldLabels`); never sent back.
      validationError: { target: true },
      // 400 VALIDATION_FAILED, each bad field with its path, constraint and a Vietnamese sentence.
      exceptionFactory: (errors) => invalidFields(validationProblems(errors)),
    }),
  );
  // Every error body of /api/v1 has the same shape: { statusCode, code, message, error, errors? }.
  app.useGlobalFilters(new ErrorBodyFilter(app.getHttpAdapter()));
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
