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

/** What an inbox shows of the council session a ballot sheet belongs to. */
@ApiSchema({ name: 'TaskSession' })
export class TaskSessionResponse {
  @ApiProperty({ example: 'Phiên họp Hội đồng thi đua – khen thưởng lần thứ nhất' }) title: string;
  @ApiProperty({ format: 'date-time' }) meetingAt: string;
  @ApiProperty({ description: 'How many candidates the ballot sheet lists' }) candidates: number;
}

/** What an inbox shows of the proposal (tờ trình) waiting for the minister. */
@ApiSchema({ name: 'TaskProposal' })
export class TaskProposalResponse {
  @ApiProperty({ description: 'How many candidates it proposes' }) entries: number;
  @ApiProperty({ description: 'The cycle’s quota of exemplars' }) quota: number;
  @ApiProperty({ format: 'date-time' }) submittedAt: string;
}

/**
 * An open task of the caller. It is about one nomination (`nominationId`, `nomination`), one
 * council session (a member's ballot sheet: `sessionId`, `session`) or one proposal (the
 * minister's decision on the list: `proposalId`, `proposal`); the other two are null.
 */
@ApiSchema({ name: 'Task' })
export class TaskResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: TASK_TYPES, enumName: 'TaskType' }) type: TaskType;
  @ApiProperty({ example: 'SK-2016-2018' }) cycleCode: string;
  @ApiProperty({ example: 'Hội nghị sơ kết điển hình tiên tiến giai đoạn 2016–2018' }) cycleTitle: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) nominationId: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) sessionId: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) proposalId: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) dueAt: string | null;
  @ApiProperty({ format: 'date-time' }) openedAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When the assignee was reminded of its due date' })
  remindedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When it was reported overdue to the standing office' })
  escalatedAt: string | null;
  @ApiProperty({ description: 'Its due date has passed' }) overdue: boolean;
  @ApiProperty({ description: 'Reported overdue to the standing office (escalatedAt is set)' }) escalated: boolean;
  @ApiProperty({ type: TaskNominationResponse, nullable: true }) nomination: TaskNominationResponse | null;
  @ApiProperty({ type: TaskSessionResponse, nullable: true }) session: TaskSessionResponse | null;
  @ApiProperty({ type: TaskProposalResponse, nullable: true }) proposal: TaskProposalResponse | null;
}
