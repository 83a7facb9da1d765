import { evolveSession, TaskType, type RecordedSessionEvent, type SessionView } from '#domain';
import type { DataSource, EntityManager } from 'typeorm';
import { appendToStream } from './stream.js';

/**
 * Records a session's events and keeps its read model and its ballot tasks in the same transaction:
 * opening gives each member a COUNCIL_BALLOT task, a ballot received closes that member's task, a
 * calendar move changes when the open ones are due, the close cancels those still open.
 */
export async function recordSessionEvents(db: DataSource, sessionId: string, events: RecordedSessionEvent[]): Promise<void> {
  await db.transaction(async (m) => {
    const fresh = await appendToStream(m, 'council_session', sessionId, events);
    if (fresh.length === 0) return;
    let view = await sessionView(m, sessionId);
    for (const event of fresh) {
      view = evolveSession(view, event);
      await projectTasks(m, view, event);
    }
    if (!view) return;
    await m.query(
      `INSERT INTO council_sessions (id, workflow_id, cycle_code, status, meeting_at, version, view) VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (id) DO UPDATE SET status = EXCLUDED.status, meeting_at = EXCLUDED.meeting_at, version = EXCLUDED.version, view = EXCLUDED.view`,
      [view.id, view.workflowId, view.cycleCode, view.status, view.meetingAt, view.version, JSON.stringify(view)],
    );
  });
}

async function projectTasks(m: EntityManager, view: SessionView, event: RecordedSessionEvent): Promise<void> {
  switch (event.type) {
    case 'SessionOpened':
      for (const ballot of event.data.ballots) {
        await m.query(
          `INSERT INTO tasks (id, nomination_id, session_id, type, assignee_kind, assignee_ref, due_at, opened_at, status)
           VALUES ($1, NULL, $2, $3, 'USER', $4, $5, $6, 'OPEN') ON CONFLICT (id) DO NOTHING`,
          [ballot.taskId, view.id, TaskType.COUNCIL_BALLOT, ballot.member, event.data.dueAt, event.occurredAt],
        );
      }
      return;
    case 'BallotReceived':
      await m.query(`UPDATE tasks SET status = 'DONE', closed_at = $2, closed_by = $3 WHERE id = $1 AND status = 'OPEN'`, [
        event.data.taskId,
        event.occurredAt,
        event.actor,
      ]);
      return;
    case 'SessionDueMoved':
      await m.query(`UPDATE tasks SET due_at = $2 WHERE session_id = $1 AND status = 'OPEN'`, [view.id, event.data.dueAt]);
      return;
    case 'SessionClosed':
    case 'SessionInquorate':
      await m.query(`UPDATE tasks SET status = 'CANCELLED', closed_at = $2, closed_by = $3 WHERE session_id = $1 AND status = 'OPEN'`, [
        view.id,
        event.occurredAt,
        event.actor,
      ]);
      return;
    default:
      return;
  }
}

/** A session as its read model has it. */
export async function sessionView(db: DataSource | EntityManager, sessionId: string): Promise<SessionView | null> {
  const rows: { view: SessionView }[] = await db.query(`SELECT view FROM council_sessions WHERE id = $1`, [sessionId]);
  return rows[0]?.view ?? null;
}

/** The sessions of a cycle, by meeting time. */
export async function sessionsOfCycle(db: DataSource, cycleCode: string): Promise<SessionView[]> {
  const rows: { view: SessionView }[] = await db.query(`SELECT view FROM council_sessions WHERE cycle_code = $1 ORDER BY meeting_at, id`, [
    cycleCode,
  ]);
  return rows.map((r) => r.view);
}

/** The workflows of a cycle's sessions still to be voted on or closed (composing or voting). */
export async function runningSessionWorkflows(db: DataSource, cycleCode: string): Promise<string[]> {
  const rows: { workflow_id: string }[] = await db.query(
    `SELECT workflow_id FROM council_sessions WHERE cycle_code = $1 AND status IN ('DRAFT', 'VOTING') ORDER BY id`,
    [cycleCode],
  );
  return rows.map((r) => r.workflow_id);
}
