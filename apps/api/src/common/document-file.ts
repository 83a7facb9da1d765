import { applyDecorators, Header, StreamableFile } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiProduces, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { slugify, type RefusalReason } from '#domain';

/*
 * A printed document (minutes, decision) sent as PDF or HTML: shown in the browser (inline), under
 * a name a person can read, never kept in a cache (what it says can change until it is final, and
 * it is not for everyone).
 */

export const DOCUMENT_FORMATS = ['pdf', 'html'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

/** `?format=pdf|html` (PDF when absent); anything else is a 400 naming the field. */
export class DocumentQuery {
  @ApiPropertyOptional({ enum: DOCUMENT_FORMATS, enumName: 'DocumentFormat', default: 'pdf' })
  @IsOptional()
  @IsIn(DOCUMENT_FORMATS)
  format?: DocumentFormat;
}

/** A document ready to print in either format. */
export interface PrintableDocument {
  /** Its file name without extension, as a person reads it: 'Biên bản kiểm phiếu – Phiên họp thứ nhất'. */
  name: string;
  /** Something that tells it apart when the name does not (a short id), added to the ASCII name. */
  suffix?: string;
  pdf(): Promise<Buffer>;
  html(): string;
}

const CONTENT_TYPES: Record<DocumentFormat, string> = { pdf: 'application/pdf', html: 'text/html; charset=utf-8' };

export async function documentFile(document: PrintableDocument, format: DocumentFormat = 'pdf'): Promise<StreamableFile> {
  const body = format === 'pdf' ? await document.pdf() : Buffer.from(document.html(), 'utf8');
  return new StreamableFile(body, {
    type: CONTENT_TYPES[format],
    disposition: inlineDisposition(document, format),
    length: body.length,
  });
}

/**
 * `inline; filename="bien-ban-kiem-phieu-….pdf"; filename*=UTF-8''Bi%C3%AAn…`: the ASCII name for
 * old clients, the Vietnamese one (RFC 6266 / 5987) for the others.
 */
export function inlineDisposition(document: Pick<PrintableDocument, 'name' | 'suffix'>, format: DocumentFormat): string {
  const display = `${fileSafe(document.name)}.${format}`;
  const slug = [slugify(document.name).slice(0, 80).replace(/-+$/, ''), slugify(document.suffix ?? '')].filter(Boolean).join('-');
  return `inline; filename="${slug || 'tai-lieu'}.${format}"; filename*=UTF-8''${encodeRfc5987(display)}`;
}

/** What no file system takes in a name: the '/' of a decision number becomes a dash; quotes, colons, control characters go. */
function fileSafe(name: string): string {
  return (
    name
      .normalize('NFC')
      .replace(/[\u0000-\u001f\u007f]/g, '')
      .replace(/\//g, '-')
      .replace(/[\\:*?"<>|]/g, '')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 150) || 'Tài liệu'
  );
}

function encodeRfc5987(text: string): string {
  return encodeURIComponent(text).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * The OpenAPI of a document route: PDF (binary) or HTML (text), the 400 of a bad format or id and
 * the 404 of an unknown one; and the `Cache-Control: no-store` header of its answer.
 */
export function ApiDocument(what: string, notFound: RefusalReason) {
  return applyDecorators(
    Header('Cache-Control', 'no-store'),
    ApiProduces('application/pdf', 'text/html'),
    ApiOkResponse({
      description: `${what}: PDF (A4, to print or sign) with ?format=pdf or without format; the same text as an HTML page with ?format=html. Sent inline, not cached.`,
      content: {
        'application/pdf': { schema: { type: 'string', format: 'binary' } },
        'text/html': { schema: { type: 'string' } },
      },
    }),
    ApiBadRequestResponse({ description: 'VALIDATION_FAILED: a format other than pdf or html, or an id that is not a UUID' }),
    ApiNotFoundResponse({ description: `${notFound}: no such id` }),
  );
}
