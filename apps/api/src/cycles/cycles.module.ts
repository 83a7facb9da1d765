import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CycleEntity } from '#persistence';
import { WorkflowGatewayModule } from '../common/workflow-gateway.js';
import { CyclesController } from './cycles.controller.js';
import { CreateCycleUseCase } from './use-cases/create-cycle.use-case.js';
import { CycleEventsUseCase } from './use-cases/cycle-events.use-case.js';
import { CycleSummaryUseCase } from './use-cases/cycle-summary.use-case.js';
import { GetCycleUseCase } from './use-cases/get-cycle.use-case.js';
import { HoldConferenceUseCase } from './use-cases/hold-conference.use-case.js';
import { HonourListUseCase } from './use-cases/honour-list.use-case.js';
import { ListCyclesUseCase } from './use-cases/list-cycles.use-case.js';
import { MissingUnitsUseCase } from './use-cases/missing-units.use-case.js';
import { MoveCalendarUseCase } from './use-cases/move-calendar.use-case.js';

@Module({
  imports: [TypeOrmModule.forFeature([CycleEntity]), WorkflowGatewayModule],
  controllers: [CyclesController],
  providers: [
    CreateCycleUseCase,
    ListCyclesUseCase,
    GetCycleUseCase,
    HoldConferenceUseCase,
    MoveCalendarUseCase,
    CycleEventsUseCase,
    CycleSummaryUseCase,
    MissingUnitsUseCase,
    HonourListUseCase,
  ],
  exports: [GetCycleUseCase],
})
export class CyclesModule {}
