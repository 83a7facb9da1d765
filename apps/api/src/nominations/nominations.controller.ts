import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Role, type Actor, type NominationView, type StoredEvent } from '#domain';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { uuidParam } from '../common/validators.js';
import { Roles } from '../auth/roles.decorator.js';
import type { Page } from '../common/pagination.js';
import {
  NominationChangesResponse,
  NominationEventResponse,
  NominationPageResponse,
  NominationViewResponse,
  readableNomination,
  TimelineEntryResponse,
} from './nomination.response.js';
import { NominationTimelineUseCase } from './use-cases/nomination-timeline.use-case.js';
import { ListNominationsQuery } from './dto/list-nominations.query.js';
import {
  EditNominationDto,
  ReturnForChangesDto,
  RevokeNominationDto,
  SubmitNominationDto,
  WithdrawNominationDto,
} from './dto/submit-nomination.dto.js';
import { ReturnForChangesUseCase } from './use-cases/return-for-changes.use-case.js';
import { NominationChangesUseCase, type NominationChanges } from './use-cases/nomination-changes.use-case.js';
import { CloseCouncilVoteUseCase } from './use-cases/close-council-vote.use-case.js';
import { EditNominationUseCase } from './use-cases/edit-nomination.use-case.js';
import { GetNominationUseCase } from './use-cases/get-nomination.use-case.js';
import { SubmitDraftUseCase } from './use-cases/submit-draft.use-case.js';
import { ListNominationsUseCase } from './use-cases/list-nominations.use-case.js';
import { NominationEventsUseCase } from './use-cases/nomination-events.use-case.js';
import { RevokeNominationUseCase } from './use-cases/revoke-nomination.use-case.js';
import { SubmitNominationUseCase } from './use-cases/submit-nomination.use-case.js';
import { WithdrawNominationUseCase } from './use-cases/withdraw-nomination.use-case.js';

const uuid = uuidParam();

@ApiTags('nominations')
@ApiBearerAuth()
@Controller('nominations')
export class NominationsController {
  constructor(
    private readonly submitNominationUseCase: SubmitNominationUseCase,
    private readonly listNominationsUseCase: ListNominationsUseCase,
    private readonly getNominationUseCase: GetNominationUseCase,
    private readonly nominationEventsUseCase: NominationEventsUseCase,
    private readonly withdrawNominationUseCase: WithdrawNominationUseCase,
    private readonly revokeNominationUseCase: RevokeNominationUseCase,
    private readonly closeCouncilVoteUseCase: CloseCouncilVoteUseCase,
    private readonly nominationTimelineUseCase: NominationTimelineUseCase,
    private readonly editNominationUseCase: EditNominationUseCase,
    private readonly submitDraftUseCase: SubmitDraftUseCase,
    private readonly returnForChangesUseCase: ReturnForChangesUseCase,
    private readonly nominationChangesUseCase: NominationChangesUseCase,
  ) {}

  /** A unit submits a dossier for one nominee; it goes to its block for review. */
  @Post()
  @Roles(Role.UNIT_OFFICER)
  @ApiCreatedResponse({ type: NominationViewResponse })
  submit(@Body() body: SubmitNominationDto, @CurrentActor() actor: Actor): Promise<NominationView> {
    return this.submitNominationUseCase.execute({ dossier: body, actor }).then(readableNomination);
  }

  @Get()
  @ApiOkResponse({ type: NominationPageResponse })
  async list(@Query() query: ListNominationsQuery, @CurrentActor() actor: Actor): Promise<Page<NominationView>> {
    const page = await this.listNominationsUseCase.execute(query, actor);
    return { ...page, items: page.items.map(readableNomination) };
  }

  @Get(':id')
  @ApiOkResponse({ type: NominationViewResponse })
  get(@Param('id', uuid) id: string, @CurrentActor() actor: Actor): Promise<NominationView> {
    return this.getNominationUseCase.read(id, actor).then(readableNomination);
  }

