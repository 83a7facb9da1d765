import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';

export class ListTasksQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only the tasks of this nomination' })
  @IsOptional()
  @IsUUID('4', { message: 'nominationId must be a UUID (version 4)' })
  nominationId?: string;
}
