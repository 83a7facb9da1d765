import { Controller, Get, Post, Query, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiPayloadTooLargeResponse,
  ApiProduces,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { AWARD_LEVEL_LABELS, AWARD_TITLES, Role, type Actor } from '#domain';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { Roles } from '../auth/roles.decorator.js';
import {
  AwardImportRefusalResponse,
  AwardImportResultResponse,
  AwardRecordResponse,
  AwardTitleResponse,
} from './award-history.response.js';
import { SingleFileInterceptor } from '../dossier-files/single-file.interceptor.js';
import { awardTemplate, XLSX_TYPE } from './award-workbook.js';
import { AwardHistoryQuery } from './dto/award-history.query.js';
import { FindAwardHistoryUseCase } from './use-cases/find-award-history.use-case.js';
import { ImportAwardHistoryUseCase } from './use-cases/import-award-history.use-case.js';

/** What an award-history spreadsheet may weigh: thousands of rows fit in far less. */
const AwardFileInterceptor = SingleFileInterceptor({ maxBytes: 5 * 1024 * 1024 });

/** Who received which title in which year: imported by the standing office, read by everyone who reviews. */
@ApiTags('award-history')
@ApiBearerAuth()
@Controller('award-history')
export class AwardHistoryController {
  constructor(
    private readonly importUseCase: ImportAwardHistoryUseCase,
    private readonly findUseCase: FindAwardHistoryUseCase,
  ) {}

  /** A holder's titles, oldest first: an individual by `fullName` and `dateOfBirth`, a collective by `fullName` and `unitCode`. */
  @Get()
  @Roles(Role.STANDING_OFFICE, Role.ADMIN, Role.COUNCIL_MEMBER, Role.MINISTER, Role.DEPUTY_MINISTER, Role.UNIT_OFFICER)
  @ApiOkResponse({ type: [AwardRecordResponse] })
  @ApiBadRequestResponse({
    description: 'VALIDATION_FAILED: no name, a date of birth that is not yyyy-MM-dd, or neither a date of birth nor a unit',
  })
  find(@Query() query: AwardHistoryQuery): Promise<AwardRecordResponse[]> {
    return this.findUseCase.execute(query);
  }

  /** The catalogue of titles the history records. */
  @Get('titles')
  @ApiOkResponse({ type: [AwardTitleResponse] })
  titles(): AwardTitleResponse[] {
    return AWARD_TITLES.map((t) => ({
      code: t.code,
      name: t.name,
      kinds: [...t.kinds],
      level: t.level,
      levelLabel: AWARD_LEVEL_LABELS[t.level],
    }));
  }

  /** The spreadsheet to fill: the columns in Vietnamese and, on its second sheet, the catalogue of titles. */
  @Get('template')
  @ApiProduces(XLSX_TYPE)
  @ApiOkResponse({ description: 'The XLSX template', content: { [XLSX_TYPE]: { schema: { type: 'string', format: 'binary' } } } })
  async template(@Res() res: Response): Promise<void> {
    const content = await awardTemplate();
    res.set({
      'Content-Type': XLSX_TYPE,
      'Content-Length': String(content.length),
      'Content-Disposition': `attachment; filename="mau-lich-su-khen-thuong.xlsx"; filename*=UTF-8''${encodeURIComponent('Mẫu lịch sử khen thưởng.xlsx')}`,
    });
    res.end(content);
  }

  /** Imports a filled template as a whole (the standing office, the administrator): all rows, or none. */
  @Post('import')
  @Roles(Role.STANDING_OFFICE, Role.ADMIN)
  @UseInterceptors(AwardFileInterceptor)
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: { file: { type: 'string', format: 'binary', description: 'The filled template (.xlsx, at most 5 MB)' } },
    },
  })
  @ApiCreatedResponse({ type: AwardImportResultResponse })
  @ApiUnprocessableEntityResponse({
    type: AwardImportRefusalResponse,
    description: 'AWARD_IMPORT_INVALID (every bad row and column), AWARD_FILE_NOT_XLSX, FILE_ARCHIVE_TOO_LARGE: nothing imported',
  })
  @ApiBadRequestResponse({ description: 'FILE_REQUIRED, FILE_EMPTY, or not multipart/form-data' })
  @ApiPayloadTooLargeResponse({ description: 'FILE_TOO_LARGE: over 5 MB' })
  import(
    @UploadedFile() file: { originalname: string; buffer: Buffer } | undefined,
    @CurrentActor() actor: Actor,
  ): Promise<AwardImportResultResponse> {
    return this.importUseCase.execute({ file, actor });
  }
}
