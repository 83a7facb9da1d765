import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Actor } from '#domain';
import { markNotificationsRead, unreadNotificationCount } from '#persistence';
import type { DataSource } from 'typeorm';
import type { NotificationsMarkedReadResponse } from '../notification.response.js';

/** Marks the caller's notices read (the ones named, or all), for the caller alone. */
@Injectable()
export class MarkNotificationsReadUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute({ actor, ids }: { actor: Actor; ids?: string[] }): Promise<NotificationsMarkedReadResponse> {
    const marked = await markNotificationsRead(this.dataSource, actor, ids);
    return { marked, unread: await unreadNotificationCount(this.dataSource, actor) };
  }
}
