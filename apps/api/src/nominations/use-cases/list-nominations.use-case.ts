import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Actor, NominationView } from '#domain';
import { nominationList } from '#persistence';
import type { DataSource } from 'typeorm';
import type { Page } from '../../common/pagination.js';
import type { ListNominationsQuery } from '../dto/list-nominations.query.js';

/** A page of nominations, narrowed by cycle, unit, block, stage, status and the nominee's name, in the order asked. */
@Injectable()
export class ListNominationsUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(query: ListNominationsQuery, actor?: Actor): Promise<Page<NominationView>> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const { items, total } = await nominationList(
      this.dataSource,
      {
        cycleCode: query.cycle,
        unitCode: query.unit,
        blockCode: query.block,
        stage: query.stage,
        status: query.status,
        nomineeName: query.q,
        draftsOf: actor?.unitCode ?? undefined,
      },
      page,
      pageSize,
      query.sort,
    );
    return { items, page, pageSize, total };
  }
}
