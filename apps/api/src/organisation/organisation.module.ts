import { Module } from '@nestjs/common';
import { OrganisationController } from './organisation.controller.js';
import { GetMeUseCase } from './use-cases/get-me.use-case.js';
import { ListBlocksUseCase } from './use-cases/list-blocks.use-case.js';
import { ListUnitsUseCase } from './use-cases/list-units.use-case.js';

@Module({ controllers: [OrganisationController], providers: [GetMeUseCase, ListUnitsUseCase, ListBlocksUseCase] })
export class OrganisationModule {}
