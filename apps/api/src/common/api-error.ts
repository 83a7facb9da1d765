import { HttpException, HttpStatus } from '@nestjs/common';
import type { FieldProblem, RefusalReason } from '#domain';

/**
 * The body of every 4xx/5xx answer of the API, the contract the web app is coded against:
 * `code` is the stable reason, `message` a Vietnamese sentence for the person, `error` the HTTP
 * status text, and `errors` (only when the refusal concerns fields) one entry per bad field.
 */
export interface ErrorBody {
  statusCode: number;
  code: RefusalReason;
  message: string;
  error: string;
  errors?: FieldProblem[];
}

/** A refusal of the API with its stable reason: the exception filter answers with its body as is. */
export class ApiError extends HttpException {
  constructor(
    status: HttpStatus,
    readonly reason: RefusalReason,
    message: string,
    readonly errors?: FieldProblem[],
  ) {
    super(errorBody(status, reason, message, errors), status);
  }

  get body(): ErrorBody {
    return this.getResponse() as ErrorBody;
  }
}

export function errorBody(statusCode: number, code: RefusalReason, message: string, errors?: FieldProblem[]): ErrorBody {
  return { statusCode, code, message, error: STATUS_TEXT[statusCode] ?? 'Error', ...(errors?.length ? { errors } : {}) };
}

/** 400 VALIDATION_FAILED naming every bad field: "Dữ liệu không hợp lệ: Họ và tên không được để trống; …". */
export function invalidFields(errors: FieldProblem[]): ApiError {
  return new ApiError(
    HttpStatus.BAD_REQUEST,
    'VALIDATION_FAILED',
    // A field's message may be a sentence of its own ("…bằng văn bản."): one full stop at the end.
    `Dữ liệu không hợp lệ: ${errors.map((e) => e.message.replace(/\.$/u, '')).join('; ')}.`,
    errors,
  );
}

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  408: 'Request Timeout',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};
