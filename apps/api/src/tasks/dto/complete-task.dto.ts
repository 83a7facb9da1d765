import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { TASK_DECISIONS, type TaskDecision } from '#domain';

export class CompleteTaskDto {
  @ApiProperty({
    enum: TASK_DECISIONS,
    description:
      'BLOCK_REVIEW: ENDORSE (score), REQUEST_CHANGES (reason), REJECT (reason); REVISION: RESUBMIT (changes); ' +
      'COUNCIL_BALLOT: AGREE, DISAGREE, ABSTAIN; MINISTER_DECISION: APPROVE, REJECT (reason)',
  })
  @IsIn(TASK_DECISIONS)
  decision: TaskDecision;

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

  @ApiPropertyOptional({ example: 'Đã bổ sung biên bản họp bình xét' })
  @IsOptional()
  @IsString()
  @MaxLength(20000)
  changes?: string;
}
