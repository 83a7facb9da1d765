import { evolveProposal, TaskType, type ProposalView, type RecordedProposalEvent } from '#domain';
import type { DataSource, EntityManager } from 'typeorm';
import { appendToStream } from './stream.js';

/** Records a proposal's events, its read model, and the minister's one task on it, in one transaction. */
export async function recordProposalEvents(db: DataSource, proposalId: string, events: RecordedProposalEvent[]): Promise<void> {
  await db.transaction(async (m) => {
    const fresh = await appendToStream(m, 'proposal', proposalId, events);
    if (fresh.length === 0) return;
    let view = await proposalView(m, proposalId);
    for (const event of fresh) {
      view = evolveProposal(view, event);
      if (event.type === 'ProposalSubmitted') {
        await m.query(
          `INSERT INTO tasks (id, nomination_id, proposal_id, type, assignee_kind, assignee_ref, due_at, opened_at, status)
           VALUES ($1, NULL, $2, $3, 'MINISTER', 'MINISTER', $4, $5, 'OPEN') ON CONFLICT (id) DO NOTHING`,
          [event.data.taskId, proposalId, TaskType.MINISTER_DECISION, event.data.dueAt, event.occurredAt],
        );
      } else if (event.type === 'ProposalApproved' || event.type === 'ProposalReturned') {
        await m.query(`UPDATE tasks SET status = 'DONE', closed_at = $2, closed_by = $3 WHERE id = $1 AND status = 'OPEN'`, [
          view.taskId,
          event.occurredAt,
          event.actor,
        ]);
      }
    }
    if (!view) return;
    await m.query(
      `INSERT INTO proposals (id, workflow_id, cycle_code, status, submitted_at, version, view) VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (id) DO UPDATE SET status = EXCLUDED.status, version = EXCLUDED.version, view = EXCLUDED.view`,
      [view.id, view.workflowId, view.cycleCode, view.status, view.submittedAt, view.version, JSON.stringify(view)],
    );
  });
}

export async function proposalView(db: DataSource | EntityManager, proposalId: string): Promise<ProposalView | null> {
  const rows: { view: ProposalView }[] = await db.query(`SELECT view FROM proposals WHERE id = $1`, [proposalId]);
  return rows[0]?.view ?? null;
}

export async function proposalsOfCycle(db: DataSource, cycleCode: string): Promise<ProposalView[]> {
  const rows: { view: ProposalView }[] = await db.query(`SELECT view FROM proposals WHERE cycle_code = $1 ORDER BY submitted_at`, [
    cycleCode,
  ]);
  return rows.map((r) => r.view);
}

/** The proposal of the cycle still before the minister, if any. */
export async function pendingProposal(db: DataSource | EntityManager, cycleCode: string): Promise<ProposalView | null> {
  const rows: { view: ProposalView }[] = await db.query(`SELECT view FROM proposals WHERE cycle_code = $1 AND status = 'SUBMITTED'`, [
    cycleCode,
  ]);
  return rows[0]?.view ?? null;
}
