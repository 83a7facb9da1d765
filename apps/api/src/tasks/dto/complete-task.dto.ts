import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { BALLOT_CHOICES, TASK_DECISIONS, type BallotChoice, type TaskDecision } from '#domain';
import { DOCUMENT_NUMBER } from '../../common/validators.js';
import { ChangeRequestDocuments, ChangeRequestFields } from '../../common/change-targets.dto.js';

/** One line of a session's ballot sheet. */
export class BallotLineDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() nominationId: string;
  @ApiProperty({ enum: BALLOT_CHOICES, enumName: 'BallotChoice' }) @IsIn(BALLOT_CHOICES) choice: BallotChoice;
}

/** An entry the minister strikes from the proposal, with the reason. */
export class StruckEntryDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() nominationId: string;
  @ApiProperty({ example: 'Đơn vị đang bị thanh tra, chưa có kết luận' }) @IsString() @IsNotEmpty() @MaxLength(2000) reason: string;
}

export class CompleteTaskDto {
  @ApiPropertyOptional({
    enum: TASK_DECISIONS,
    description:
      'A session ballot (COUNCIL_BALLOT with a sessionId) takes `choices` instead. BLOCK_REVIEW: ENDORSE (score), REQUEST_CHANGES (reason), REJECT (reason); REVISION: RESUBMIT (changes); ' +
      'COUNCIL_BALLOT: AGREE, DISAGREE, ABSTAIN; MINISTER_DECISION: APPROVE, REJECT (reason); ' +
      'on a proposal: APPROVE (excluded?, documentNumber?), RETURN (reason)',
  })
  @IsOptional()
  @IsIn(TASK_DECISIONS)
  decision?: TaskDecision;

  @ApiPropertyOptional({ type: [BallotLineDto], description: 'A session ballot: one choice for every candidate on the agenda' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10000)
  @ValidateNested({ each: true })
  @Type(() => BallotLineDto)
  choices?: BallotLineDto[];

  @ApiPropertyOptional({ type: [StruckEntryDto], description: 'On a proposal: entries the minister strikes, a reason each' })
  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => StruckEntryDto)
  excluded?: StruckEntryDto[];

  @ApiPropertyOptional({
    example: '382/QĐ-BTNMT',
    description: 'On a proposal, when the records office numbers decisions: the number it gave',
  })
  @IsOptional()
  @IsString()
  @Matches(DOCUMENT_NUMBER, { message: 'documentNumber must look like 382/QĐ-BTNMT' })
  documentNumber?: string;

  @ApiPropertyOptional({ minimum: 0, maximum: 100, example: 92 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  score?: number;

  @ApiPropertyOptional({ example: 'Thiếu biên bản họp bình xét của đơn vị' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string;

  @ChangeRequestFields()
  fields?: string[];

  @ChangeRequestDocuments()
  documents?: string[];

  @ApiPropertyOptional({ example: 'Đã bổ sung biên bản họp bình xét' })
  @IsOptional()
  @IsString()
  @MaxLength(20000)
  changes?: string;
}
