import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor, NominationView } from '#domain';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { uuidParam } from '../common/validators.js';
import { NominationViewResponse } from '../nominations/nomination.response.js';
import { CompleteTaskDto } from './dto/complete-task.dto.js';
import { ListTasksQuery } from './dto/list-tasks.query.js';
import { TaskResponse } from './task.response.js';
import { CompleteTaskUseCase } from './use-cases/complete-task.use-case.js';
import { ListMyTasksUseCase } from './use-cases/list-my-tasks.use-case.js';

@ApiTags('tasks')
@ApiBearerAuth()
@Controller('tasks')
export class TasksController {
  constructor(
    private readonly listMyTasksUseCase: ListMyTasksUseCase,
    private readonly completeTaskUseCase: CompleteTaskUseCase,
  ) {}

  /** The approval tasks waiting for the caller, soonest due first; `?nominationId=` for one nomination's. */
  @Get()
  @ApiOkResponse({ type: [TaskResponse] })
  open(@Query() query: ListTasksQuery, @CurrentActor() actor: Actor): Promise<TaskResponse[]> {
    return this.listMyTasksUseCase.execute(actor, { nominationId: query.nominationId });
  }

  /** Completes a task with a decision; answers with the nomination's new state (409 if already done). */
  @Post(':id/complete')
  @HttpCode(200)
  @ApiOkResponse({ type: NominationViewResponse })
  complete(@Param('id', uuidParam()) id: string, @Body() body: CompleteTaskDto, @CurrentActor() actor: Actor): Promise<NominationView> {
    return this.completeTaskUseCase.execute({ taskId: id, decision: body, actor });
  }
}
