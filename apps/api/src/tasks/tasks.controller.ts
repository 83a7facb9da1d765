import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiExtraModels, ApiOkResponse, ApiTags, getSchemaPath } from '@nestjs/swagger';
import type { Actor, NominationView, ProposalView, SessionView } from '#domain';
import { CouncilSessionResponse } from '../council/council-session.response.js';
import { ProposalResponse } from '../council/proposal.response.js';
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
  @ApiExtraModels(NominationViewResponse, CouncilSessionResponse, ProposalResponse)
  @ApiOkResponse({
    description: 'The nomination; for a session ballot the session, for a decision on a proposal the proposal',
    schema: { oneOf: [NominationViewResponse, CouncilSessionResponse, ProposalResponse].map((c) => ({ $ref: getSchemaPath(c) })) },
  })
  complete(
    @Param('id', uuidParam()) id: string,
    @Body() body: CompleteTaskDto,
    @CurrentActor() actor: Actor,
  ): Promise<NominationView | SessionView | ProposalView> {
    return this.completeTaskUseCase.execute({ taskId: id, decision: body, actor });
  }
}
