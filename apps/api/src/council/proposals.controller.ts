import { Body, Controller, Get, Param, Post, Query, type StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Role, type Actor, type ProposalView } from '#domain';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { Roles } from '../auth/roles.decorator.js';
import { ApiDocument, documentFile, DocumentQuery } from '../common/document-file.js';
import { CycleCodePipe, uuidParam } from '../common/validators.js';
import { SubmitProposalDto } from './dto/council-session.dto.js';
import { DecisionResponse, ProposalDraftResponse, ProposalResponse } from './proposal.response.js';
import { DecisionDocumentUseCase } from './use-cases/decision-document.use-case.js';
import { ProposalDraftUseCase } from './use-cases/proposal-draft.use-case.js';
import { GetDecisionUseCase, GetProposalUseCase, ListProposalsUseCase } from './use-cases/proposal-reads.use-case.js';
import { SubmitProposalUseCase } from './use-cases/submit-proposal.use-case.js';

const uuid = uuidParam();

/** The standing office's proposal to the minister, and the one decision that answers it. */
@ApiTags('council')
@ApiBearerAuth()
@Controller()
export class ProposalsController {
  constructor(
    private readonly proposalDraftUseCase: ProposalDraftUseCase,
    private readonly submitProposalUseCase: SubmitProposalUseCase,
    private readonly getProposalUseCase: GetProposalUseCase,
    private readonly listProposalsUseCase: ListProposalsUseCase,
    private readonly getDecisionUseCase: GetDecisionUseCase,
    private readonly decisionDocumentUseCase: DecisionDocumentUseCase,
  ) {}

  /** The ranked list the engine suggests: council support, then block score, then the cycle's spread rules, cut at the quota. */
  @Get('cycles/:code/proposals/draft')
  @ApiOkResponse({ type: ProposalDraftResponse })
  draft(@Param('code', CycleCodePipe) code: string): Promise<ProposalDraftResponse> {
    return this.proposalDraftUseCase.execute(code);
  }

  @Post('cycles/:code/proposals')
  @Roles(Role.STANDING_OFFICE)
  @ApiCreatedResponse({ type: ProposalResponse })
  submit(@Param('code', CycleCodePipe) code: string, @Body() body: SubmitProposalDto, @CurrentActor() actor: Actor): Promise<ProposalView> {
    return this.submitProposalUseCase.execute({ cycleCode: code, body, actor });
  }

  @Get('cycles/:code/proposals')
  @ApiOkResponse({ type: [ProposalResponse] })
  list(@Param('code', CycleCodePipe) code: string): Promise<ProposalView[]> {
    return this.listProposalsUseCase.execute(code);
  }

  @Get('proposals/:id')
  @ApiOkResponse({ type: ProposalResponse })
  get(@Param('id', uuid) id: string): Promise<ProposalView> {
    return this.getProposalUseCase.execute(id);
  }

  @Get('decisions/:id')
  @ApiOkResponse({ type: DecisionResponse })
  decision(@Param('id', uuid) id: string): Promise<DecisionResponse> {
    return this.getDecisionUseCase.execute(id);
  }

  /** The decision as issued, with its annexed list: a published document, for anyone signed in. */
  @Get('decisions/:id/document')
  @ApiDocument('The decision (quyết định) recognising the advanced exemplars, with its annexed list', 'DECISION_NOT_FOUND')
  async decisionDocument(@Param('id', uuid) id: string, @Query() query: DocumentQuery): Promise<StreamableFile> {
    return documentFile(await this.decisionDocumentUseCase.execute(id), query.format);
  }
}
