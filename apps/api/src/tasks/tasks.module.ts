import { Module } from '@nestjs/common';
import { WorkflowGatewayModule } from '../common/workflow-gateway.js';
import { CouncilModule } from '../council/council.module.js';
import { TasksController } from './tasks.controller.js';
import { CompleteTaskUseCase } from './use-cases/complete-task.use-case.js';
import { ListMyTasksUseCase } from './use-cases/list-my-tasks.use-case.js';

@Module({
  imports: [WorkflowGatewayModule, CouncilModule],
  controllers: [TasksController],
  providers: [ListMyTasksUseCase, CompleteTaskUseCase],
})
export class TasksModule {}
