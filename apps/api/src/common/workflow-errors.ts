import {
  BadRequestException,
  ConflictException,
  ForbiddenException,
  HttpException,
  NotFoundException,
  UnprocessableEntityException,
} from '@nestjs/common';
import { WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { DomainError, isDomainErrorCode, type DomainErrorCode } from '#domain';

const HTTP_BY_CODE: Record<DomainErrorCode, (message: string) => HttpException> = {
  FORBIDDEN: (m) => new ForbiddenException(m),
  CONFLICT: (m) => new ConflictException(m),
  INVALID: (m) => new BadRequestException(m),
  UNPROCESSABLE: (m) => new UnprocessableEntityException(m),
  NOT_FOUND: (m) => new NotFoundException(m),
};

export function httpErrorFor(error: DomainError): HttpException {
  return HTTP_BY_CODE[error.code](error.message);
}

/**
 * Turns a refused workflow update (its validator's DomainError, carried as the failure's
 * type) into the HTTP answer it stands for; anything else is rethrown unchanged.
 */
export function rethrowAsHttp(err: unknown, what = 'The nomination'): never {
  if (err instanceof WorkflowUpdateFailedError && err.cause instanceof ApplicationFailure && isDomainErrorCode(err.cause.type)) {
    throw HTTP_BY_CODE[err.cause.type](err.cause.message);
  }
  if (err instanceof WorkflowNotFoundError) {
    throw new ConflictException(`${what} is closed: its process has ended and takes no more decisions`);
  }
  if (err instanceof DomainError) throw httpErrorFor(err);
  throw err;
}
