import type { DataSource, EntityManager } from 'typeorm';

/** A notice as its reader sees it in the app. */
export interface NotificationForReader {
  id: string;
  kind: string;
  subject: string;
  body: string;
  cycleCode: string | null;
  nominationId: string | null;
  createdAt: Date;
  emailStatus: string;
}

/** The most notices one listing shows. */
const NOTIFICATIONS_SHOWN = 200;

/**
 * The notices a person reads, newest first: those sent to them (`user:<username>`) and, for a
 * unit officer, those sent to their unit (`unit:<code>`): reminders, outcomes, moved dates.
 */
export async function notificationsFor(
  db: DataSource | EntityManager,
  reader: { username: string; unitCode?: string | null },
): Promise<NotificationForReader[]> {
  const recipients = [`user:${reader.username}`, ...(reader.unitCode ? [`unit:${reader.unitCode}`] : [])];
  const rows: {
    id: string;
    kind: string;
    subject: string;
    body: string;
    cycle_code: string | null;
    nomination_id: string | null;
    created_at: Date;
    email_status: string;
  }[] = await db.query(
    `SELECT id, kind, subject, body, cycle_code, nomination_id, created_at, email_status FROM notifications
       WHERE recipient = ANY($1) ORDER BY created_at DESC, id DESC LIMIT $2`,
    [recipients, NOTIFICATIONS_SHOWN],
  );
  return rows.map((r) => ({
    id: String(r.id),
    kind: r.kind,
    subject: r.subject,
    body: r.body,
    cycleCode: r.cycle_code,
    nominationId: r.nomination_id,
    createdAt: r.created_at,
    emailStatus: r.email_status,
  }));
}
