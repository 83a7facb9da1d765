import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Actor, TaskType } from '#domain';
import { openTasksFor } from '#persistence';
import type { DataSource } from 'typeorm';
import type { TaskResponse } from '../task.response.js';

/** The caller's open tasks: their unit's reviews and revisions, their ballots, the minister's decisions. */
@Injectable()
export class ListMyTasksUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(actor: Actor, filter: { nominationId?: string } = {}, now = new Date()): Promise<TaskResponse[]> {
    const open = await openTasksFor(this.dataSource, actor, filter);
    return open.map(({ task: t, nomination: n, unitName, cycleTitle }) => ({
      id: t.id,
      type: t.type as TaskType,
      nominationId: t.nominationId as string,
      dueAt: t.dueAt?.toISOString() ?? null,
      openedAt: t.openedAt.toISOString(),
      remindedAt: t.remindedAt?.toISOString() ?? null,
      escalatedAt: t.escalatedAt?.toISOString() ?? null,
      overdue: t.dueAt !== null && t.dueAt < now,
      escalated: t.escalatedAt !== null,
      nomination: { cycleCode: n.cycleCode, cycleTitle, unitCode: n.unitCode, unitName, nomineeName: n.nominee.fullName, stage: n.stage },
    }));
  }
}
