import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString } from 'class-validator';

/** Whose history: an individual by full name and date of birth, or a collective by its name and unit (checked by the use case, in Vietnamese). */
export class AwardHistoryQuery {
  @ApiProperty({ example: 'Nguyễn Văn Hùng', description: 'Compared without regard to case, spacing or Unicode form' })
  @IsOptional()
  @IsString()
  fullName?: string;

  @ApiPropertyOptional({ example: '1980-09-05', description: 'yyyy-MM-dd: an individual' })
  @IsOptional()
  @IsString()
  dateOfBirth?: string;

  @ApiPropertyOptional({ example: 'BQLDA-DTXD', description: 'A collective’s unit (when no date of birth is given)' })
  @IsOptional()
  @IsString()
  unitCode?: string;
}
