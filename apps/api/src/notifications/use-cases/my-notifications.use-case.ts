import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Actor } from '#domain';
import { notificationsFor } from '#persistence';
import type { DataSource } from 'typeorm';
import type { NotificationResponse } from '../notification.response.js';

/** The caller's notices, newest first: their own, and their unit's (reminders, outcomes), each with the caller's read state. */
@Injectable()
export class MyNotificationsUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(actor: Actor): Promise<NotificationResponse[]> {
    const notices = await notificationsFor(this.dataSource, actor);
    return notices.map((n) => ({ ...n, createdAt: n.createdAt.toISOString() }));
  }
}
