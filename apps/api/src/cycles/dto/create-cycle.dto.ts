import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { APPROVAL_RULES, type ApprovalRule } from '#domain';
import { IsInstant, Trim } from '../../common/validators.js';

const instant = IsInstant;

export class CreateCycleDto {
  @ApiProperty({ example: 'SK-2016-2018', description: 'Upper-case letters, digits and hyphens' })
  @Matches(/^[A-Z0-9][A-Z0-9-]{1,39}$/, { message: 'code must be 2–40 upper-case letters, digits or hyphens' })
  code: string;

  @ApiProperty({ example: 'Hội nghị sơ kết điển hình tiên tiến giai đoạn 2016–2018' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  title: string;

  @ApiProperty({ example: 'Kế hoạch số 02/KH-BTNMT ngày 26/03/2018' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  planReference: string;

  @ApiProperty({ example: '2015-12-31T17:00:00Z' }) @instant('periodFrom') periodFrom: string;
  @ApiProperty({ example: '2018-03-31T17:00:00Z' }) @instant('periodTo') periodTo: string;
  @ApiProperty({ example: '2018-04-28T17:00:00Z', description: '"Trước ngày 29/4/2018": before 29/04/2018 00:00 Hanoi time' })
  @instant('submissionCutoff')
  submissionCutoff: string;
  @ApiProperty({ example: '2018-05-09T17:00:00Z' }) @instant('blockReviewTarget') blockReviewTarget: string;
  @ApiProperty({ example: '2018-05-19T17:00:00Z' }) @instant('councilVoteTarget') councilVoteTarget: string;
  @ApiProperty({ example: '2018-05-29T17:00:00Z' }) @instant('decisionTarget') decisionTarget: string;
  @ApiProperty({ example: '2018-06-08T01:00:00Z' }) @instant('conferenceDate') conferenceDate: string;

  @ApiProperty({ example: 70, description: 'How many are honoured on stage' })
  @IsInt()
  @Min(1)
  @Max(10000)
  quota: number;

  @ApiPropertyOptional({ enum: APPROVAL_RULES, default: 'MAJORITY_OF_MEMBERS' })
  @IsOptional()
  @IsIn(APPROVAL_RULES)
  approvalRule?: ApprovalRule;

  @ApiPropertyOptional({ example: 2, description: 'Change requests allowed before one more rejects' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(5)
  maxChangeRounds?: number;

  @ApiPropertyOptional({ example: 10, description: 'Days a unit has to resubmit' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(90)
  revisionDays?: number;

  @ApiPropertyOptional({ example: 'QĐ-BTNMT', description: 'Decision-number suffix (the ministry is renamed in 2025)' })
  @IsOptional()
  @Matches(/^[\p{L}\p{N}.-]{2,20}$/u, { message: 'decisionSuffix must be 2–20 letters, digits, dots or hyphens' })
  decisionSuffix?: string;
}
