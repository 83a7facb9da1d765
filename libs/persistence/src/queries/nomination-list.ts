import { NominationStage, NominationStatus, type NominationView } from '#domain';
import { Like, Not, type DataSource, type EntityManager } from 'typeorm';
import { NominationRow } from '../entities/read-models.entities.js';
import { foldForSearch } from '../projections/search-text.js';

/** What a listing of nominations may be narrowed to; absent criteria do not narrow. */
export interface NominationFilter {
  cycleCode?: string;
  unitCode?: string;
  blockCode?: string;
  stage?: NominationStage;
  status?: NominationStatus;
  /** Part of the nominee's name, case and Vietnamese diacritics aside ("nguyen van" finds "Nguyễn Văn An"). */
  nomineeName?: string;
  /** Drafts (and drafts never submitted) are listed for this unit only; absent: for nobody. */
  draftsOf?: string;
}

/** How a listing is ordered: by submission (the default, oldest first) or by the last change; `-` for newest first. */
export const NOMINATION_SORTS = ['submittedAt', '-submittedAt', 'updatedAt', '-updatedAt'] as const;
export type NominationSort = (typeof NOMINATION_SORTS)[number];

/** `%` and `_` typed by a person are letters, not wildcards. */
const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** One page (numbered from 1) of the nominations that match, in the order asked (oldest submission first by default), and how many match in all. */
export async function nominationList(
  db: DataSource | EntityManager,
  filter: NominationFilter,
  page: number,
  pageSize: number,
  sort: NominationSort = 'submittedAt',
): Promise<{ items: NominationView[]; total: number }> {
  const name = filter.nomineeName === undefined ? '' : foldForSearch(filter.nomineeName);
  const base = {
    ...(filter.cycleCode && { cycleCode: filter.cycleCode }),
    ...(filter.unitCode && { unitCode: filter.unitCode }),
    ...(filter.blockCode && { blockCode: filter.blockCode }),
    ...(filter.stage && { stage: filter.stage }),
    ...(filter.status && { status: filter.status }),
    ...(name && { nomineeSearch: Like(`%${escapeLike(name)}%`) }),
  };
  // Drafts are their unit's own: every other listing leaves them out.
  const draftsAsked = base.stage === NominationStage.DRAFT || base.status === NominationStatus.NOT_SUBMITTED;
  const submitted = draftsAsked
    ? null
    : { ...base, stage: base.stage ?? Not(NominationStage.DRAFT), status: base.status ?? Not(NominationStatus.NOT_SUBMITTED) };
  const ownUnit = filter.draftsOf && (!base.unitCode || base.unitCode === filter.draftsOf) ? { ...base, unitCode: filter.draftsOf } : null;
  const where = [submitted, ownUnit].filter((w) => w !== null);
  if (where.length === 0) return { items: [], total: 0 };
  const field = sort.startsWith('-') ? (sort.slice(1) as 'submittedAt' | 'updatedAt') : (sort as 'submittedAt' | 'updatedAt');
  const direction = sort.startsWith('-') ? 'DESC' : 'ASC';
  const [rows, total] = await db.getRepository(NominationRow).findAndCount({
    where,
    order: { [field]: direction, id: direction },
    skip: (page - 1) * pageSize,
    take: pageSize,
  });
  return { items: rows.map((r) => r.view), total };
}
