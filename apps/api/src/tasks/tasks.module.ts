import { Module } from '@nestjs/common';
import { TemporalClientModule } from '#temporal';
import { TasksController } from './tasks.controller.js';
import { TasksService } from './tasks.service.js';

@Module({
  imports: [TemporalClientModule],
  controllers: [TasksController],
  providers: [TasksService],
})
export class TasksModule {}
