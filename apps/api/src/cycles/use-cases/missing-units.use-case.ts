import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { unitsWithoutSubmission } from '#persistence';
import type { DataSource } from 'typeorm';
import type { MissingUnitsResponse } from '../cycle.response.js';
import { GetCycleUseCase } from './get-cycle.use-case.js';

/** Units that have submitted nothing to the cycle (so far, or by its cutoff). */
@Injectable()
export class MissingUnitsUseCase {
  constructor(
    private readonly getCycle: GetCycleUseCase,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async execute(code: string): Promise<MissingUnitsResponse> {
    const cycle = await this.getCycle.execute(code);
    const units = await unitsWithoutSubmission(this.dataSource, code);
    return {
      cycleCode: code,
      submissionCutoff: cycle.submissionCutoff.toISOString(),
      submissionsOpen: new Date() < cycle.submissionCutoff,
      units,
    };
  }
}
