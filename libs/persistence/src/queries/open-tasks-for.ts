import { hasRole, Role, type Actor, type NominationView } from '#domain';
import type { DataSource, EntityManager } from 'typeorm';
import { NominationRow, TaskRow } from '../entities/read-models.entities.js';

/** An open task with the nomination it is about. */
export interface OpenTask {
  task: TaskRow;
  nomination: NominationView;
}

/**
 * The tasks waiting for a person, soonest due first (undated last): their unit's reviews and
 * revisions when they are its officer, their own ballots, and the minister's decisions for the
 * minister and deputies.
 */
export async function openTasksFor(db: DataSource | EntityManager, actor: Actor): Promise<OpenTask[]> {
  const { entities, raw } = await db
    .getRepository(TaskRow)
    .createQueryBuilder('t')
    .innerJoin(NominationRow, 'n', 'n.id = t.nominationId')
    .addSelect('n.view', 'view')
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
    .addOrderBy('t.openedAt', 'ASC')
    .getRawAndEntities();
  return entities.map((task, i) => ({ task, nomination: raw[i].view as NominationView }));
}
