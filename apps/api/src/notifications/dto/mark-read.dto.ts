import { ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsOptional, Matches } from 'class-validator';

export class MarkNotificationsReadDto {
  @ApiPropertyOptional({ type: [String], example: ['42', '43'], description: 'The notices to mark read; absent: all of the caller’s' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(1000)
  @Matches(/^[1-9]\d{0,17}$/, { each: true, message: 'each value in ids must be a notification id (digits)' })
  ids?: string[];
}
