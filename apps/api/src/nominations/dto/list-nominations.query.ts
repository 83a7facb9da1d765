import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { NOMINATION_STAGES, NOMINATION_STATUSES, type NominationStage, type NominationStatus } from '#domain';

export class ListNominationsQuery {
  @ApiPropertyOptional({ example: 'SK-2016-2018' }) @IsOptional() @IsString() @MaxLength(40) cycle?: string;
  @ApiPropertyOptional({ example: 'BQLDA-DTXD' }) @IsOptional() @IsString() @MaxLength(40) unit?: string;
  @ApiPropertyOptional({ example: 'KHOI-VI' }) @IsOptional() @IsString() @MaxLength(40) block?: string;
  @ApiPropertyOptional({ enum: NOMINATION_STAGES }) @IsOptional() @IsIn(NOMINATION_STAGES) stage?: NominationStage;
  @ApiPropertyOptional({ enum: NOMINATION_STATUSES }) @IsOptional() @IsIn(NOMINATION_STATUSES) status?: NominationStatus;

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
