import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Actor, TaskType } from '#domain';
import { openTasksFor } from '#persistence';
import type { DataSource } from 'typeorm';
import type { TaskResponse } from '../task.response.js';

/** The caller's open tasks: their unit's reviews and revisions, their ballots and ballot sheets, the minister's decisions. */
@Injectable()
export class ListMyTasksUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(actor: Actor, filter: { nominationId?: string } = {}, now = new Date()): Promise<TaskResponse[]> {
    const open = await openTasksFor(this.dataSource, actor, filter);
    return open.map(({ task: t, nomination: n, session: s, proposal: p, unitName, cycleCode, cycleTitle }) => ({
      id: t.id,
      type: t.type as TaskType,
      cycleCode,
      cycleTitle,
      nominationId: t.nominationId,
      sessionId: t.sessionId,
      proposalId: t.proposalId,
      dueAt: t.dueAt?.toISOString() ?? null,
      openedAt: t.openedAt.toISOString(),
      remindedAt: t.remindedAt?.toISOString() ?? null,
      escalatedAt: t.escalatedAt?.toISOString() ?? null,
      overdue: t.dueAt !== null && t.dueAt < now,
      escalated: t.escalatedAt !== null,
      nomination: n && {
        cycleCode: n.cycleCode,
        cycleTitle,
        unitCode: n.unitCode,
        unitName: unitName ?? n.unitCode,
        nomineeName: n.nominee.fullName,
        stage: n.stage,
      },
      session: s && { title: s.title, meetingAt: s.meetingAt, candidates: s.agenda.length },
      proposal: p && { entries: p.entries.length, quota: p.quota, submittedAt: p.submittedAt },
    }));
  }
}