  /** The unit changes its draft, or its dossier under revision; fields left out stay as they are. */
  @Patch(':id')
  @Roles(Role.UNIT_OFFICER)
  @ApiOkResponse({ type: NominationViewResponse })
  edit(@Param('id', uuid) id: string, @Body() body: EditNominationDto, @CurrentActor() actor: Actor): Promise<NominationView> {
    return this.editNominationUseCase.execute({ nominationId: id, edit: body, actor }).then(readableNomination);
  }

  /** The unit submits its draft before the cutoff, with every document the cycle requires (422 naming each missing one). */
  @Post(':id/submit')
  @HttpCode(200)
  @Roles(Role.UNIT_OFFICER)
  @ApiOkResponse({ type: NominationViewResponse })
  submitDraft(@Param('id', uuid) id: string, @CurrentActor() actor: Actor): Promise<NominationView> {
    return this.submitDraftUseCase.execute({ nominationId: id, actor }).then(readableNomination);
  }

  /** Every recorded fact of the nomination, in order. Ballots show who voted, never how. */
  /** The last change request and what the unit changed since: each field and document version, before and after. */
  @Get(':id/changes')
  @ApiOkResponse({ type: NominationChangesResponse })
  changes(@Param('id', uuid) id: string, @CurrentActor() actor: Actor): Promise<NominationChanges> {
    return this.nominationChangesUseCase.execute(id, actor);
  }

  @Get(':id/events')
  @ApiOkResponse({ type: [NominationEventResponse] })
  events(@Param('id', uuid) id: string): Promise<StoredEvent[]> {
    return this.nominationEventsUseCase.execute(id);
  }

  /** The nomination's history as plain Vietnamese sentences, oldest first, with who acted. Ballots show who voted, never how. */
  @Get(':id/timeline')
  @ApiOkResponse({ type: [TimelineEntryResponse] })
  timeline(@Param('id', uuid) id: string): Promise<TimelineEntryResponse[]> {
    return this.nominationTimelineUseCase.execute(id);
  }

  /** The unit withdraws its nomination (before the minister decides); every effect is undone. */
  @Post(':id/withdraw')
  @HttpCode(200)
  @Roles(Role.UNIT_OFFICER)
  @ApiOkResponse({ type: NominationViewResponse })
  withdraw(@Param('id', uuid) id: string, @Body() body: WithdrawNominationDto, @CurrentActor() actor: Actor): Promise<NominationView> {
    return this.withdrawNominationUseCase.execute({ nominationId: id, actor, reason: body.reason }).then(readableNomination);
  }

  /**
   * The standing office returns an endorsed dossier waiting for a council session to its unit for
   * changes (its check of completeness, thẩm định): a change round, as the block's; resubmitted,
   * the dossier waits for a session again.
   */
  @Post(':id/return-for-changes')
  @HttpCode(200)
  @Roles(Role.STANDING_OFFICE)
  @ApiOkResponse({ type: NominationViewResponse })
  returnForChanges(
    @Param('id', uuid) id: string,
    @Body() body: ReturnForChangesDto,
    @CurrentActor() actor: Actor,
  ): Promise<NominationView> {
    return this.returnForChangesUseCase.execute({ nominationId: id, actor, ...body }).then(readableNomination);
  }

  /** The minister (or a deputy) revokes an honoured or recognised nomination, with a reason: a new decision annuls it. */
  @Post(':id/revoke')
  @HttpCode(200)
  @Roles(Role.MINISTER, Role.DEPUTY_MINISTER)
  @ApiOkResponse({ type: NominationViewResponse })
  revoke(@Param('id', uuid) id: string, @Body() body: RevokeNominationDto, @CurrentActor() actor: Actor): Promise<NominationView> {
    return this.revokeNominationUseCase
      .execute({ nominationId: id, actor, reason: body.reason, documentNumber: body.documentNumber })
      .then(readableNomination);
  }

  /** The standing office closes the council vote before every member has voted. */
  @Post(':id/council-vote/close')
  @HttpCode(200)
  @Roles(Role.STANDING_OFFICE)
  @ApiOkResponse({ type: NominationViewResponse })
  closeVote(@Param('id', uuid) id: string, @CurrentActor() actor: Actor): Promise<NominationView> {
    return this.closeCouncilVoteUseCase.execute({ nominationId: id, actor }).then(readableNomination);
  }
}
