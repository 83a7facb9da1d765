import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Role, type Actor } from '#domain';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { Roles } from '../auth/roles.decorator.js';
import {
  CalendarMoveResponse,
  ConferenceSummaryResponse,
  CycleEventResponse,
  CycleResponse,
  HonourListResponse,
  MissingUnitsResponse,
  toCycleResponse,
  CycleSummaryResponse,
} from './cycle.response.js';
import { honourListCsv, missingUnitsCsv } from './cycle-lists.presenter.js';
import { CycleCodePipe } from '../common/validators.js';
import { CreateCycleDto } from './dto/create-cycle.dto.js';
import { ExportQuery } from './dto/export.query.js';
import { MoveCalendarDto } from './dto/move-calendar.dto.js';
import { HoldConferenceDto } from './dto/hold-conference.dto.js';
import { CreateCycleUseCase } from './use-cases/create-cycle.use-case.js';
import { CycleEventsUseCase } from './use-cases/cycle-events.use-case.js';
import { CycleSummaryUseCase } from './use-cases/cycle-summary.use-case.js';
import { GetCycleUseCase } from './use-cases/get-cycle.use-case.js';
import { HoldConferenceUseCase } from './use-cases/hold-conference.use-case.js';
import { HonourListUseCase } from './use-cases/honour-list.use-case.js';
import { ListCyclesUseCase } from './use-cases/list-cycles.use-case.js';
import { MissingUnitsUseCase } from './use-cases/missing-units.use-case.js';
import { MoveCalendarUseCase } from './use-cases/move-calendar.use-case.js';

@ApiTags('cycles')
@ApiBearerAuth()
@Controller('cycles')
export class CyclesController {
  constructor(
    private readonly createCycleUseCase: CreateCycleUseCase,
    private readonly listCyclesUseCase: ListCyclesUseCase,
    private readonly getCycleUseCase: GetCycleUseCase,
    private readonly holdConferenceUseCase: HoldConferenceUseCase,
    private readonly moveCalendarUseCase: MoveCalendarUseCase,
    private readonly cycleEventsUseCase: CycleEventsUseCase,
    private readonly cycleSummaryUseCase: CycleSummaryUseCase,
    private readonly missingUnitsUseCase: MissingUnitsUseCase,
    private readonly honourListUseCase: HonourListUseCase,
  ) {}

  @Post()
  @Roles(Role.ADMIN)
  @ApiCreatedResponse({ type: CycleResponse })
  create(@Body() body: CreateCycleDto, @CurrentActor() actor: Actor): Promise<CycleResponse> {
    return this.createCycleUseCase.execute({ cycle: body, actor });
  }

  @Get()
  @ApiOkResponse({ type: [CycleResponse] })
  list(): Promise<CycleResponse[]> {
    return this.listCyclesUseCase.execute();
  }

  @Get(':code')
  @ApiOkResponse({ type: CycleResponse })
  async get(@Param('code', CycleCodePipe) code: string): Promise<CycleResponse> {
    return toCycleResponse(await this.getCycleUseCase.execute(code));
  }

  /** Records the cycle's conference as held (standing office). */
  @Post(':code/conference')
  @HttpCode(200)
  @Roles(Role.STANDING_OFFICE)
  @ApiOkResponse({ type: ConferenceSummaryResponse })
  holdConference(
    @Param('code', CycleCodePipe) code: string,
    @Body() body: HoldConferenceDto,
    @CurrentActor() actor: Actor,
  ): Promise<ConferenceSummaryResponse> {
    return this.holdConferenceUseCase.execute({ cycleCode: code, actor, venue: body });
  }

  /** Moves the cycle's dates (lùi thời hạn): admin or standing office, with a reason. */
  @Post(':code/schedule')
  @HttpCode(200)
  @Roles(Role.ADMIN, Role.STANDING_OFFICE)
  @ApiOkResponse({ type: CalendarMoveResponse })
  moveCalendar(
    @Param('code', CycleCodePipe) code: string,
    @Body() body: MoveCalendarDto,
    @CurrentActor() actor: Actor,
  ): Promise<CalendarMoveResponse> {
    return this.moveCalendarUseCase.execute({ cycleCode: code, move: body, actor });
  }

  /** Counts of the cycle's nominations by stage (in progress), status and block. */
  @Get(':code/summary')
  @ApiOkResponse({ type: CycleSummaryResponse })
  summary(@Param('code', CycleCodePipe) code: string): Promise<CycleSummaryResponse> {
    return this.cycleSummaryUseCase.execute(code);
  }

  @Get(':code/events')
  @ApiOkResponse({ type: [CycleEventResponse] })
  events(@Param('code', CycleCodePipe) code: string): Promise<CycleEventResponse[]> {
    return this.cycleEventsUseCase.execute(code);
  }

  /** Units that have submitted nothing; `?format=csv` for the spreadsheet the ministry publishes. */
  @Get(':code/missing-units')
  @ApiOkResponse({ type: MissingUnitsResponse, description: 'JSON; with ?format=csv, the spreadsheet instead (text/csv)' })
  async missingUnits(
    @Param('code', CycleCodePipe) code: string,
    @Query() query: ExportQuery,
    @Res({ passthrough: true }) res: Response,
  ): Promise<MissingUnitsResponse | string> {
    const list = await this.missingUnitsUseCase.execute(code);
    return query.format === 'csv' ? missingUnitsCsv(res, list) : list;
  }

  /** The honour list the Ministry publishes after the conference; `?format=csv` for the spreadsheet. */
  @Get(':code/honour-list')
  @ApiOkResponse({ type: HonourListResponse, description: 'JSON; with ?format=csv, the spreadsheet instead (text/csv)' })
  async honourList(
    @Param('code', CycleCodePipe) code: string,
    @Query() query: ExportQuery,
    @Res({ passthrough: true }) res: Response,
  ): Promise<HonourListResponse | string> {
    const list = await this.honourListUseCase.execute(code);
    return query.format === 'csv' ? honourListCsv(res, list) : list;
  }
}
