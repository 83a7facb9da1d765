import { hasRole, Role, type Actor, type NominationView, type ProposalView, type SessionView } from '#domain';
import type { DataSource, EntityManager } from 'typeorm';
import { CycleEntity } from '../entities/cycle.entity.js';
import { UnitEntity } from '../entities/organisation.entities.js';
import { NominationRow, TaskRow } from '../entities/read-models.entities.js';

/**
 * An open task with what it is about, and the names an inbox shows. A task is about exactly one
 * of: a nomination (reviews, revisions, the old per-nomination ballots and decisions), a council
 * session (a member's ballot sheet) or a proposal (the minister's decision on the list).
 */
export interface OpenTask {
  task: TaskRow;
  nomination: NominationView | null;
  session: SessionView | null;
  proposal: ProposalView | null;
  unitName: string | null;
  cycleCode: string;
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
    .leftJoin(NominationRow, 'n', 'n.id = t.nominationId')
    .leftJoin('council_sessions', 's', 's.id = t.session_id')
    .leftJoin('proposals', 'p', 'p.id = t.proposal_id')
    .leftJoin(UnitEntity, 'u', 'u.code = n.unitCode')
    .leftJoin(CycleEntity, 'c', 'c.code = COALESCE(n.cycle_code, s.cycle_code, p.cycle_code)')
    .addSelect('n.view', 'view')
    .addSelect('s.view', 'session_view')
    .addSelect('p.view', 'proposal_view')
    .addSelect('u.name', 'unit_name')
    .addSelect('c.code', 'cycle_code')
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
    const row = raw[i] as {
      view: NominationView | null;
      session_view: SessionView | null;
      proposal_view: ProposalView | null;
      unit_name: string | null;
      cycle_code: string | null;
      cycle_title: string | null;
    };
    const cycleCode = row.cycle_code ?? row.view?.cycleCode ?? row.session_view?.cycleCode ?? row.proposal_view?.cycleCode ?? '';
    return {
      task,
      nomination: row.view,
      session: row.session_view,
      proposal: row.proposal_view,
      unitName: row.view ? (row.unit_name ?? row.view.unitCode) : null,
      cycleCode,
      cycleTitle: row.cycle_title ?? cycleCode,
    };
  });
}
