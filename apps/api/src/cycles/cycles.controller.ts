import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Role, type Actor } from '#domain';
import type { ConferenceSummary } from '#workflows';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { Roles } from '../auth/roles.decorator.js';
import { toCycleResponse, type CycleResponse } from './cycle.response.js';
import { CyclesService } from './cycles.service.js';
import { CreateCycleDto } from './dto/create-cycle.dto.js';

@ApiTags('cycles')
@ApiBearerAuth()
@Controller('cycles')
export class CyclesController {
  constructor(private readonly cycles: CyclesService) {}

  @Post()
  @Roles(Role.ADMIN)
  create(@Body() body: CreateCycleDto, @CurrentActor() actor: Actor): Promise<CycleResponse> {
    return this.cycles.create(body, actor);
  }

  @Get()
  list(): Promise<CycleResponse[]> {
    return this.cycles.list();
  }

  @Get(':code')
  async get(@Param('code') code: string): Promise<CycleResponse> {
    return toCycleResponse(await this.cycles.get(code));
  }

  /** Records the cycle's conference as held (standing office). */
  @Post(':code/conference')
  @HttpCode(200)
  @Roles(Role.STANDING_OFFICE)
  holdConference(@Param('code') code: string, @CurrentActor() actor: Actor): Promise<ConferenceSummary> {
    return this.cycles.holdConference(code, actor);
  }
}
