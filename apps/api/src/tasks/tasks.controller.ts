import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Actor, NominationView } from '#domain';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { uuidParam } from '../common/validators.js';
import { CompleteTaskDto } from './dto/complete-task.dto.js';
import { CompleteTaskUseCase } from './use-cases/complete-task.use-case.js';
import { ListMyTasksUseCase, type TaskResponse } from './use-cases/list-my-tasks.use-case.js';

@ApiTags('tasks')
@ApiBearerAuth()
@Controller('tasks')
export class TasksController {
  constructor(
    private readonly listMyTasksUseCase: ListMyTasksUseCase,
    private readonly completeTaskUseCase: CompleteTaskUseCase,
  ) {}

  /** The approval tasks waiting for the caller, soonest due first. */
  @Get()
  open(@CurrentActor() actor: Actor): Promise<TaskResponse[]> {
    return this.listMyTasksUseCase.execute(actor);
  }

  /** Completes a task with a decision; answers with the nomination's new state (409 if already done). */
  @Post(':id/complete')
  @HttpCode(200)
  complete(@Param('id', uuidParam()) id: string, @Body() body: CompleteTaskDto, @CurrentActor() actor: Actor): Promise<NominationView> {
    return this.completeTaskUseCase.execute({ taskId: id, decision: body, actor });
  }
}
