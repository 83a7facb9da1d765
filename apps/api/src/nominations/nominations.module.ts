import { Module } from '@nestjs/common';
import { WorkflowGatewayModule } from '../common/workflow-gateway.js';
import { NominationsController } from './nominations.controller.js';
import { CloseCouncilVoteUseCase } from './use-cases/close-council-vote.use-case.js';
import { EditNominationUseCase } from './use-cases/edit-nomination.use-case.js';
import { NominationChangesUseCase } from './use-cases/nomination-changes.use-case.js';
import { ReturnForChangesUseCase } from './use-cases/return-for-changes.use-case.js';
import { SubmitDraftUseCase } from './use-cases/submit-draft.use-case.js';
import { GetNominationUseCase } from './use-cases/get-nomination.use-case.js';
import { ListNominationsUseCase } from './use-cases/list-nominations.use-case.js';
import { NominationEventsUseCase } from './use-cases/nomination-events.use-case.js';
import { NominationTimelineUseCase } from './use-cases/nomination-timeline.use-case.js';
import { RevokeNominationUseCase } from './use-cases/revoke-nomination.use-case.js';
import { SubmitNominationUseCase } from './use-cases/submit-nomination.use-case.js';
import { WithdrawNominationUseCase } from './use-cases/withdraw-nomination.use-case.js';

@Module({
  imports: [WorkflowGatewayModule],
  controllers: [NominationsController],
  providers: [
    SubmitNominationUseCase,
    ListNominationsUseCase,
    GetNominationUseCase,
    NominationEventsUseCase,
    WithdrawNominationUseCase,
    RevokeNominationUseCase,
    CloseCouncilVoteUseCase,
    NominationTimelineUseCase,
    EditNominationUseCase,
    SubmitDraftUseCase,
    ReturnForChangesUseCase,
    NominationChangesUseCase,
  ],
  exports: [GetNominationUseCase],
})
export class NominationsModule {}
