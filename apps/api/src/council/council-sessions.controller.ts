import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, type StreamableFile } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { Role, type Actor, type SessionMember, type SessionView } from '#domain';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { Roles } from '../auth/roles.decorator.js';
import { ApiDocument, documentFile, DocumentQuery } from '../common/document-file.js';
import { CycleCodePipe, uuidParam } from '../common/validators.js';
import { CouncilCandidateResponse, CouncilSessionResponse, SessionMemberResponse } from './council-session.response.js';
import { ComposeSessionDto, DeclareConflictDto, EditAgendaDto, NameCouncilDto, WrittenOpinionDto } from './dto/council-session.dto.js';
import { ComposeSessionUseCase } from './use-cases/compose-session.use-case.js';
import { CycleCouncilUseCase } from './use-cases/cycle-council.use-case.js';
import { MINUTES_READERS, SessionMinutesUseCase } from './use-cases/session-minutes.use-case.js';
import { GetSessionUseCase, ListSessionsUseCase } from './use-cases/session-reads.use-case.js';
import { CloseSessionUseCase, DeclareConflictUseCase, EditAgendaUseCase, OpenSessionUseCase } from './use-cases/session-steps.use-case.js';
import { RecordWrittenOpinionUseCase } from './use-cases/written-opinion.use-case.js';

const uuid = uuidParam();

/** The council's sessions: composed and opened by the standing office, voted on by the cycle's council. */
@ApiTags('council')
@ApiBearerAuth()
@Controller()
export class CouncilSessionsController {
  constructor(
    private readonly composeSessionUseCase: ComposeSessionUseCase,
    private readonly getSessionUseCase: GetSessionUseCase,
    private readonly listSessionsUseCase: ListSessionsUseCase,
    private readonly openSessionUseCase: OpenSessionUseCase,
    private readonly closeSessionUseCase: CloseSessionUseCase,
    private readonly editAgendaUseCase: EditAgendaUseCase,
    private readonly declareConflictUseCase: DeclareConflictUseCase,
    private readonly recordWrittenOpinionUseCase: RecordWrittenOpinionUseCase,
    private readonly cycleCouncilUseCase: CycleCouncilUseCase,
    private readonly sessionMinutesUseCase: SessionMinutesUseCase,
  ) {}

  @Post('cycles/:code/council-sessions')
  @Roles(Role.STANDING_OFFICE)
  @ApiCreatedResponse({ type: CouncilSessionResponse })
  compose(@Param('code', CycleCodePipe) code: string, @Body() body: ComposeSessionDto, @CurrentActor() actor: Actor): Promise<SessionView> {
    return this.composeSessionUseCase.execute({ cycleCode: code, body, actor });
  }

  @Get('cycles/:code/council-sessions')
  @ApiOkResponse({ type: [CouncilSessionResponse] })
  list(@Param('code', CycleCodePipe) code: string): Promise<SessionView[]> {
    return this.listSessionsUseCase.execute(code);
  }

  @Get('cycles/:code/council')
  @ApiOkResponse({ type: [SessionMemberResponse] })
  council(@Param('code', CycleCodePipe) code: string): Promise<SessionMember[]> {
    return this.cycleCouncilUseCase.get(code);
  }

  /** Who the standing office may name to the cycle's council: everyone with the council member role. */
  @Get('cycles/:code/council/candidates')
  @Roles(Role.STANDING_OFFICE, Role.ADMIN)
  @ApiOkResponse({ type: [CouncilCandidateResponse] })
  @ApiForbiddenResponse({ description: 'FORBIDDEN_ROLE: only the standing office and the admin name the council' })
  @ApiNotFoundResponse({ description: 'CYCLE_NOT_FOUND' })
  councilCandidates(@Param('code', CycleCodePipe) code: string): Promise<CouncilCandidateResponse[]> {
    return this.cycleCouncilUseCase.candidates(code);
  }

  @Put('cycles/:code/council')
  @Roles(Role.STANDING_OFFICE, Role.ADMIN)
  @ApiOkResponse({ type: [SessionMemberResponse] })
  nameCouncil(@Param('code', CycleCodePipe) code: string, @Body() body: NameCouncilDto): Promise<SessionMember[]> {
    return this.cycleCouncilUseCase.name(code, body);
  }

  @Get('council-sessions/:id')
  @ApiOkResponse({ type: CouncilSessionResponse })
  get(@Param('id', uuid) id: string): Promise<SessionView> {
    return this.getSessionUseCase.execute(id);
  }

  /** The vote-count minutes of a session that has ended: the counts after a quorate close, none without quorum. */
  @Get('council-sessions/:id/minutes')
  @Roles(...MINUTES_READERS)
  @ApiDocument('The vote-count minutes (biên bản kiểm phiếu)', 'SESSION_NOT_FOUND')
  @ApiForbiddenResponse({ description: 'FORBIDDEN_ROLE, or NOT_COUNCIL_MEMBER for a council member not on the cycle’s council' })
  @ApiConflictResponse({ description: 'SESSION_NOT_CLOSED: the session is a draft or still voting' })
  async minutes(@Param('id', uuid) id: string, @Query() query: DocumentQuery, @CurrentActor() actor: Actor): Promise<StreamableFile> {
    return documentFile(await this.sessionMinutesUseCase.execute({ sessionId: id, actor }), query.format);
  }

  @Post('council-sessions/:id/agenda')
  @HttpCode(200)
  @Roles(Role.STANDING_OFFICE)
  @ApiOkResponse({ type: CouncilSessionResponse })
  editAgenda(@Param('id', uuid) id: string, @Body() body: EditAgendaDto, @CurrentActor() actor: Actor): Promise<SessionView> {
    return this.editAgendaUseCase.execute({ sessionId: id, body, actor });
  }

  @Post('council-sessions/:id/open')
  @HttpCode(200)
  @Roles(Role.STANDING_OFFICE)
  @ApiOkResponse({ type: CouncilSessionResponse })
  open(@Param('id', uuid) id: string, @CurrentActor() actor: Actor): Promise<SessionView> {
    return this.openSessionUseCase.execute({ sessionId: id, actor });
  }

  @Post('council-sessions/:id/close')
  @HttpCode(200)
  @Roles(Role.STANDING_OFFICE)
  @ApiOkResponse({ type: CouncilSessionResponse })
  close(@Param('id', uuid) id: string, @CurrentActor() actor: Actor): Promise<SessionView> {
    return this.closeSessionUseCase.execute({ sessionId: id, actor });
  }

  @Post('council-sessions/:id/conflicts')
  @HttpCode(200)
  @Roles(Role.COUNCIL_MEMBER)
  @ApiOkResponse({ type: CouncilSessionResponse })
  declareConflict(@Param('id', uuid) id: string, @Body() body: DeclareConflictDto, @CurrentActor() actor: Actor): Promise<SessionView> {
    return this.declareConflictUseCase.execute({ sessionId: id, body, actor });
  }

  @Post('council-sessions/:id/written-opinions')
  @HttpCode(200)
  @Roles(Role.STANDING_OFFICE)
  @ApiOkResponse({ type: CouncilSessionResponse })
  writtenOpinion(@Param('id', uuid) id: string, @Body() body: WrittenOpinionDto, @CurrentActor() actor: Actor): Promise<SessionView> {
    return this.recordWrittenOpinionUseCase.execute({ sessionId: id, body, actor });
  }
}
