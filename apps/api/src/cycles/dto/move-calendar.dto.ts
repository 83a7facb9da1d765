import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsInstant, Trim } from '../../common/validators.js';

/** Lùi thời hạn: the dates to move (any of them), and why. */
export class MoveCalendarDto {
  @ApiPropertyOptional({ example: '2020-06-30T17:00:00Z' }) @IsOptional() @IsInstant('submissionCutoff') submissionCutoff?: string;
  @ApiPropertyOptional({ example: '2020-08-14T17:00:00Z' }) @IsOptional() @IsInstant('blockReviewTarget') blockReviewTarget?: string;
  @ApiPropertyOptional({ example: '2020-09-14T17:00:00Z' }) @IsOptional() @IsInstant('councilVoteTarget') councilVoteTarget?: string;
  @ApiPropertyOptional({ example: '2020-09-29T17:00:00Z' }) @IsOptional() @IsInstant('decisionTarget') decisionTarget?: string;
  @ApiPropertyOptional({ example: '2020-10-20T01:00:00Z' }) @IsOptional() @IsInstant('conferenceDate') conferenceDate?: string;

  @ApiProperty({ example: 'Dịch COVID-19: thực hiện Chỉ thị của Thủ tướng Chính phủ, lùi Đại hội sang tháng 10/2020' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason: string;

  @ApiPropertyOptional({ description: 'Required to move a cutoff that has already passed: reopens submissions' })
  @IsOptional()
  @IsBoolean()
  reopen?: boolean;
}
