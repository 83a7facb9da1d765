import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Deadlines that hold: task reminder flags, the cycle's own event stream, and notifications sent once. */
export class CalendarAndNotifications1763800000000 implements MigrationInterface {
  name = 'CalendarAndNotifications1763800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE tasks ADD COLUMN reminded_at timestamptz, ADD COLUMN escalated_at timestamptz`);
    await q.query(`ALTER TABLE cycles ADD COLUMN calendar_version int NOT NULL DEFAULT 1`);
    await q.query(`
      CREATE TABLE cycle_events (
        position bigserial PRIMARY KEY,
        cycle_code text NOT NULL REFERENCES cycles(code),
        version int NOT NULL CHECK (version > 0),
        key text NOT NULL,
        type text NOT NULL,
        occurred_at timestamptz NOT NULL,
        actor text NOT NULL,
        data jsonb NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT cycle_events_version_unique UNIQUE (cycle_code, version),
        CONSTRAINT cycle_events_key_unique UNIQUE (cycle_code, key)
      )`);
    await q.query(`
      CREATE FUNCTION refuse_rewriting_history() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only (% refused)', TG_TABLE_NAME, TG_OP;
      END $$`);
    await q.query(`
      CREATE TRIGGER cycle_events_append_only
      BEFORE UPDATE OR DELETE ON cycle_events
      FOR EACH ROW EXECUTE FUNCTION refuse_rewriting_history()`);
    // One row per recipient per occasion: the unique key is what makes a retried or
    // overlapping reminder job send nothing twice.
    await q.query(`
      CREATE TABLE notifications (
        id bigserial PRIMARY KEY,
        occasion text NOT NULL,
        recipient text NOT NULL,
        kind text NOT NULL,
        email text,
        subject text NOT NULL,
        body text NOT NULL,
        cycle_code text,
        nomination_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        email_status text NOT NULL,
        emailed_at timestamptz,
        read_at timestamptz,
        CONSTRAINT notifications_once_per_occasion UNIQUE (occasion, recipient)
      )`);
    await q.query(`CREATE INDEX notifications_recipient_idx ON notifications (recipient, created_at DESC)`);
    await q.query(`CREATE INDEX notifications_pending_idx ON notifications (id) WHERE email_status = 'PENDING'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS notifications`);
    await q.query(`DROP TABLE IF EXISTS cycle_events`);
    await q.query(`DROP FUNCTION IF EXISTS refuse_rewriting_history()`);
    await q.query(`ALTER TABLE cycles DROP COLUMN IF EXISTS calendar_version`);
    await q.query(`ALTER TABLE tasks DROP COLUMN IF EXISTS reminded_at, DROP COLUMN IF EXISTS escalated_at`);
  }
}
