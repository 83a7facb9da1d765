import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { cycleSummary, type CycleSummary } from '#persistence';
import type { DataSource } from 'typeorm';
import { GetCycleUseCase } from './get-cycle.use-case.js';

/** Counts of a cycle's nominations by stage, status and block, for the standing office's dashboard. */
@Injectable()
export class CycleSummaryUseCase {
  constructor(
    private readonly getCycle: GetCycleUseCase,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async execute(code: string): Promise<CycleSummary> {
    await this.getCycle.execute(code); // 404 for an unknown cycle
    return cycleSummary(this.dataSource, code);
  }
}
