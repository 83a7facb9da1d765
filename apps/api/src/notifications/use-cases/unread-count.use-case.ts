import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Actor } from '#domain';
import { unreadNotificationCount } from '#persistence';
import type { DataSource } from 'typeorm';
import type { UnreadCountResponse } from '../notification.response.js';

/** How many of the caller's notices they have not read yet (the badge). */
@Injectable()
export class UnreadCountUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(actor: Actor): Promise<UnreadCountResponse> {
    return { count: await unreadNotificationCount(this.dataSource, actor) };
  }
}
