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
  ValidateNested,
} from 'class-validator';
import { NOMINEE_KINDS, type NomineeKind } from '#domain';
import { DOCUMENT_NUMBER, Trim } from '../../common/validators.js';

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

  @ApiProperty({ type: [DossierDocumentDto] })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => DossierDocumentDto)
  documents: DossierDocumentDto[];
}

export class WithdrawNominationDto {
  @ApiPropertyOptional({ example: 'Đơn vị rút hồ sơ để bổ sung thành tích' })
  @Trim()
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string;
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
