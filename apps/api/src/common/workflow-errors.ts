import { HttpStatus, Logger } from '@nestjs/common';
import {
  isGrpcDeadlineError,
  ServiceError,
  WorkflowNotFoundError,
  WorkflowFailedError,
  WorkflowUpdateFailedError,
  WorkflowUpdateRPCTimeoutOrCancelledError,
} from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { DomainError, isDomainErrorCode, readRefusalDetails, type DomainErrorCode } from '#domain';
import { ApiError } from './api-error.js';

const STATUS_BY_CODE: Record<DomainErrorCode, HttpStatus> = {
  FORBIDDEN: HttpStatus.FORBIDDEN,
  CONFLICT: HttpStatus.CONFLICT,
  INVALID: HttpStatus.BAD_REQUEST,
  UNPROCESSABLE: HttpStatus.UNPROCESSABLE_ENTITY,
  NOT_FOUND: HttpStatus.NOT_FOUND,
};

/** A domain refusal as the API answers it: its category's status, its reason as the code, and its field if it concerns one. */
export function httpErrorFor(error: DomainError): ApiError {
  const errors =
    error.problems ?? (error.field === undefined ? undefined : [{ field: error.field, code: error.reason, message: error.message }]);
  return new ApiError(STATUS_BY_CODE[error.code], error.reason, error.message, errors);
}

/**
 * Turns a refused workflow update (its validator's DomainError, carried as the failure's type,
 * its reason and field as the failure's first detail) into the HTTP answer it stands for;
 * anything else is rethrown unchanged. `what` names who answers: "Hồ sơ đề nghị" unless told
 * ("Đợt SK-2016-2018").
 */
export function rethrowAsHttp(err: unknown, what = 'Hồ sơ đề nghị'): never {
  if (
    (err instanceof WorkflowUpdateFailedError || err instanceof WorkflowFailedError) &&
    err.cause instanceof ApplicationFailure &&
    isDomainErrorCode(err.cause.type)
  ) {
    const details = readRefusalDetails(err.cause.details?.[0]);
    throw httpErrorFor(
      new DomainError(err.cause.type, details?.reason ?? 'REFUSED', err.cause.message, {
        field: details?.field,
        problems: details?.problems,
      }),
    );
  }
  if (err instanceof WorkflowNotFoundError) {
    throw new ApiError(HttpStatus.CONFLICT, 'PROCESS_ENDED', `${what} đã kết thúc quy trình xử lý nên không nhận thêm quyết định nào.`);
  }
  if (err instanceof WorkflowUpdateFailedError) {
    // Not a refusal of the decision but a failure while recording it (e.g. data the store cannot hold).
    new Logger('WorkflowGateway').warn(`${what}: could not record: ${err.cause?.message ?? err.message}`);
    throw new ApiError(
      HttpStatus.UNPROCESSABLE_ENTITY,
      'RECORDING_FAILED',
      `${what} không ghi nhận được yêu cầu này vì dữ liệu không lưu trữ được. Xin vui lòng kiểm tra lại nội dung đã nhập.`,
    );
  }
  if (err instanceof DomainError) throw httpErrorFor(err);
  if (
    err instanceof WorkflowUpdateRPCTimeoutOrCancelledError ||
    isGrpcDeadlineError(err) ||
    (err instanceof ServiceError && (err.cause as { code?: number } | undefined)?.code === GRPC_DEADLINE_EXCEEDED)
  ) {
    throw new ApiError(
      HttpStatus.SERVICE_UNAVAILABLE,
      'TIMEOUT',
      `${what} chưa phản hồi trong ${ANSWER_WITHIN_MS / 1000} giây. Yêu cầu có thể vẫn đang được xử lý: ` +
        `xin vui lòng kiểm tra lại trước khi gửi lại.`,
    );
  }
  throw err;
}

const GRPC_DEADLINE_EXCEEDED = 4;
/** How long a person waits for a workflow's answer before the API says it is still at work. */
export const ANSWER_WITHIN_MS = 30_000;
