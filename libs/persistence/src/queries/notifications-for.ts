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
  /** Whether this reader has marked it read (a unit's officers each have their own). */
  read: boolean;
}

/** Who reads: their own notices and, for a unit officer, their unit's. */
export interface NoticeReader {
  username: string;
  unitCode?: string | null;
}

/** The most notices one listing shows. */
const NOTIFICATIONS_SHOWN = 200;

/** The recipients whose notices a person reads: `user:<username>`, and `unit:<code>` for a unit officer. */
const recipientsOf = (reader: NoticeReader) => [`user:${reader.username}`, ...(reader.unitCode ? [`unit:${reader.unitCode}`] : [])];

/**
 * The notices a person reads, newest first: those sent to them (`user:<username>`) and, for a
 * unit officer, those sent to their unit (`unit:<code>`): reminders, outcomes, moved dates.
 */
export async function notificationsFor(db: DataSource | EntityManager, reader: NoticeReader): Promise<NotificationForReader[]> {
  const rows: {
    id: string;
    kind: string;
    subject: string;
    body: string;
    cycle_code: string | null;
    nomination_id: string | null;
    created_at: Date;
    email_status: string;
    read: boolean;
  }[] = await db.query(
    `SELECT n.id, n.kind, n.subject, n.body, n.cycle_code, n.nomination_id, n.created_at, n.email_status,
            EXISTS (SELECT 1 FROM notification_reads r WHERE r.username = $2 AND r.notification_id = n.id) AS read
       FROM notifications n
       WHERE n.recipient = ANY($1) ORDER BY n.created_at DESC, n.id DESC LIMIT $3`,
    [recipientsOf(reader), reader.username, NOTIFICATIONS_SHOWN],
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
    read: r.read,
  }));
}

/** How many of the person's notices they have not marked read (all of them, not only the latest shown). */
export async function unreadNotificationCount(db: DataSource | EntityManager, reader: NoticeReader): Promise<number> {
  const [row]: { count: number }[] = await db.query(
    `SELECT count(*)::int AS count FROM notifications n
       WHERE n.recipient = ANY($1)
         AND NOT EXISTS (SELECT 1 FROM notification_reads r WHERE r.username = $2 AND r.notification_id = n.id)`,
    [recipientsOf(reader), reader.username],
  );
  return row.count;
}

/**
 * Marks the person's notices read, for them alone: those of `ids`, or all when `ids` is absent.
 * Ids of notices the person does not read are ignored. Answers how many were newly marked.
 */
export async function markNotificationsRead(
  db: DataSource | EntityManager,
  reader: NoticeReader,
  ids?: readonly string[],
): Promise<number> {
  const rows: unknown[] = await db.query(
    `INSERT INTO notification_reads (notification_id, username)
       SELECT n.id, $2 FROM notifications n
       WHERE n.recipient = ANY($1) AND ($3::bigint[] IS NULL OR n.id = ANY($3::bigint[]))
     ON CONFLICT DO NOTHING
     RETURNING notification_id`,
    [recipientsOf(reader), reader.username, ids ?? null],
  );
  return rows.length;
}
