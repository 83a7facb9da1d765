import { Module } from '@nestjs/common';
import { TemporalClientModule } from '#temporal';
import { NominationQueries } from './nomination-queries.service.js';
import { NominationsController } from './nominations.controller.js';
import { NominationsService } from './nominations.service.js';

@Module({
  imports: [TemporalClientModule],
  controllers: [NominationsController],
  providers: [NominationsService, NominationQueries],
  exports: [NominationQueries],
})
export class NominationsModule {}
