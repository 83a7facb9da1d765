import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Actor } from '#domain';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { MyNotificationsUseCase, type NotificationResponse } from './use-cases/my-notifications.use-case.js';

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly myNotificationsUseCase: MyNotificationsUseCase) {}

  /** The caller's notices, newest first: their own, and their unit's (reminders, outcomes). */
  @Get()
  mine(@CurrentActor() actor: Actor): Promise<NotificationResponse[]> {
    return this.myNotificationsUseCase.execute(actor);
  }
}
