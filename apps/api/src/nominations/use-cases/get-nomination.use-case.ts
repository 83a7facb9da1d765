import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { NominationView } from '#domain';
import { NominationRow } from '#persistence';
import type { DataSource } from 'typeorm';
import { nominationNotFound } from '../../common/not-found.js';

/** One nomination as the read model holds it (404 if there is none). */
@Injectable()
export class GetNominationUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(id: string): Promise<NominationView> {
    const row = await this.dataSource.getRepository(NominationRow).findOne({ where: { id } });
    if (!row) throw nominationNotFound(id);
    return row.view;
  }
}
