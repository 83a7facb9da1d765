import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { displayNames, NominationEventStore } from '#persistence';
import type { DataSource } from 'typeorm';
import { namesNeeded, presentTimeline, type TimelineEntry } from '../timeline.presenter.js';

/** A nomination's history as sentences for people, with the names of units, blocks and people (404 if it has none). */
@Injectable()
export class NominationTimelineUseCase {
  constructor(
    private readonly store: NominationEventStore,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async execute(id: string): Promise<TimelineEntry[]> {
    const events = await this.store.readStream(id);
    if (events.length === 0) throw new NotFoundException(`No nomination ${id}`);
    return presentTimeline(events, await displayNames(this.dataSource, namesNeeded(events)));
  }
}
