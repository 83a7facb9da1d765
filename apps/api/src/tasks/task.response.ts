import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { NOMINATION_STAGES, TASK_TYPES, type NominationStage, type TaskType } from '#domain';

/** What an inbox shows of the nomination a task is about. */
@ApiSchema({ name: 'TaskNomination' })
export class TaskNominationResponse {
  @ApiProperty({ example: 'SK-2016-2018' }) cycleCode: string;
  @ApiProperty({ example: 'Hội nghị sơ kết điển hình tiên tiến giai đoạn 2016–2018' }) cycleTitle: string;
  @ApiProperty({ example: 'BQLDA-DTXD' }) unitCode: string;
  @ApiProperty({ example: 'Ban Quản lý Dự án Đầu tư và Xây dựng' }) unitName: string;
  @ApiProperty({ example: 'Nguyễn Văn Hùng' }) nomineeName: string;
  @ApiProperty({ enum: NOMINATION_STAGES, enumName: 'NominationStage' }) stage: NominationStage;
}

/** An open task of the caller. */
@ApiSchema({ name: 'Task' })
export class TaskResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: TASK_TYPES, enumName: 'TaskType' }) type: TaskType;
  @ApiProperty({ format: 'uuid' }) nominationId: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) dueAt: string | null;
  @ApiProperty({ format: 'date-time' }) openedAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When the assignee was reminded of its due date' })
  remindedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When it was reported overdue to the standing office' })
  escalatedAt: string | null;
  @ApiProperty({ description: 'Its due date has passed' }) overdue: boolean;
  @ApiProperty({ description: 'Reported overdue to the standing office (escalatedAt is set)' }) escalated: boolean;
  @ApiProperty({ type: TaskNominationResponse }) nomination: TaskNominationResponse;
}
