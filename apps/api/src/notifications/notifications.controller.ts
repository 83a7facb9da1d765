import { Controller, Get } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Actor } from '#domain';
import type { DataSource } from 'typeorm';
import { CurrentActor } from '../auth/current-actor.decorator.js';

export interface NotificationResponse {
  id: string;
  kind: string;
  subject: string;
  body: string;
  cycleCode: string | null;
  nominationId: string | null;
  createdAt: string;
  emailStatus: string;
}

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The caller's notices, newest first: their own, and their unit's (reminders, outcomes). */
  @Get()
  async mine(@CurrentActor() actor: Actor): Promise<NotificationResponse[]> {
    const recipients = [`user:${actor.username}`, ...(actor.unitCode ? [`unit:${actor.unitCode}`] : [])];
    const rows: {
      id: string;
      kind: string;
      subject: string;
      body: string;
      cycle_code: string | null;
      nomination_id: string | null;
      created_at: Date;
      email_status: string;
    }[] = await this.db.query(
      `SELECT id, kind, subject, body, cycle_code, nomination_id, created_at, email_status FROM notifications
         WHERE recipient = ANY($1) ORDER BY created_at DESC, id DESC LIMIT 200`,
      [recipients],
    );
    return rows.map((r) => ({
      id: String(r.id),
      kind: r.kind,
      subject: r.subject,
      body: r.body,
      cycleCode: r.cycle_code,
      nominationId: r.nomination_id,
      createdAt: r.created_at.toISOString(),
      emailStatus: r.email_status,
    }));
  }
}
