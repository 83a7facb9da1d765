import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  APPROVAL_RULES,
  AWARD_TITLES,
  RECUSAL_COUNTINGS,
  type ApprovalRule,
  type EligibilityStandard,
  type RecusalCounting,
  type SpreadRules,
} from '#domain';
import { IsInstant, Trim } from '../../common/validators.js';

const instant = IsInstant;

export class EligibilityStandardDto implements EligibilityStandard {
  @ApiProperty({
    type: [String],
    example: ['CHIEN_SI_THI_DUA_CO_SO'],
    description: 'Codes of the award catalogue (GET /award-history/titles); a year with any one of them counts',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsIn(AWARD_TITLES.map((t) => t.code), { each: true })
  titles: string[];

  @ApiProperty({ example: 2, minimum: 1, maximum: 30, description: 'At least this many years in a row with a counting title' })
  @IsInt()
  @Min(1)
  @Max(30)
  consecutiveYears: number;

  @ApiProperty({ example: 2017, description: 'The last year whose titles count; the run must reach it' })
  @IsInt()
  @Min(1945)
  @Max(2100)
  periodEndYear: number;

  @ApiProperty({
    enum: ['REFUSE', 'FLAG'],
    description: 'A nominee the history shows short of it: refused at submission, or accepted and flagged',
  })
  @IsIn(['REFUSE', 'FLAG'])
  onIneligible: 'REFUSE' | 'FLAG';
}

export class SpreadRulesDto implements SpreadRules {
  @ApiPropertyOptional({ example: 0.3, description: 'No block holds more than this share of the quota on the proposal' })
  @IsOptional()
  @IsNumber()
  @Min(0.01)
  @Max(1)
  maxBlockShare?: number;

  @ApiPropertyOptional({ example: 5, description: 'At least this many collectives on the proposal (if that many passed)' })
  @IsOptional()
  @IsInt()
  @Min(0)
  minCollectives?: number;

  @ApiPropertyOptional({ example: 3, description: 'At least this many from remote, border and island areas' })
  @IsOptional()
  @IsInt()
  @Min(0)
  minRemoteArea?: number;
}

export const COUNCIL_PROCESSES = ['SESSIONS', 'PER_NOMINATION'] as const;

export class RequiredDocumentDto {
  @ApiProperty({ example: 'ACHIEVEMENT_REPORT', description: 'A stable kind, upper case (the upload names it)' })
  @Trim()
  @Matches(/^[A-Z][A-Z0-9_]{1,59}$/, { message: 'kind must be upper-case letters, digits and underscores' })
  kind: string;

  @ApiProperty({ example: 'Báo cáo thành tích' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  title: string;
}

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

  @ApiPropertyOptional({
    enum: COUNCIL_PROCESSES,
    default: 'SESSIONS',
    description:
      'SESSIONS: the council votes in sessions on a list and the minister signs one decision for it; PER_NOMINATION: the process of cycles created before sessions (a vote and a decision per nomination)',
  })
  @IsOptional()
  @IsIn(COUNCIL_PROCESSES)
  councilProcess?: (typeof COUNCIL_PROCESSES)[number];

  @ApiPropertyOptional({
    enum: RECUSAL_COUNTINGS,
    default: 'AS_NOT_AGREEING',
    description: 'How a recused member counts toward the threshold',
  })
  @IsOptional()
  @IsIn(RECUSAL_COUNTINGS)
  recusalCounting?: RecusalCounting;

  @ApiPropertyOptional({ type: SpreadRulesDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => SpreadRulesDto)
  spreadRules?: SpreadRulesDto;

  @ApiPropertyOptional({
    type: [RequiredDocumentDto],
    description: 'Documents every dossier must have (an uploaded file of each kind) to be submitted; none by default',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => RequiredDocumentDto)
  requiredDocuments?: RequiredDocumentDto[];

  @ApiPropertyOptional({
    type: EligibilityStandardDto,
    description: 'What the award history must show of a nominee at submission; none by default (nothing checked)',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => EligibilityStandardDto)
  eligibility?: EligibilityStandardDto;
}
