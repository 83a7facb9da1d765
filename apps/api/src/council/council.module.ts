import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CycleEntity } from '#persistence';
import { WorkflowGatewayModule } from '../common/workflow-gateway.js';
import { GetCycleUseCase } from '../cycles/use-cases/get-cycle.use-case.js';
import { CouncilSessionsController } from './council-sessions.controller.js';
import { ProposalsController } from './proposals.controller.js';
import { ComposeSessionUseCase } from './use-cases/compose-session.use-case.js';
import { CycleCouncilUseCase } from './use-cases/cycle-council.use-case.js';
import { DecideListUseCase } from './use-cases/decide-list.use-case.js';
import { DecisionDocumentUseCase } from './use-cases/decision-document.use-case.js';
import { ProposalDraftUseCase } from './use-cases/proposal-draft.use-case.js';
import { GetDecisionUseCase, GetProposalUseCase, ListProposalsUseCase } from './use-cases/proposal-reads.use-case.js';
import { PutBallotUseCase } from './use-cases/put-ballot.use-case.js';
import { SessionMinutesUseCase } from './use-cases/session-minutes.use-case.js';
import { GetSessionUseCase, ListSessionsUseCase } from './use-cases/session-reads.use-case.js';
import { CloseSessionUseCase, DeclareConflictUseCase, EditAgendaUseCase, OpenSessionUseCase } from './use-cases/session-steps.use-case.js';
import { SubmitProposalUseCase } from './use-cases/submit-proposal.use-case.js';
import { RecordWrittenOpinionUseCase } from './use-cases/written-opinion.use-case.js';

/** Council sessions, the standing office's proposals and the minister's one decision for the list. */
@Module({
  imports: [WorkflowGatewayModule, TypeOrmModule.forFeature([CycleEntity])],
  controllers: [CouncilSessionsController, ProposalsController],
  providers: [
    GetCycleUseCase,
    ComposeSessionUseCase,
    GetSessionUseCase,
    ListSessionsUseCase,
    OpenSessionUseCase,
    CloseSessionUseCase,
    EditAgendaUseCase,
    DeclareConflictUseCase,
    RecordWrittenOpinionUseCase,
    PutBallotUseCase,
    CycleCouncilUseCase,
    ProposalDraftUseCase,
    SubmitProposalUseCase,
    GetProposalUseCase,
    ListProposalsUseCase,
    GetDecisionUseCase,
    DecideListUseCase,
    SessionMinutesUseCase,
    DecisionDocumentUseCase,
  ],
  exports: [GetSessionUseCase, PutBallotUseCase, DecideListUseCase, GetProposalUseCase],
})
export class CouncilModule {}
