import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  assigneeLabel,
  canActOn,
  formatHanoiDateTime,
  TASK_TYPE_LABELS,
  taskDecisionProblems,
  TaskType,
  type Actor,
  type BallotChoice,
  type NominationView,
  type TaskAssignee,
} from '#domain';
import { ballotKey, NominationRow, sealBallot, TaskRow } from '#persistence';
import { APP_CONFIG, type AppConfig } from '#config';
import { blockReviewUpdate, castBallotUpdate, ministerDecisionUpdate, resubmitUpdate } from '#workflows';
import type { DataSource } from 'typeorm';
import { ApiError, invalidFields } from '../../common/api-error.js';
import { taskNotFound } from '../../common/not-found.js';
import { WorkflowGateway } from '../../common/workflow-gateway.js';
import type { CompleteTaskDto } from '../dto/complete-task.dto.js';
import { readableNomination } from '../../nominations/nomination.response.js';
import { DecideListUseCase } from '../../council/use-cases/decide-list.use-case.js';
import { PutBallotUseCase } from '../../council/use-cases/put-ballot.use-case.js';
import { GetSessionUseCase } from '../../council/use-cases/session-reads.use-case.js';
import type { ProposalView, SessionView } from '#domain';

export interface CompleteTaskCommand {
  taskId: string;
  decision: CompleteTaskDto;
  actor: Actor;
}

/** Completes a task: the decision goes to the nomination's workflow as an update and comes back as its new state. */
@Injectable()
export class CompleteTaskUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly workflows: WorkflowGateway,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sessions: GetSessionUseCase,
    private readonly ballots: PutBallotUseCase,
    private readonly lists: DecideListUseCase,
  ) {}

  async execute({ taskId, decision: dto, actor }: CompleteTaskCommand): Promise<NominationView | SessionView | ProposalView> {
    const task = await this.dataSource.getRepository(TaskRow).findOne({ where: { id: taskId } });
    if (!task) throw taskNotFound(taskId);
    const type = task.type as TaskType;
    if (task.status !== 'OPEN') {
      const closed = task.closedAt ? ` (${task.closedBy}, ${formatHanoiDateTime(task.closedAt)})` : '';
      throw new ApiError(
        HttpStatus.CONFLICT,
        'TASK_NOT_OPEN',
        `Nhiệm vụ ${TASK_TYPE_LABELS[type]} này ${task.status === 'DONE' ? 'đã được thực hiện' : 'đã bị huỷ'}${closed}.`,
      );
    }
    const assignee = { kind: task.assigneeKind, ref: task.assigneeRef } as TaskAssignee;
    if (!canActOn(assignee, actor)) {
      throw new ApiError(
        HttpStatus.FORBIDDEN,
        'NOT_ASSIGNEE',
        `Chỉ ${assigneeLabel(assignee)} mới được thực hiện nhiệm vụ ${TASK_TYPE_LABELS[type]} này.`,
      );
    }
    // A council session's ballot: the whole agenda on one sheet, into the ballot box.
    if (task.sessionId) {
      const session = await this.sessions.execute(task.sessionId);
      if (!dto.choices) throw invalidFields([{ field: 'choices', code: 'required', message: 'Cần chọn cho từng hồ sơ trên phiếu bầu' }]);
      return this.ballots.execute({ session, member: actor.username, via: 'BALLOT', choices: dto.choices, actor });
    }
    // The minister's decision on the standing office's proposal: one decision for the list.
    if (task.proposalId) return this.lists.execute({ proposalId: task.proposalId, body: dto, actor });

    if (!dto.decision) throw invalidFields([{ field: 'decision', code: 'required', message: 'Cần chọn quyết định' }]);
    const problems = taskDecisionProblems(type, { ...dto, decision: dto.decision });
    if (problems.length) throw invalidFields(problems);

    const { workflowId } = (
      await this.dataSource.getRepository(NominationRow).findOneOrFail({ where: { id: task.nominationId as string } })
    ).view;
    const base = { taskId, actor };
    switch (type) {
      case TaskType.BLOCK_REVIEW:
        return this.workflows
          .update(workflowId, blockReviewUpdate, [
            {
              ...base,
              decision: dto.decision as 'ENDORSE' | 'REQUEST_CHANGES' | 'REJECT',
              score: dto.score,
              reason: dto.reason,
              ...(dto.fields && { fields: dto.fields }),
              ...(dto.documents && { documents: dto.documents }),
            },
          ])
          .then(readableNomination);
      case TaskType.REVISION:
        return this.workflows.update(workflowId, resubmitUpdate, [{ ...base, changes: dto.changes ?? '' }]).then(readableNomination);
      case TaskType.COUNCIL_BALLOT:
        return this.workflows
          .update(workflowId, castBallotUpdate, [
            // Sealed here: the choice never appears in Temporal in the clear.
            { ...base, sealedChoice: sealBallot(dto.decision as BallotChoice, ballotKey(this.config.ballotKey)) },
          ])
          .then(readableNomination);
      case TaskType.MINISTER_DECISION:
        return this.workflows
          .update(workflowId, ministerDecisionUpdate, [{ ...base, decision: dto.decision as 'APPROVE' | 'REJECT', reason: dto.reason }])
          .then(readableNomination);
      default: {
        const unknown: never = type;
        throw new Error(`Unknown task type ${String(unknown)}`);
      }
    }
  }
}
