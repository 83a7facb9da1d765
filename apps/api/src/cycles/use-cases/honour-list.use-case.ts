import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { hanoiDayOf } from '#domain';
import { honourListEntries, type HonourListEntry } from '#persistence';
import type { DataSource } from 'typeorm';
import type { HonourListResponse } from '../cycle.response.js';
import { GetCycleUseCase } from './get-cycle.use-case.js';

/** Honoured nominations in rank order (and those recognised without a place on stage). */
@Injectable()
export class HonourListUseCase {
  constructor(
    private readonly getCycle: GetCycleUseCase,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async execute(code: string): Promise<HonourListResponse> {
    const cycle = await this.getCycle.execute(code);
    const entries = await honourListEntries(this.dataSource, code);
    const entry = ({ view, unitName }: HonourListEntry) => ({
      nominationId: view.id,
      rank: view.conferenceRank,
      certificateNumber: view.certificateNumber,
      nominee: view.nominee,
      unitCode: view.unitCode,
      unitName,
      decisionNumber: view.decisionNumber,
      decisionSignature: view.decisionSignature,
    });
    return {
      cycleCode: code,
      title: cycle.title,
      conferenceDate: cycle.conferenceDate.toISOString(),
      conferenceHeldAt: cycle.conferenceHeldAt?.toISOString() ?? null,
      conferenceHeldOn: cycle.conferenceHeldOn ? hanoiDayOf(cycle.conferenceHeldOn) : null,
      conferencePlace: cycle.conferencePlace,
      quota: cycle.quota,
      honoured: entries.filter((e) => e.view.status === 'HONOURED').map(entry),
      recognised: entries.filter((e) => e.view.status === 'RECOGNISED').map(entry),
    };
  }
}
