import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Actor } from '#domain';
import { openTasksFor } from '#persistence';
import type { DataSource } from 'typeorm';

export interface TaskResponse {
  id: string;
  type: string;
  nominationId: string;
  dueAt: string | null;
  openedAt: string;
  /** Reminded of its due date / reported overdue to the standing office (the escalation flag). */
  remindedAt: string | null;
  escalatedAt: string | null;
  nomination: { cycleCode: string; unitCode: string; nomineeName: string; stage: string };
}

/** The caller's open tasks: their unit's reviews and revisions, their ballots, the minister's decisions. */
@Injectable()
export class ListMyTasksUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(actor: Actor): Promise<TaskResponse[]> {
    const open = await openTasksFor(this.dataSource, actor);
    return open.map(({ task: t, nomination: n }) => ({
      id: t.id,
      type: t.type,
      nominationId: t.nominationId,
      dueAt: t.dueAt?.toISOString() ?? null,
      openedAt: t.openedAt.toISOString(),
      remindedAt: t.remindedAt?.toISOString() ?? null,
      escalatedAt: t.escalatedAt?.toISOString() ?? null,
      nomination: { cycleCode: n.cycleCode, unitCode: n.unitCode, nomineeName: n.nominee.fullName, stage: n.stage },
    }));
  }
}
