import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who has read which notice: one row per person and notice. A unit's notices are shared by its
 * officers, so the read state belongs to the reader, not to the notice.
 */
export class NotificationReads1764000000000 implements MigrationInterface {
  name = 'NotificationReads1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE notification_reads (
        notification_id bigint NOT NULL REFERENCES notifications(id) ON DELETE CASCADE,
        username text NOT NULL,
        read_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (username, notification_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS notification_reads`);
  }
}
