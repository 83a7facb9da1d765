import { BadRequestException, ConflictException, ForbiddenException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client } from '@temporalio/client';
import {
  canActOn,
  describeAssignee,
  formatHanoiDateTime,
  hasRole,
  Role,
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
import { answerWithin, rethrowAsHttp } from '../common/workflow-errors.js';
import type { CompleteTaskDto } from './dto/complete-task.dto.js';

export interface TaskResponse {
  id: string;
  type: string;
  nominationId: string;
  dueAt: string | null;
  openedAt: string;
  /** Reminded of its due date / reported overdue to the standing office (the escalation flag). */
  remindedAt: string | null;
  escalatedAt: string | null;
  nomination: { cycleCode: string; unitCode: string; nomineeName: string; stage: string };
}

@Injectable()
export class TasksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly temporal: Client,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The caller's open tasks: their unit's reviews and revisions, their ballots, the minister's decisions. */
  async openFor(actor: Actor): Promise<TaskResponse[]> {
    const rows: (TaskRow & { view: NominationView })[] = await this.dataSource
      .getRepository(TaskRow)
      .createQueryBuilder('t')
      .innerJoin(NominationRow, 'n', 'n.id = t.nominationId')
      .addSelect('n.view', 'view')
      .where('t.status = :open', { open: 'OPEN' })
      .andWhere(
        `((t.assigneeKind = 'UNIT' AND t.assigneeRef = :unit AND :isUnitOfficer)
          OR (t.assigneeKind = 'USER' AND t.assigneeRef = :username)
          OR (t.assigneeKind = 'MINISTER' AND :isMinister))`,
        {
          unit: actor.unitCode ?? '',
          isUnitOfficer: hasRole(actor, Role.UNIT_OFFICER),
          username: actor.username,
          isMinister: hasRole(actor, Role.MINISTER, Role.DEPUTY_MINISTER),
        },
      )
      .orderBy('t.dueAt', 'ASC', 'NULLS LAST')
      .addOrderBy('t.openedAt', 'ASC')
      .getRawAndEntities()
      .then(({ entities, raw }) => entities.map((t, i) => Object.assign(t, { view: raw[i].view as NominationView })));
    return rows.map((t) => ({
      id: t.id,
      type: t.type,
      nominationId: t.nominationId,
      dueAt: t.dueAt?.toISOString() ?? null,
      openedAt: t.openedAt.toISOString(),
      remindedAt: t.remindedAt?.toISOString() ?? null,
      escalatedAt: t.escalatedAt?.toISOString() ?? null,
      nomination: { cycleCode: t.view.cycleCode, unitCode: t.view.unitCode, nomineeName: t.view.nominee.fullName, stage: t.view.stage },
    }));
  }

  /** Completes a task: the decision goes to the nomination's workflow as an update and comes back as its new state. */
  async complete(taskId: string, dto: CompleteTaskDto, actor: Actor): Promise<NominationView> {
    const task = await this.dataSource.getRepository(TaskRow).findOne({ where: { id: taskId } });
    if (!task) throw new NotFoundException(`No task ${taskId}`);
    if (task.status !== 'OPEN') {
      throw new ConflictException(
        `Task ${taskId} is already ${task.status === 'DONE' ? 'done' : 'cancelled'}` +
          (task.closedAt ? ` (${task.closedBy}, ${formatHanoiDateTime(task.closedAt)})` : ''),
      );
    }
    const assignee = { kind: task.assigneeKind, ref: task.assigneeRef } as TaskAssignee;
    if (!canActOn(assignee, actor)) throw new ForbiddenException(`Only ${describeAssignee(assignee)} may complete this ${task.type} task`);
    const type = task.type as TaskType;
    const problems = taskDecisionProblems(type, dto);
    if (problems.length) throw new BadRequestException(problems);

    const view = (await this.dataSource.getRepository(NominationRow).findOneOrFail({ where: { id: task.nominationId } })).view;
    const handle = this.temporal.workflow.getHandle(view.workflowId);
    const base = { taskId, actor };
    try {
      switch (type) {
        case TaskType.BLOCK_REVIEW:
          return await answerWithin(this.temporal, () =>
            handle.executeUpdate(blockReviewUpdate, {
              args: [{ ...base, decision: dto.decision as 'ENDORSE' | 'REQUEST_CHANGES' | 'REJECT', score: dto.score, reason: dto.reason }],
            }),
          );
        case TaskType.REVISION:
          return await answerWithin(this.temporal, () =>
            handle.executeUpdate(resubmitUpdate, { args: [{ ...base, changes: dto.changes ?? '' }] }),
          );
        case TaskType.COUNCIL_BALLOT:
          return await answerWithin(this.temporal, () =>
            handle.executeUpdate(castBallotUpdate, {
              // Sealed here: the choice never appears in Temporal in the clear.
              args: [{ ...base, sealedChoice: sealBallot(dto.decision as BallotChoice, ballotKey(this.config.ballotKey)) }],
            }),
          );
        case TaskType.MINISTER_DECISION:
          return await answerWithin(this.temporal, () =>
            handle.executeUpdate(ministerDecisionUpdate, {
              args: [{ ...base, decision: dto.decision as 'APPROVE' | 'REJECT', reason: dto.reason }],
            }),
          );
        default: {
          const unknown: never = type;
          throw new Error(`Unknown task type ${String(unknown)}`);
        }
      }
    } catch (err) {
      rethrowAsHttp(err);
    }
  }
}
