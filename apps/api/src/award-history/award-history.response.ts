import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { NOMINEE_KINDS, type NomineeKind } from '#domain';

@ApiSchema({ name: 'AwardTitle' })
export class AwardTitleResponse {
  @ApiProperty({ example: 'CHIEN_SI_THI_DUA_CO_SO' }) code: string;
  @ApiProperty({ example: 'Chiến sĩ thi đua cơ sở' }) name: string;
  @ApiProperty({ enum: NOMINEE_KINDS, enumName: 'NomineeKind', isArray: true }) kinds: NomineeKind[];
  @ApiProperty({ enum: ['CO_SO', 'BO', 'NHA_NUOC'], enumName: 'AwardLevel' }) level: string;
  @ApiProperty({ example: 'Cấp cơ sở' }) levelLabel: string;
}

/** One title of one holder in one year. */
@ApiSchema({ name: 'AwardRecord' })
export class AwardRecordResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'Nguyễn Văn Hùng' }) fullName: string;
  @ApiProperty({ type: String, format: 'date', nullable: true, example: '1980-09-05', description: 'Null for a collective' })
  dateOfBirth: string | null;
  @ApiProperty({ example: 'BQLDA-DTXD' }) unitCode: string;
  @ApiProperty({ enum: NOMINEE_KINDS, enumName: 'NomineeKind' }) nomineeKind: NomineeKind;
  @ApiProperty({ example: 'CHIEN_SI_THI_DUA_CO_SO' }) titleCode: string;
  @ApiProperty({ example: 'Chiến sĩ thi đua cơ sở' }) titleName: string;
  @ApiProperty({ example: 2017 }) year: number;
  @ApiProperty({ type: String, nullable: true, example: '123/QĐ-BTNMT' }) decisionRef: string | null;
  @ApiProperty({
    enum: ['IMPORT', 'ENGINE'],
    enumName: 'AwardSource',
    description: 'Imported from a spreadsheet, or conferred by this engine',
  })
  source: 'IMPORT' | 'ENGINE';
  @ApiProperty({ example: 'lich-su-khen-thuong.xlsx, dòng 2', description: 'The file and row, or the nomination that conferred it' })
  sourceRef: string;
  @ApiProperty() recordedBy: string;
  @ApiProperty({ format: 'date-time' }) recordedAt: string;
}

@ApiSchema({ name: 'AwardImportResult' })
export class AwardImportResultResponse {
  @ApiProperty({ description: 'Rows stored now', example: 12 }) imported: number;
  @ApiProperty({ description: 'Rows the history already had (same holder, title and year): left as they were', example: 0 })
  alreadyKnown: number;
}

/** One bad cell (or row) of a refused spreadsheet. */
@ApiSchema({ name: 'AwardImportProblem' })
export class AwardImportProblemResponse {
  @ApiProperty({ example: 'rows[5].dateOfBirth' }) field: string;
  @ApiProperty({ example: 5, description: 'The row as the spreadsheet numbers it (the header is row 1)' }) row: number;
  @ApiProperty({ example: 'Ngày sinh', description: 'The column’s name, or “Cả dòng” for the whole row' }) column: string;
  @ApiProperty({ example: 'DATE_INVALID' }) code: string;
  @ApiProperty({ example: '“31/02/1980” không phải là một ngày hợp lệ (ghi theo dạng dd/MM/yyyy, ví dụ 05/09/1980).' })
  message: string;
}

/** 422 AWARD_IMPORT_INVALID: nothing was imported; every bad row is named. */
@ApiSchema({ name: 'AwardImportRefusal' })
export class AwardImportRefusalResponse {
  @ApiProperty({ example: 422 }) statusCode: number;
  @ApiProperty({ example: 'AWARD_IMPORT_INVALID' }) code: string;
  @ApiProperty() message: string;
  @ApiProperty({ example: 'Unprocessable Entity' }) error: string;
  @ApiPropertyOptional({ type: [AwardImportProblemResponse] }) errors?: AwardImportProblemResponse[];
}
