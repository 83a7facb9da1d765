import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Role, type Actor, type NominationView, type StoredEvent } from '#domain';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { uuidParam } from '../common/validators.js';
import { Roles } from '../auth/roles.decorator.js';
import type { Page } from '../common/pagination.js';
import { ListNominationsQuery } from './dto/list-nominations.query.js';
import { RevokeNominationDto, SubmitNominationDto, WithdrawNominationDto } from './dto/submit-nomination.dto.js';
import { NominationQueries } from './nomination-queries.service.js';
import { NominationsService } from './nominations.service.js';

const uuid = uuidParam();

@ApiTags('nominations')
@ApiBearerAuth()
@Controller('nominations')
export class NominationsController {
  constructor(
    private readonly nominations: NominationsService,
    private readonly queries: NominationQueries,
  ) {}

  /** A unit submits a dossier for one nominee; it goes to its block for review. */
  @Post()
  @Roles(Role.UNIT_OFFICER)
  submit(@Body() body: SubmitNominationDto, @CurrentActor() actor: Actor): Promise<NominationView> {
    return this.nominations.submit(body, actor);
  }

  @Get()
  list(@Query() query: ListNominationsQuery): Promise<Page<NominationView>> {
    return this.queries.list(query);
  }

  @Get(':id')
  get(@Param('id', uuid) id: string): Promise<NominationView> {
    return this.queries.get(id);
  }

  /** Every recorded fact of the nomination, in order. Ballots show who voted, never how. */
  @Get(':id/events')
  events(@Param('id', uuid) id: string): Promise<StoredEvent[]> {
    return this.queries.events(id);
  }

  /** The unit withdraws its nomination (before the minister decides); every effect is undone. */
  @Post(':id/withdraw')
  @HttpCode(200)
  @Roles(Role.UNIT_OFFICER)
  withdraw(@Param('id', uuid) id: string, @Body() body: WithdrawNominationDto, @CurrentActor() actor: Actor): Promise<NominationView> {
    return this.nominations.withdraw(id, actor, body.reason);
  }

  /** The minister (or a deputy) revokes an honoured or recognised nomination, with a reason: a new decision annuls it. */
  @Post(':id/revoke')
  @HttpCode(200)
  @Roles(Role.MINISTER, Role.DEPUTY_MINISTER)
  revoke(@Param('id', uuid) id: string, @Body() body: RevokeNominationDto, @CurrentActor() actor: Actor): Promise<NominationView> {
    return this.nominations.revoke(id, actor, body.reason);
  }

  /** The standing office closes the council vote before every member has voted. */
  @Post(':id/council-vote/close')
  @HttpCode(200)
  @Roles(Role.STANDING_OFFICE)
  closeVote(@Param('id', uuid) id: string, @CurrentActor() actor: Actor): Promise<NominationView> {
    return this.nominations.closeCouncilVote(id, actor);
  }
}
