import {
  BadRequestException,
  ServiceUnavailableException,
  ConflictException,
  ForbiddenException,
  HttpException,
  NotFoundException,
  UnprocessableEntityException,
} from '@nestjs/common';
import {
  isGrpcDeadlineError,
  ServiceError,
  WorkflowNotFoundError,
  WorkflowFailedError,
  WorkflowUpdateFailedError,
  WorkflowUpdateRPCTimeoutOrCancelledError,
} from '@temporalio/client';
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
  if (
    (err instanceof WorkflowUpdateFailedError || err instanceof WorkflowFailedError) &&
    err.cause instanceof ApplicationFailure &&
    isDomainErrorCode(err.cause.type)
  ) {
    throw HTTP_BY_CODE[err.cause.type](err.cause.message);
  }
  if (err instanceof WorkflowNotFoundError) {
    throw new ConflictException(`${what} is closed: its process has ended and takes no more decisions`);
  }
  if (err instanceof WorkflowUpdateFailedError) {
    // Not a refusal of the decision but a failure while recording it (e.g. data the store cannot hold).
    throw new UnprocessableEntityException(`${what} could not record this: ${err.cause?.message ?? err.message}`);
  }
  if (err instanceof DomainError) throw httpErrorFor(err);
  if (
    err instanceof WorkflowUpdateRPCTimeoutOrCancelledError ||
    isGrpcDeadlineError(err) ||
    (err instanceof ServiceError && (err.cause as { code?: number } | undefined)?.code === GRPC_DEADLINE_EXCEEDED)
  ) {
    throw new ServiceUnavailableException(
      `${what} did not answer within ${ANSWER_WITHIN_MS / 1000} s: the request may still take effect; look at it again before retrying`,
    );
  }
  throw err;
}

const GRPC_DEADLINE_EXCEEDED = 4;
/** How long a person waits for a workflow's answer before the API says it is still at work. */
export const ANSWER_WITHIN_MS = 30_000;
