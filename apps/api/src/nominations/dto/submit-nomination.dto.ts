import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateBy,
  ValidateIf,
  ValidateNested,
  type ValidationArguments,
} from 'class-validator';
import { NOMINEE_KINDS, type NomineeKind } from '#domain';
import { DOCUMENT_NUMBER, Trim } from '../../common/validators.js';
import { ChangeRequestDocuments, ChangeRequestFields } from '../../common/change-targets.dto.js';

export class NomineeDto {
  @ApiProperty({ enum: NOMINEE_KINDS, example: 'INDIVIDUAL' })
  @IsIn(NOMINEE_KINDS)
  kind: NomineeKind;

  @ApiProperty({ example: 'Nguyễn Văn Hùng' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  fullName: string;

  @ApiPropertyOptional({
    example: '1978-09-02',
    description: 'YYYY-MM-DD; required for an individual: with the full name it says who the nominee is across units',
  })
  @ValidateIf((n: NomineeDto) => n.kind === 'INDIVIDUAL' || n.dateOfBirth !== undefined)
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'dateOfBirth must be a date YYYY-MM-DD' })
  @IsPastDate()
  dateOfBirth?: string;

  @ApiPropertyOptional({ example: 'Trưởng phòng Kỹ thuật' })
  @Trim()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  position?: string;

  @ApiProperty({ example: 'Quản lý dự án đầu tư xây dựng' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  field: string;

  @ApiProperty({ example: false, description: 'Works in a remote, border or island area' })
  @IsBoolean()
  remoteArea: boolean;

  @ApiProperty({ example: 3, description: 'Years of continuous emulation titles' })
  @IsInt()
  @Min(0)
  @Max(60)
  continuousYears: number;
}

/** A real calendar date, before today (a person is born in the past). */
function IsPastDate() {
  return ValidateBy({
    name: 'isPastDate',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && isRealDate(value) && value < new Date().toISOString().slice(0, 10),
      defaultMessage: (args?: ValidationArguments) => `${args?.property ?? 'date'} must be a real date in the past`,
    },
  });
}

function isRealDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value && value >= '1900-01-01';
}

export class DossierDocumentDto {
  @ApiProperty({ example: 'ACHIEVEMENT_REPORT' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  kind: string;

  @ApiProperty({ example: 'Báo cáo thành tích giai đoạn 2016–2018' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  title: string;

  @ApiProperty({ example: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08' })
  @Matches(/^[0-9a-f]{64}$/i, { message: 'sha256 must be 64 hexadecimal characters' })
  sha256: string;
}

export class SubmitNominationDto {
  @ApiProperty({ example: 'SK-2016-2018' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(40)
  cycleCode: string;

  @ApiProperty({ type: NomineeDto })
  @IsObject()
  @ValidateNested()
  @Type(() => NomineeDto)
  nominee: NomineeDto;

  @ApiProperty({ example: 'Hoàn thành xuất sắc nhiệm vụ quản lý 12 dự án đầu tư…' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(20000)
  achievements: string;

  @ApiProperty({ type: [String], example: ['Mô hình quản lý tiến độ dự án theo thời gian thực'] })
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(2000, { each: true })
  initiatives: string[];

  @ApiPropertyOptional({
    type: [DossierDocumentDto],
    description: 'Documents declared by checksum (older clients); files are uploaded to POST /nominations/:id/documents',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => DossierDocumentDto)
  documents?: DossierDocumentDto[];

  @ApiPropertyOptional({
    example: true,
    description: 'Start the dossier as a draft (stage DRAFT): seen by its unit only, edited, given files, submitted before the cutoff',
  })
  @IsOptional()
  @IsBoolean()
  draft?: boolean;
}

/** PATCH /nominations/:id: what the unit changes in a draft or a dossier under revision; absent fields stay. */
export class NomineeEditDto {
  @ApiPropertyOptional({ example: 'Nguyễn Văn Hùng' })
  @Trim()
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  fullName?: string;

  @ApiPropertyOptional({ example: '1978-09-02' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'dateOfBirth must be a date YYYY-MM-DD' })
  @IsPastDate()
  dateOfBirth?: string;

  @ApiPropertyOptional({ example: 'Trưởng phòng Kỹ thuật' })
  @Trim()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  position?: string;

  @ApiPropertyOptional({ example: 'Quản lý dự án đầu tư xây dựng' })
  @Trim()
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  field?: string;

  @ApiPropertyOptional({ example: false })
  @IsOptional()
  @IsBoolean()
  remoteArea?: boolean;

  @ApiPropertyOptional({ example: 3 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(60)
  continuousYears?: number;
}

export class EditNominationDto {
  @ApiPropertyOptional({ type: NomineeEditDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => NomineeEditDto)
  nominee?: NomineeEditDto;

  @ApiPropertyOptional({ example: 'Hoàn thành xuất sắc nhiệm vụ…' })
  @Trim()
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(20000)
  achievements?: string;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(2000, { each: true })
  initiatives?: string[];
}

export class WithdrawNominationDto {
  @ApiPropertyOptional({ example: 'Đơn vị rút hồ sơ để bổ sung thành tích' })
  @Trim()
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string;
}

export class ReturnForChangesDto {
  @ApiProperty({ example: 'Biên bản họp bình xét chưa có chữ ký của Chủ tịch Hội đồng thi đua đơn vị.' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason: string;

  @ChangeRequestFields()
  fields?: string[];

  @ChangeRequestDocuments()
  documents?: string[];
}

export class RevokeNominationDto {
  @ApiProperty({ example: 'Thành tích kê khai không đúng sự thật (Kết luận thanh tra số 15/KL-TTr)' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason: string;

  @ApiPropertyOptional({
    example: '15/QĐ-BTNMT',
    description:
      'The number the records office (văn thư) gave the revocation: required when DECISION_NUMBERING=RECORDS_OFFICE ' +
      '(400 DECISION_NUMBER_REQUIRED without it, 409 DECISION_NUMBER_TAKEN if a document of the year has it); ' +
      'ignored when the engine’s register numbers decisions, as on a list’s approval',
  })
  @Trim()
  @IsOptional()
  @IsString()
  @Matches(DOCUMENT_NUMBER, { message: 'documentNumber must look like 382/QĐ-BTNMT' })
  documentNumber?: string;
}
