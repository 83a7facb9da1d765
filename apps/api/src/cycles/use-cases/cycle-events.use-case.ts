import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { cycleEventStream } from '#persistence';
import type { DataSource } from 'typeorm';
import { GetCycleUseCase } from './get-cycle.use-case.js';

/** The cycle's own stream: calendar moves (who, when, old, new, why), the cutoff, the conference. */
@Injectable()
export class CycleEventsUseCase {
  constructor(
    private readonly getCycle: GetCycleUseCase,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async execute(code: string) {
    await this.getCycle.execute(code);
    const events = await cycleEventStream(this.dataSource, code);
    return events.map((e) => ({ ...e, occurredAt: e.occurredAt.toISOString() }));
  }
}
