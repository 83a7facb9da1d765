import { Body, Controller, Get, Param, Post, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiProduces,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import type { Response } from 'express';
import { Role, type Actor, type NominationView } from '#domain';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { Roles } from '../auth/roles.decorator.js';
import { Trim, uuidParam } from '../common/validators.js';
import { NominationViewResponse } from '../nominations/nomination.response.js';
import { DossierFiles } from './dossier-files.js';
import { DossierFileInterceptor } from './single-file.interceptor.js';

/** The multipart fields besides the file. */
export class UploadDocumentDto {
  static readonly fieldLabels = { kind: 'Loại tài liệu', title: 'Tên tài liệu', documentId: 'Tài liệu được thay', file: 'Tệp' };

  @ApiProperty({ example: 'BAO_CAO_THANH_TICH', description: 'The kind of document (a cycle requires kinds)' })
  @Trim()
  @Matches(/^[A-Z][A-Z0-9_]{1,59}$/, { message: 'kind must be upper-case letters, digits and underscores' })
  kind: string;

  @ApiProperty({ example: 'Báo cáo thành tích giai đoạn 2016–2018' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  title: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The document this file is a new version of (else: the same kind and title, or a new document)',
  })
  @IsOptional()
  @IsUUID()
  documentId?: string;

  /** The file itself arrives apart (multer); named here for the OpenAPI document and the whitelist. */
  @ApiProperty({ type: 'string', format: 'binary', description: 'PDF, DOCX, XLSX, JPEG or PNG' })
  @IsOptional()
  file?: unknown;
}

@ApiTags('documents')
@ApiBearerAuth()
@Controller()
export class DossierFilesController {
  constructor(private readonly files: DossierFiles) {}

  /** The unit uploads a document, or a new version of one, to its draft or its dossier under revision. */
  @Post('nominations/:id/documents')
  @Roles(Role.UNIT_OFFICER)
  @UseInterceptors(DossierFileInterceptor)
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: UploadDocumentDto })
  @ApiCreatedResponse({ type: NominationViewResponse })
  upload(
    @Param('id', uuidParam()) id: string,
    @Body() body: UploadDocumentDto,
    @UploadedFile() file: { originalname: string; buffer: Buffer } | undefined,
    @CurrentActor() actor: Actor,
  ): Promise<NominationView> {
    return this.files.upload({ nominationId: id, kind: body.kind, title: body.title, documentId: body.documentId, file, actor });
  }

  /** One version of a document, as it was uploaded: to those who may read its nomination. */
  @Get('documents/:id')
  @ApiProduces('application/pdf', 'image/jpeg', 'image/png', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')
  @ApiOkResponse({
    description: 'The file as uploaded, with its content type (PDF, DOCX, XLSX, JPEG, PNG), inline and not cached',
    content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } },
  })
  @ApiNotFoundResponse({ description: 'DOCUMENT_NOT_FOUND: no such version, or not for the caller to read' })
  async read(@Param('id', uuidParam()) id: string, @CurrentActor() actor: Actor, @Res() res: Response): Promise<void> {
    const version = await this.files.read(id, actor);
    res.set({
      'Content-Type': version.contentType,
      'Content-Length': String(version.content.length),
      'Content-Disposition': `inline; filename*=UTF-8''${rfc5987(version.filename)}`,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'private, no-store',
      ETag: `"${version.sha256}"`,
    });
    res.end(version.content);
  }
}

/** A file name as RFC 5987 wants it in filename*: encodeURIComponent leaves ' ( ) * as they are. */
const rfc5987 = (name: string) => encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
