import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUnsubmittedDraft, type Actor, type NominationView } from '#domain';
import { NominationRow } from '#persistence';
import type { DataSource } from 'typeorm';
import { nominationNotFound } from '../../common/not-found.js';

/**
 * One nomination as the read model holds it (404 if there is none). A draft, or one never
 * submitted, is its unit's only: to anyone else asking (`actor`) it does not exist.
 */
@Injectable()
export class GetNominationUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(id: string, actor?: Actor): Promise<NominationView> {
    const row = await this.dataSource.getRepository(NominationRow).findOne({ where: { id } });
    if (!row || (actor && isUnsubmittedDraft(row.view) && actor.unitCode !== row.unitCode)) throw nominationNotFound(id);
    return row.view;
  }
}
