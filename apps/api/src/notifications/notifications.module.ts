import { Module } from '@nestjs/common';
import { NotificationsController } from './notifications.controller.js';
import { MyNotificationsUseCase } from './use-cases/my-notifications.use-case.js';

@Module({ controllers: [NotificationsController], providers: [MyNotificationsUseCase] })
export class NotificationsModule {}
