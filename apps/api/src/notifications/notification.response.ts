import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import type { NotificationForReader } from '#persistence';

/** A notice as the API shows it: the instant in ISO 8601 (UTC), and whether the caller has read it. */
@ApiSchema({ name: 'Notification' })
export class NotificationResponse implements Omit<NotificationForReader, 'createdAt'> {
  @ApiProperty({ example: '42' }) id: string;
  @ApiProperty({
    example: 'TASK_REMINDER',
    description: 'CUTOFF_REMINDER, MISSED_CUTOFF, MISSING_UNITS, TASK_REMINDER, TASK_ESCALATION, NOMINATION_OUTCOME, CALENDAR_MOVED, …',
  })
  kind: string;
  @ApiProperty() subject: string;
  @ApiProperty() body: string;
  @ApiProperty({ type: String, nullable: true }) cycleCode: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) nominationId: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ example: 'SENT', description: 'Whether the e-mail went out (PENDING, SENT, …)' }) emailStatus: string;
  @ApiProperty({ description: 'The caller has marked it read (per person: a unit’s officers each have their own)' }) read: boolean;
}

@ApiSchema({ name: 'UnreadCount' })
export class UnreadCountResponse {
  @ApiProperty({ description: 'How many of the caller’s notices are unread' }) count: number;
}

@ApiSchema({ name: 'NotificationsMarkedRead' })
export class NotificationsMarkedReadResponse {
  @ApiProperty({ description: 'How many notices this request marked read (already read ones and others’ are not counted)' })
  marked: number;
  @ApiProperty({ description: 'How many of the caller’s notices are still unread' }) unread: number;
}
