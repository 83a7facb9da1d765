import {
  BadRequestException,
  HttpStatus,
  Inject,
  Injectable,
  mixin,
  PayloadTooLargeException,
  UnsupportedMediaTypeException,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
  type Type,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Observable } from 'rxjs';
import { APP_CONFIG, type AppConfig } from '#config';
import { ApiError } from '../common/api-error.js';
import { fileTooLarge, uploadedFilename } from './upload-messages.js';

export interface SingleFileOptions {
  /** The multipart field that carries the file ('file'). */
  field?: string;
  /** The largest file, in bytes: a number, or read from the settings. */
  maxBytes: number | ((config: AppConfig) => number);
}

/**
 * One file of a multipart request, in memory (multer, as FileInterceptor), with multer's refusals
 * in the API's words instead of Nest's English: a file over `maxBytes` is 413 FILE_TOO_LARGE naming
 * it (multer stops reading there, so a huge upload is not buffered whole); a second file, another
 * field or a malformed body is 400 VALIDATION_FAILED. Both with a field error on the file's field.
 *
 *   @UseInterceptors(SingleFileInterceptor({ maxBytes: 5 * 1024 * 1024 }))
 *   upload(@UploadedFile() file: Express.Multer.File | undefined) { … uploadedFilename(file) … }
 */
export function SingleFileInterceptor({ field = 'file', maxBytes }: SingleFileOptions): Type<NestInterceptor> {
  @Injectable()
  class SingleFile implements NestInterceptor {
    private readonly limit: number;
    private readonly multipart: NestInterceptor;

    constructor(@Inject(APP_CONFIG) config: AppConfig) {
      this.limit = typeof maxBytes === 'number' ? maxBytes : maxBytes(config);
      const Multipart = FileInterceptor(field, { limits: { fileSize: this.limit, files: 1 } });
      this.multipart = new Multipart();
    }

    async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
      try {
        return await this.multipart.intercept(context, next);
      } catch (error) {
        // Only multer's own refusals land here; the handler's errors travel in the observable.
        throw inApiWords(error, field, this.limit);
      }
    }
  }
  return mixin(SingleFile);
}

/** The dossier's documents: one `file`, up to UPLOAD_MAX_BYTES. */
export const DossierFileInterceptor = SingleFileInterceptor({ maxBytes: (config) => config.uploads.maxBytes });

function inApiWords(error: unknown, field: string, maxBytes: number): unknown {
  const refuse = (status: HttpStatus, code: 'FILE_TOO_LARGE' | 'VALIDATION_FAILED', message: string) =>
    new ApiError(status, code, message, [{ field, code, message }]);
  // Nest keeps multer's error as the cause: its code, and the name of the file it was reading.
  const cause = error instanceof Error ? (error.cause as { code?: string; filename?: string } | undefined) : undefined;
  if (error instanceof PayloadTooLargeException) {
    const name = cause?.filename ? uploadedFilename(cause.filename) : undefined;
    return refuse(HttpStatus.PAYLOAD_TOO_LARGE, 'FILE_TOO_LARGE', fileTooLarge(name, maxBytes));
  }
  if (error instanceof BadRequestException || error instanceof UnsupportedMediaTypeException) {
    const message =
      cause?.code === 'LIMIT_FILE_COUNT'
        ? `Chỉ được gửi một tệp trong trường “${field}”.`
        : `Yêu cầu không đúng dạng: gửi tệp trong trường “${field}” của biểu mẫu (multipart/form-data).`;
    return refuse(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED', message);
  }
  return error;
}
