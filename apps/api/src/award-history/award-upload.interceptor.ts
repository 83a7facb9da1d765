import {
  BadRequestException,
  HttpStatus,
  Injectable,
  PayloadTooLargeException,
  UnsupportedMediaTypeException,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Observable } from 'rxjs';
import { ApiError } from '../common/api-error.js';

/** What an award-history spreadsheet may weigh: thousands of rows fit in far less. */
export const AWARD_FILE_MAX_BYTES = 5 * 1024 * 1024;

const MultipartFile = FileInterceptor('file', { limits: { fileSize: AWARD_FILE_MAX_BYTES, files: 1 } });

/**
 * multer's `file` field, in memory, with multer's English refusals told in Vietnamese: a file too
 * large is a 413 FILE_TOO_LARGE, a malformed or unexpected part a 400. (A local one until the
 * dossier files' uploads share theirs.)
 */
@Injectable()
export class AwardUploadInterceptor implements NestInterceptor {
  private readonly multipart = new MultipartFile();

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    try {
      return await this.multipart.intercept(context, next);
    } catch (error) {
      throw vietnamese(error);
    }
  }
}

function vietnamese(error: unknown): unknown {
  const refuse = (status: HttpStatus, code: 'FILE_TOO_LARGE' | 'VALIDATION_FAILED', message: string) =>
    new ApiError(status, code, message, [{ field: 'file', code, message }]);
  if (error instanceof PayloadTooLargeException) {
    return refuse(
      HttpStatus.PAYLOAD_TOO_LARGE,
      'FILE_TOO_LARGE',
      `Tệp vượt quá dung lượng cho phép (${AWARD_FILE_MAX_BYTES / 1024 / 1024} MB). Xin vui lòng chia thành nhiều tệp nhỏ hơn.`,
    );
  }
  if (error instanceof BadRequestException || error instanceof UnsupportedMediaTypeException) {
    return refuse(
      HttpStatus.BAD_REQUEST,
      'VALIDATION_FAILED',
      'Yêu cầu không đúng dạng: gửi một tệp .xlsx trong trường “file” của biểu mẫu (multipart/form-data).',
    );
  }
  return error;
}
