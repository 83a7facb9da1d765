import { Module } from '@nestjs/common';
import { AwardHistoryController } from './award-history.controller.js';
import { FindAwardHistoryUseCase } from './use-cases/find-award-history.use-case.js';
import { ImportAwardHistoryUseCase } from './use-cases/import-award-history.use-case.js';

/** The award history: the spreadsheet template, its import, and a holder's titles. */
@Module({
  controllers: [AwardHistoryController],
  providers: [ImportAwardHistoryUseCase, FindAwardHistoryUseCase],
})
export class AwardHistoryModule {}
