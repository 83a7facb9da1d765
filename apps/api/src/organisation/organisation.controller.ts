import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '#domain';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { BlockResponse, MeResponse, UnitResponse } from './organisation.response.js';
import { GetMeUseCase } from './use-cases/get-me.use-case.js';
import { ListBlocksUseCase } from './use-cases/list-blocks.use-case.js';
import { ListUnitsUseCase } from './use-cases/list-units.use-case.js';

@ApiTags('organisation')
@ApiBearerAuth()
@Controller()
export class OrganisationController {
  constructor(
    private readonly getMeUseCase: GetMeUseCase,
    private readonly listUnitsUseCase: ListUnitsUseCase,
    private readonly listBlocksUseCase: ListBlocksUseCase,
  ) {}

  /** The signed-in person: roles, unit, and the unit's block with its place in it (leader, deputy, member). */
  @Get('me')
  @ApiOkResponse({ type: MeResponse })
  me(@CurrentActor() actor: Actor): Promise<MeResponse> {
    return this.getMeUseCase.execute(actor);
  }

  /** Every unit, by block then name. */
  @Get('units')
  @ApiOkResponse({ type: [UnitResponse] })
  units(): Promise<UnitResponse[]> {
    return this.listUnitsUseCase.execute();
  }

  /** Every block (Khối/Cụm thi đua) with its leader and deputy units. */
  @Get('blocks')
  @ApiOkResponse({ type: [BlockResponse] })
  blocks(): Promise<BlockResponse[]> {
    return this.listBlocksUseCase.execute();
  }
}
