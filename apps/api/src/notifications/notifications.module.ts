import { Module } from '@nestjs/common';
import { NotificationsController } from './notifications.controller.js';
import { MarkNotificationsReadUseCase } from './use-cases/mark-notifications-read.use-case.js';
import { MyNotificationsUseCase } from './use-cases/my-notifications.use-case.js';
import { UnreadCountUseCase } from './use-cases/unread-count.use-case.js';

@Module({ controllers: [NotificationsController], providers: [MyNotificationsUseCase, UnreadCountUseCase, MarkNotificationsReadUseCase] })
export class NotificationsModule {}
