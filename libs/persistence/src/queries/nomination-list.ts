import type { NominationStage, NominationStatus, NominationView } from '#domain';
import type { DataSource, EntityManager } from 'typeorm';
import { NominationRow } from '../entities/read-models.entities.js';

/** What a listing of nominations may be narrowed to; absent criteria do not narrow. */
export interface NominationFilter {
  cycleCode?: string;
  unitCode?: string;
  blockCode?: string;
  stage?: NominationStage;
  status?: NominationStatus;
}

/** One page (numbered from 1) of the nominations that match, oldest submission first, and how many match in all. */
export async function nominationList(
  db: DataSource | EntityManager,
  filter: NominationFilter,
  page: number,
  pageSize: number,
): Promise<{ items: NominationView[]; total: number }> {
  const where = {
    ...(filter.cycleCode && { cycleCode: filter.cycleCode }),
    ...(filter.unitCode && { unitCode: filter.unitCode }),
    ...(filter.blockCode && { blockCode: filter.blockCode }),
    ...(filter.stage && { stage: filter.stage }),
    ...(filter.status && { status: filter.status }),
  };
  const [rows, total] = await db.getRepository(NominationRow).findAndCount({
    where,
    order: { submittedAt: 'ASC', id: 'ASC' },
    skip: (page - 1) * pageSize,
    take: pageSize,
  });
  return { items: rows.map((r) => r.view), total };
}
