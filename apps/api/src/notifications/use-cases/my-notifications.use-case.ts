import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Actor } from '#domain';
import { notificationsFor, type NotificationForReader } from '#persistence';
import type { DataSource } from 'typeorm';

/** A notice as the API shows it: the instant in ISO 8601 (UTC). */
export type NotificationResponse = Omit<NotificationForReader, 'createdAt'> & { createdAt: string };

/** The caller's notices, newest first: their own, and their unit's (reminders, outcomes). */
@Injectable()
export class MyNotificationsUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(actor: Actor): Promise<NotificationResponse[]> {
    const notices = await notificationsFor(this.dataSource, actor);
    return notices.map((n) => ({ ...n, createdAt: n.createdAt.toISOString() }));
  }
}
