import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { NominationView, StoredEvent } from '#domain';
import { NominationEventStore, NominationRow } from '#persistence';
import type { DataSource } from 'typeorm';
import type { Page } from '../common/pagination.js';
import type { ListNominationsQuery } from './dto/list-nominations.query.js';

/** Reads from the read models and the event stream; never from the workflows. */
@Injectable()
export class NominationQueries {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly store: NominationEventStore,
  ) {}

  async list(query: ListNominationsQuery): Promise<Page<NominationView>> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const where = {
      ...(query.cycle && { cycleCode: query.cycle }),
      ...(query.unit && { unitCode: query.unit }),
      ...(query.block && { blockCode: query.block }),
      ...(query.stage && { stage: query.stage }),
      ...(query.status && { status: query.status }),
    };
    const [rows, total] = await this.dataSource.getRepository(NominationRow).findAndCount({
      where,
      order: { submittedAt: 'ASC', id: 'ASC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
    return { items: rows.map((r) => r.view), page, pageSize, total };
  }

  async get(id: string): Promise<NominationView> {
    const row = await this.dataSource.getRepository(NominationRow).findOne({ where: { id } });
    if (!row) throw new NotFoundException(`No nomination ${id}`);
    return row.view;
  }

  async events(id: string): Promise<StoredEvent[]> {
    const events = await this.store.readStream(id);
    if (events.length === 0) throw new NotFoundException(`No nomination ${id}`);
    return events;
  }
}
