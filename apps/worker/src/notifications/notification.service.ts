import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { NoticeRequest, Recipient } from '#workflows';
import type { DataSource } from 'typeorm';
import { Mailer } from './mailer.service.js';
import { composeNotice } from './notice-templates.js';

interface ResolvedRecipient {
  key: string;
  name: string;
  email: string | null;
}

/**
 * Delivers notices: each is written once per (occasion, recipient), a unique key in
 * PostgreSQL, then e-mailed. A retried or overlapping job finds the rows already there and
 * sends nothing new; a mail that failed stays PENDING and goes out on the retry.
 */
@Injectable()
export class NotificationService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly mailer: Mailer,
  ) {}

  async deliver(notices: NoticeRequest[]): Promise<{ created: number; emailed: number }> {
    let created = 0;
    for (const notice of notices) created += await this.write(notice);
    const emailed = await this.sendPending(notices.map((n) => n.occasion));
    return { created, emailed };
  }

  private async write(notice: NoticeRequest): Promise<number> {
    const cycle = await this.one<{ code: string; title: string; plan_reference: string }>(
      'SELECT code, title, plan_reference FROM cycles WHERE code = $1',
      [notice.cycleCode],
    );
    const unitName = notice.nominationId
      ? (
          await this.one<{ name: string }>('SELECT u.name FROM nominations n JOIN units u ON u.code = n.unit_code WHERE n.id = $1', [
            notice.nominationId,
          ])
        )?.name
      : undefined;
    const unitCodes = typeof notice.facts.units === 'string' && notice.facts.units ? notice.facts.units.split(',') : [];
    const units = unitCodes.length
      ? await this.db.query('SELECT code, name FROM units WHERE code = ANY($1) ORDER BY block_code, code', [unitCodes])
      : undefined;

    let created = 0;
    for (const recipient of await this.resolve(notice.to)) {
      const { subject, body } = composeNotice({
        kind: notice.kind,
        recipientName: recipient.name,
        cycle: { code: notice.cycleCode, title: cycle?.title ?? notice.cycleCode, planReference: cycle?.plan_reference ?? '' },
        facts: notice.facts,
        unitName,
        units,
      });
      const status = recipient.email && this.mailer.enabled ? 'PENDING' : 'NONE';
      const inserted = await this.db.query(
        `INSERT INTO notifications (occasion, recipient, kind, email, subject, body, cycle_code, nomination_id, email_status)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         ON CONFLICT (occasion, recipient) DO NOTHING RETURNING id`,
        [
          notice.occasion,
          recipient.key,
          notice.kind,
          recipient.email,
          subject,
          body,
          notice.cycleCode,
          notice.nominationId ?? null,
          status,
        ],
      );
      created += inserted.length;
    }
    return created;
  }

  /**
   * Sends the occasions' pending mails, each claimed, sent and marked in its own short
   * transaction: one refused address does not roll back (and so resend) the others. A
   * permanent refusal (SMTP 5xx) marks the row FAILED; anything else is retried.
   */
  private async sendPending(occasions: string[]): Promise<number> {
    const ids: { id: string }[] = await this.db.query(
      `SELECT id FROM notifications WHERE occasion = ANY($1) AND email_status = 'PENDING' ORDER BY id`,
      [occasions],
    );
    let sent = 0;
    let transient: unknown;
    for (let i = 0; i < ids.length; i += 8) {
      await Promise.all(
        ids.slice(i, i + 8).map(async ({ id }) => {
          try {
            sent += await this.sendOne(id);
          } catch (err) {
            transient = err;
          }
        }),
      );
    }
    if (transient) throw transient;
    return sent;
  }

  private sendOne(id: string): Promise<number> {
    return this.db.transaction(async (m) => {
      const [mail]: { email: string; subject: string; body: string; occasion: string }[] = await m.query(
        `SELECT email, subject, body, occasion FROM notifications WHERE id = $1 AND email_status = 'PENDING' FOR UPDATE SKIP LOCKED`,
        [id],
      );
      if (!mail) return 0; // sent meanwhile, or being sent by an overlapping run
      try {
        await this.mailer.send({ to: mail.email, subject: mail.subject, text: mail.body, occasion: mail.occasion });
      } catch (err) {
        const code = (err as { responseCode?: number }).responseCode;
        if (code === undefined || code < 500) throw err;
        await m.query(`UPDATE notifications SET email_status = 'FAILED' WHERE id = $1`, [id]);
        return 0;
      }
      await m.query(`UPDATE notifications SET email_status = 'SENT', emailed_at = now() WHERE id = $1`, [id]);
      return 1;
    });
  }

  private async resolve(recipients: Recipient[]): Promise<ResolvedRecipient[]> {
    const resolved: ResolvedRecipient[] = [];
    for (const r of recipients) {
      if (r.kind === 'UNIT') {
        const unit = await this.one<{ name: string; email: string }>('SELECT name, email FROM units WHERE code = $1', [r.code]);
        resolved.push({ key: `unit:${r.code}`, name: unit?.name ?? r.code, email: unit?.email ?? null });
      } else {
        const users: { username: string; full_name: string; title: string; email: string }[] =
          r.kind === 'USER'
            ? await this.db.query('SELECT username, full_name, title, email FROM users WHERE username = $1', [r.username])
            : await this.db.query('SELECT username, full_name, title, email FROM users WHERE $1 = ANY(roles) ORDER BY username', [r.role]);
        // A letter to a person: "Kính gửi: Đồng chí <họ và tên>, <chức vụ>".
        const addressed = (u: { full_name: string; title: string }) => `Đồng chí ${u.full_name}${u.title ? `, ${u.title}` : ''}`;
        resolved.push(...users.map((u) => ({ key: `user:${u.username}`, name: addressed(u), email: u.email })));
      }
    }
    return resolved;
  }

  private async one<T>(sql: string, params: unknown[]): Promise<T | undefined> {
    const rows: T[] = await this.db.query(sql, params);
    return rows[0];
  }
}
