import { HttpStatus } from '@nestjs/common';
import { fileTypeFromBuffer } from 'file-type';
import yauzl from 'yauzl';
import type { RefusalReason } from '#domain';
import { ApiError } from '../common/api-error.js';
import { fileTooLarge, megabytes } from './upload-messages.js';

/** What a dossier takes: by the file's extension, the type its content must be. */
const ALLOWED: Record<string, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
};
const OFFICE = new Set(['docx', 'xlsx']);

export interface UploadLimits {
  maxBytes: number;
  maxExpandedBytes: number;
}

/**
 * Checks an uploaded file before anything is stored: not empty, not too large, of an allowed
 * type read from its content (not from its name or the browser's word), the same type as its
 * name says, and, for an office file, not an archive that expands past the limit. Answers the
 * real content type; refuses (4xx, a stable code, in Vietnamese, naming the file) otherwise.
 */
export async function inspectUpload(filename: string, content: Buffer, limits: UploadLimits): Promise<string> {
  const refuse = (status: HttpStatus, code: RefusalReason, message: string) =>
    new ApiError(status, code, message, [{ field: 'file', code, message }]);
  if (content.length === 0) throw refuse(HttpStatus.BAD_REQUEST, 'FILE_EMPTY', `Tệp “${filename}” rỗng.`);
  if (content.length > limits.maxBytes) {
    throw refuse(HttpStatus.PAYLOAD_TOO_LARGE, 'FILE_TOO_LARGE', fileTooLarge(filename, limits.maxBytes));
  }
  const extension = filename.toLowerCase().split('.').pop() ?? '';
  const sniffed = await fileTypeFromBuffer(content);
  const allowed = Object.values(ALLOWED);
  if (!sniffed || !allowed.includes(sniffed.mime)) {
    throw refuse(
      HttpStatus.UNSUPPORTED_MEDIA_TYPE,
      'FILE_TYPE_NOT_ALLOWED',
      `Tệp “${filename}” không phải PDF, DOCX, XLSX, JPEG hay PNG (theo nội dung của tệp).`,
    );
  }
  if (ALLOWED[extension] !== sniffed.mime) {
    throw refuse(
      HttpStatus.UNSUPPORTED_MEDIA_TYPE,
      'FILE_TYPE_MISMATCH',
      `Tên tệp “${filename}” không khớp với nội dung của tệp (nội dung là tệp .${sniffed.ext}).`,
    );
  }
  if (OFFICE.has(extension) && (await expandedSize(content, limits.maxExpandedBytes)) > limits.maxExpandedBytes) {
    throw refuse(
      HttpStatus.UNPROCESSABLE_ENTITY,
      'FILE_ARCHIVE_TOO_LARGE',
      `Tệp “${filename}” khi giải nén vượt quá ${megabytes(limits.maxExpandedBytes)} nên không được nhận.`,
    );
  }
  return sniffed.mime;
}

/**
 * How much an office file's zip expands to, counted as it inflates (the sizes its headers declare
 * may lie), stopping as soon as it passes `cap`. A zip that cannot be read counts as too large.
 */
function expandedSize(content: Buffer, cap: number): Promise<number> {
  return new Promise((resolve) => {
    let total = 0;
    const tooLarge = () => resolve(Number.POSITIVE_INFINITY);
    yauzl.fromBuffer(content, { lazyEntries: true, validateEntrySizes: true }, (err, zip) => {
      if (err || !zip) return tooLarge();
      zip.on('error', tooLarge);
      zip.on('end', () => resolve(total));
      zip.on('entry', (entry: yauzl.Entry) => {
        if (total + entry.uncompressedSize > cap) {
          zip.close();
          return tooLarge();
        }
        zip.openReadStream(entry, (streamErr, stream) => {
          if (streamErr || !stream) return tooLarge();
          stream.on('data', (chunk: Buffer) => {
            total += chunk.length;
            if (total > cap) {
              stream.destroy();
              zip.close();
              tooLarge();
            }
          });
          stream.on('error', tooLarge);
          stream.on('end', () => zip.readEntry());
        });
      });
      zip.readEntry();
    });
  });
}
