import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '#domain';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { MarkNotificationsReadDto } from './dto/mark-read.dto.js';
import { NotificationResponse, NotificationsMarkedReadResponse, UnreadCountResponse } from './notification.response.js';
import { MarkNotificationsReadUseCase } from './use-cases/mark-notifications-read.use-case.js';
import { MyNotificationsUseCase } from './use-cases/my-notifications.use-case.js';
import { UnreadCountUseCase } from './use-cases/unread-count.use-case.js';

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(
    private readonly myNotificationsUseCase: MyNotificationsUseCase,
    private readonly unreadCountUseCase: UnreadCountUseCase,
    private readonly markNotificationsReadUseCase: MarkNotificationsReadUseCase,
  ) {}

  /** The caller's notices, newest first: their own, and their unit's (reminders, outcomes). */
  @Get()
  @ApiOkResponse({ type: [NotificationResponse] })
  mine(@CurrentActor() actor: Actor): Promise<NotificationResponse[]> {
    return this.myNotificationsUseCase.execute(actor);
  }

  /** How many of the caller's notices are unread. */
  @Get('unread-count')
  @ApiOkResponse({ type: UnreadCountResponse })
  unreadCount(@CurrentActor() actor: Actor): Promise<UnreadCountResponse> {
    return this.unreadCountUseCase.execute(actor);
  }

  /** Marks the caller's notices read (those of `ids`, or all): for the caller only, not for the rest of their unit. */
  @Post('read')
  @HttpCode(200)
  @ApiOkResponse({ type: NotificationsMarkedReadResponse })
  markRead(@Body() body: MarkNotificationsReadDto, @CurrentActor() actor: Actor): Promise<NotificationsMarkedReadResponse> {
    return this.markNotificationsReadUseCase.execute({ actor, ids: body.ids });
  }
}
