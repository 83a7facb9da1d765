import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { NOMINATION_STAGES, NOMINATION_STATUSES, type NominationStage, type NominationStatus } from '#domain';
import { NOMINATION_SORTS, type NominationSort } from '#persistence';
import { Trim } from '../../common/validators.js';

export class ListNominationsQuery {
  @ApiPropertyOptional({ example: 'SK-2016-2018' }) @IsOptional() @IsString() @MaxLength(40) cycle?: string;
  @ApiPropertyOptional({ example: 'BQLDA-DTXD' }) @IsOptional() @IsString() @MaxLength(40) unit?: string;
  @ApiPropertyOptional({ example: 'KHOI-VI' }) @IsOptional() @IsString() @MaxLength(40) block?: string;
  @ApiPropertyOptional({ enum: NOMINATION_STAGES, enumName: 'NominationStage' })
  @IsOptional()
  @IsIn(NOMINATION_STAGES)
  stage?: NominationStage;
  @ApiPropertyOptional({ enum: NOMINATION_STATUSES, enumName: 'NominationStatus' })
  @IsOptional()
  @IsIn(NOMINATION_STATUSES)
  status?: NominationStatus;

  @ApiPropertyOptional({
    example: 'nguyen van',
    description: 'Part of the nominee’s name; case and Vietnamese diacritics are ignored (“nguyen van” finds “Nguyễn Văn An”)',
  })
  @Trim()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({
    enum: NOMINATION_SORTS,
    enumName: 'NominationSort',
    default: 'submittedAt',
    description: 'By submission or by last change; a leading - for newest first',
  })
  @IsOptional()
  @IsIn(NOMINATION_SORTS)
  sort?: NominationSort;

  @ApiPropertyOptional({ default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100000)
  page?: number;

  @ApiPropertyOptional({ default: 20, maximum: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  pageSize?: number;
}
