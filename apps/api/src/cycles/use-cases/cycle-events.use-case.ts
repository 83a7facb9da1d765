import { Injectable } from '@nestjs/common';
import { CycleEventStore } from '#persistence';
import type { CycleEventResponse } from '../cycle.response.js';
import { GetCycleUseCase } from './get-cycle.use-case.js';

/** The cycle's own stream: calendar moves (who, when, old, new, why), the cutoff, the conference. */
@Injectable()
export class CycleEventsUseCase {
  constructor(
    private readonly getCycle: GetCycleUseCase,
    private readonly store: CycleEventStore,
  ) {}

  async execute(code: string): Promise<CycleEventResponse[]> {
    await this.getCycle.execute(code);
    const events = await this.store.readStream(code);
    return events.map(({ version, type, occurredAt, actor, data }) => ({ version, type, occurredAt, actor, data }));
  }
}
