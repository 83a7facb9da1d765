import {
  applyTaskChanges,
  awardHolderOf,
  evolveNomination,
  hanoiYear,
  taskChanges,
  type NominationView,
  type OpenTask,
  type RecordedEvent,
  type TaskClosing,
  type TaskUpdate,
} from '#domain';
import type { EntityManager } from 'typeorm';
import { forgetConferredAward, recordConferredAward } from '../awards/award-history.js';
import { NominationRow, TaskRow } from '../entities/read-models.entities.js';
import { foldForSearch } from './search-text.js';

export interface Projected {
  view: NominationView | null;
  opened: OpenTask[];
  closed: TaskClosing[];
  updated: TaskUpdate[];
}

/** Folds events onto a nomination and its open tasks; pure, shared by live projection and rebuild. */
export function fold(view: NominationView | null, openTasks: OpenTask[], events: readonly RecordedEvent[]): Projected {
  let current = view;
  let open = openTasks;
  const opened: OpenTask[] = [];
  const closed: TaskClosing[] = [];
  const updated: TaskUpdate[] = [];
  for (const event of events) {
    const changes = taskChanges(event, current, open);
    open = applyTaskChanges(open, changes);
    opened.push(...changes.opened);
    closed.push(...changes.closed);
    updated.push(...(changes.updated ?? []));
    current = evolveNomination(current, event);
  }
  return { view: current, opened, closed, updated };
}

export function toNominationRow(view: NominationView): NominationRow {
  return Object.assign(new NominationRow(), {
    id: view.id,
    workflowId: view.workflowId,
    cycleCode: view.cycleCode,
    unitCode: view.unitCode,
    blockCode: view.blockCode,
    nomineeKey: view.nomineeKey,
    nomineeKind: view.nominee.kind,
    nomineeSearch: foldForSearch(view.nominee.fullName),
    stage: view.stage,
    status: view.status,
    submittedAt: new Date(view.submittedAt),
    updatedAt: new Date(view.updatedAt),
    version: view.version,
    view,
  });
}

export function toTaskRow(task: OpenTask): TaskRow {
  return Object.assign(new TaskRow(), {
    id: task.id,
    nominationId: task.nominationId,
    sessionId: null,
    proposalId: null,
    type: task.type,
    assigneeKind: task.assignee.kind,
    assigneeRef: task.assignee.ref,
    dueAt: task.dueAt ? new Date(task.dueAt) : null,
    openedAt: new Date(task.openedAt),
    status: 'OPEN',
    closedAt: null,
    closedBy: null,
    remindedAt: task.remindedAt ? new Date(task.remindedAt) : null,
    escalatedAt: task.escalatedAt ? new Date(task.escalatedAt) : null,
  });
}

export function fromTaskRow(row: TaskRow): OpenTask {
  return {
    id: row.id,
    type: row.type as OpenTask['type'],
    nominationId: row.nominationId as string,
    assignee: { kind: row.assigneeKind, ref: row.assigneeRef } as OpenTask['assignee'],
    dueAt: row.dueAt ? row.dueAt.toISOString() : null,
    openedAt: row.openedAt.toISOString(),
    remindedAt: row.remindedAt?.toISOString() ?? null,
    escalatedAt: row.escalatedAt?.toISOString() ?? null,
  };
}

/** Writes what a fold produced: the nomination row, new tasks, and closings. */
export async function writeProjection(m: EntityManager, projected: Projected): Promise<void> {
  if (projected.view) await m.save(NominationRow, toNominationRow(projected.view));
  if (projected.opened.length) await m.insert(TaskRow, projected.opened.map(toTaskRow));
  for (const u of projected.updated) {
    const date = (value: string | null | undefined) => (value === undefined ? undefined : value === null ? null : new Date(value));
    const set = { dueAt: date(u.dueAt), remindedAt: date(u.remindedAt), escalatedAt: date(u.escalatedAt) };
    await m.update(TaskRow, { id: u.id }, Object.fromEntries(Object.entries(set).filter(([, v]) => v !== undefined)));
  }
  for (const c of projected.closed) {
    await m.update(TaskRow, { id: c.id }, { status: c.status, closedAt: new Date(c.closedAt), closedBy: c.closedBy });
  }
}

/** The live projection, run in the append's transaction: read models never lag the events. */
export async function projectAppended(m: EntityManager, nominationId: string, events: readonly RecordedEvent[]): Promise<void> {
  const row = await m.findOne(NominationRow, { where: { id: nominationId } });
  const openTasks = (await m.find(TaskRow, { where: { nominationId, status: 'OPEN' } })).map(fromTaskRow);
  const projected = fold(row?.view ?? null, openTasks, events);
  await writeProjection(m, projected);
  if (projected.view) await keepAwardHistory(m, projected.view, events);
  // A withdrawn nominee, or one whose draft lapsed, may be nominated again.
  if (events.some((e) => e.type === 'NominationWithdrawn' || e.type === 'DraftLapsed')) {
    await m.query(`DELETE FROM nominee_claims WHERE nomination_id = $1`, [nominationId]);
  }
}

/**
 * The award history learns of every honour the engine confers (Điển hình tiên tiến, in the year of
 * its conference, honoured on stage or recognised without a place), in the same transaction as the
 * event, and forgets it when it is revoked.
 */
async function keepAwardHistory(m: EntityManager, view: NominationView, events: readonly RecordedEvent[]): Promise<void> {
  for (const event of events) {
    if (event.type === 'NominationHonoured' || event.type === 'NominationRecognised') {
      const holder = awardHolderOf(view.unitCode, view.nominee);
      if (!holder) continue;
      // Recognised without a place on stage is the same title, in the year of the cycle's conference.
      const conferenceDate = event.type === 'NominationHonoured' ? event.data.conferenceDate : view.targets.conferenceDate;
      await recordConferredAward(m, {
        holder,
        unitCode: view.unitCode,
        year: hanoiYear(conferenceDate),
        decisionRef: view.decisionNumber,
        nominationId: view.id,
        recordedBy: event.actor,
        recordedAt: new Date(event.occurredAt),
      });
    } else if (event.type === 'NominationRevoked') {
      await forgetConferredAward(m, view.id);
    }
  }
}
