import { Catch, HttpException, HttpStatus, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { DomainError, type RefusalReason } from '#domain';
import { ApiError, errorBody, type ErrorBody } from './api-error.js';
import { httpErrorFor } from './workflow-errors.js';

/** What an HttpException the API did not word itself (Nest's, Express's, body-parser's) says, by status. */
const BY_STATUS: Record<number, { code: RefusalReason; message: string }> = {
  400: { code: 'VALIDATION_FAILED', message: 'Yêu cầu không hợp lệ.' },
  401: { code: 'UNAUTHENTICATED', message: 'Xin vui lòng đăng nhập để tiếp tục.' },
  403: { code: 'FORBIDDEN_ROLE', message: 'Tài khoản của bạn không có quyền thực hiện thao tác này.' },
  404: { code: 'ROUTE_NOT_FOUND', message: 'Không tìm thấy địa chỉ được yêu cầu.' },
  413: { code: 'PAYLOAD_TOO_LARGE', message: 'Dữ liệu gửi lên quá lớn. Xin vui lòng giảm bớt nội dung hoặc dung lượng tài liệu.' },
};
/** Where the contract applies. */
export const API_PREFIX = '/api/v1';
const MALFORMED_JSON = 'Nội dung gửi lên không phải là JSON hợp lệ. Xin vui lòng kiểm tra lại định dạng dữ liệu.';
const INTERNAL = 'Lỗi hệ thống: yêu cầu chưa được xử lý. Xin vui lòng thử lại sau hoặc liên hệ bộ phận quản trị hệ thống.';

/**
 * The API's one exception filter: every error answer has the body of the contract
 * ({@link ErrorBody}: statusCode, code, message in Vietnamese, error, and errors for field
 * problems). A refusal of the API or of the domain keeps its own reason and words; other 4xx
 * (an unknown route, malformed JSON, a body too large) get theirs by status; anything else is a
 * 500 with a generic body, and is logged.
 */
@Catch()
export class ErrorBodyFilter extends BaseExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  override catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const request = ctx.getRequest<{ method?: string; originalUrl?: string; url?: string }>();
    const url = request.originalUrl ?? request.url ?? '';
    // Outside the API (the health check's 503 with its details, the docs, the dev mailbox): Nest's own answers.
    if (!url.startsWith(API_PREFIX)) return super.catch(exception, host);
    const body = this.bodyFor(exception, { method: request.method, url });
    const response = ctx.getResponse<{ headersSent?: boolean }>();
    if (response.headersSent) return;
    this.applicationRef?.reply(response, body, body.statusCode);
  }

  private bodyFor(exception: unknown, request: { method?: string; url?: string }): ErrorBody {
    if (exception instanceof ApiError) return this.logged(exception.body, exception);
    if (exception instanceof DomainError) return httpErrorFor(exception).body;
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      if (status >= 500) return this.logged(errorBody(HttpStatus.INTERNAL_SERVER_ERROR, 'INTERNAL', INTERNAL), exception, request);
      if (status === 400 && exception.cause instanceof SyntaxError) return errorBody(400, 'MALFORMED_JSON', MALFORMED_JSON);
      const known = BY_STATUS[status] ?? { code: 'REFUSED', message: 'Yêu cầu không được chấp nhận.' };
      return errorBody(status, known.code, known.message);
    }
    return this.logged(errorBody(HttpStatus.INTERNAL_SERVER_ERROR, 'INTERNAL', INTERNAL), exception, request);
  }

  /** 5xx are logged (with the stack); a refusal is not a fault of the system. */
  private logged(body: ErrorBody, exception: unknown, request?: { method?: string; url?: string }): ErrorBody {
    if (body.statusCode >= 500) {
      const where = request ? `${request.method} ${request.url}: ` : '';
      const what = exception instanceof Error ? (exception.stack ?? exception.message) : String(exception);
      if (body.code === 'TIMEOUT') this.logger.warn(`${where}${body.message}`);
      else this.logger.error(`${where}${what}`);
    }
    return body;
  }
}
