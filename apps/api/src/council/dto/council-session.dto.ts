import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateNested } from 'class-validator';
import { COUNCIL_ROLES, type CouncilRole } from '#domain';
import { IsInstant, Trim } from '../../common/validators.js';
import { BallotLineDto } from '../../tasks/dto/complete-task.dto.js';

export class ComposeSessionDto {
  @ApiProperty({ example: 'Phiên họp thứ nhất xét công nhận điển hình tiên tiến giai đoạn 2016–2018' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  title: string;

  @ApiProperty({ example: '2018-05-15T02:00:00Z' })
  @IsInstant('meetingAt')
  meetingAt: string;

  @ApiPropertyOptional({ type: [String], description: 'The agenda; by default every nomination endorsed by its block and on no session' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10000)
  @IsUUID('all', { each: true })
  nominationIds?: string[];
}

export class EditAgendaDto {
  @ApiPropertyOptional({ type: [String] }) @IsOptional() @IsArray() @IsUUID('all', { each: true }) add?: string[];
  @ApiPropertyOptional({ type: [String] }) @IsOptional() @IsArray() @IsUUID('all', { each: true }) remove?: string[];
}

export class DeclareConflictDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() nominationId: string;
  @ApiProperty({ example: 'Người được đề nghị là em ruột của tôi' }) @Trim() @IsString() @IsNotEmpty() @MaxLength(2000) note: string;
}

export class WrittenOpinionDto {
  @ApiProperty({ example: 'council.7', description: 'The absent member whose letter this is' })
  @IsString()
  @IsNotEmpty()
  member: string;

  @ApiProperty({ type: [BallotLineDto] })
  @IsArray()
  @ArrayMaxSize(10000)
  @ValidateNested({ each: true })
  @Type(() => BallotLineDto)
  choices: BallotLineDto[];

  @ApiPropertyOptional({ example: 'CV-123/2018', description: 'The scanned letter (a document reference)' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  documentId?: string;
}

export class CouncilMemberDto {
  @ApiProperty({ example: 'council.1' }) @IsString() @IsNotEmpty() username: string;
  @ApiProperty({ enum: COUNCIL_ROLES, enumName: 'CouncilRole' }) @IsIn(COUNCIL_ROLES) councilRole: CouncilRole;
}

export class NameCouncilDto {
  @ApiProperty({ type: [CouncilMemberDto] })
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => CouncilMemberDto)
  members: CouncilMemberDto[];
}

export class SubmitProposalDto {
  @ApiProperty({ type: [String], description: 'In rank order' })
  @IsArray()
  @ArrayMaxSize(10000)
  @IsUUID('all', { each: true })
  nominationIds: string[];

  @ApiPropertyOptional({ description: 'Required when the list is longer than the quota' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  justification?: string;
}

export class MinutesQuery {
  @ApiPropertyOptional({ enum: ['json', 'html', 'pdf'], default: 'json' })
  @IsOptional()
  @Matches(/^(json|html|pdf)$/)
  format?: 'json' | 'html' | 'pdf';
}
