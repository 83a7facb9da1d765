import { hasRole, Role, type Actor, type NominationView } from '#domain';
import type { DataSource, EntityManager } from 'typeorm';
import { CycleEntity } from '../entities/cycle.entity.js';
import { UnitEntity } from '../entities/organisation.entities.js';
import { NominationRow, TaskRow } from '../entities/read-models.entities.js';

/** An open task with the nomination it is about, and the names an inbox shows. */
export interface OpenTask {
  task: TaskRow;
  nomination: NominationView;
  unitName: string;
  cycleTitle: string;
}

/**
 * The tasks waiting for a person, soonest due first (undated last): their unit's reviews and
 * revisions when they are its officer, their own ballots, and the minister's decisions for the
 * minister and deputies. One query, names included; `nominationId` narrows it to one nomination.
 */
export async function openTasksFor(
  db: DataSource | EntityManager,
  actor: Actor,
  filter: { nominationId?: string } = {},
): Promise<OpenTask[]> {
  const query = db
    .getRepository(TaskRow)
    .createQueryBuilder('t')
    .innerJoin(NominationRow, 'n', 'n.id = t.nominationId')
    .leftJoin(UnitEntity, 'u', 'u.code = n.unitCode')
    .leftJoin(CycleEntity, 'c', 'c.code = n.cycleCode')
    .addSelect('n.view', 'view')
    .addSelect('u.name', 'unit_name')
    .addSelect('c.title', 'cycle_title')
    .where('t.status = :open', { open: 'OPEN' })
    .andWhere(
      `((t.assigneeKind = 'UNIT' AND t.assigneeRef = :unit AND :isUnitOfficer)
        OR (t.assigneeKind = 'USER' AND t.assigneeRef = :username)
        OR (t.assigneeKind = 'MINISTER' AND :isMinister))`,
      {
        unit: actor.unitCode ?? '',
        isUnitOfficer: hasRole(actor, Role.UNIT_OFFICER),
        username: actor.username,
        isMinister: hasRole(actor, Role.MINISTER, Role.DEPUTY_MINISTER),
      },
    )
    .orderBy('t.dueAt', 'ASC', 'NULLS LAST')
    .addOrderBy('t.openedAt', 'ASC');
  if (filter.nominationId) query.andWhere('t.nominationId = :nominationId', { nominationId: filter.nominationId });
  const { entities, raw } = await query.getRawAndEntities();
  return entities.map((task, i) => {
    const row = raw[i] as { view: NominationView; unit_name: string | null; cycle_title: string | null };
    return { task, nomination: row.view, unitName: row.unit_name ?? row.view.unitCode, cycleTitle: row.cycle_title ?? row.view.cycleCode };
  });
}
