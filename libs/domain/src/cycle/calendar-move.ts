import { DomainError } from '../errors.js';
import { CALENDAR_DATE_LABELS } from '../labels.js';
import { formatHanoiDateTime } from '../time/hanoi-time.js';
import { calendarProblems, type CycleCalendar } from './cycle-rules.js';

/** The dates of a cycle that can be moved (lùi thời hạn); the period it covers cannot. */
export const MOVABLE_DATES = ['submissionCutoff', 'blockReviewTarget', 'councilVoteTarget', 'decisionTarget', 'conferenceDate'] as const;
export type MovableDate = (typeof MOVABLE_DATES)[number];

export interface CalendarMoveRequest {
  changes: Partial<Record<MovableDate, string>>;
  reason: string;
  /** Must be set to move a cutoff that has already passed: that reopens submissions. */
  reopen?: boolean;
}

export interface CalendarMove {
  next: CycleCalendar;
  changed: MovableDate[];
}

/**
 * Checks a request to move a cycle's dates against the calendar in force at `now`.
 * Nothing moves into the past; a passed cutoff moves only when reopening is asked for; the
 * milestones stay in order. An unchanged calendar is a valid no-op (the request may be a retry).
 */
export function planCalendarMove(current: CycleCalendar, request: CalendarMoveRequest, now: Date): CalendarMove {
  if (!request.reason?.trim()) {
    throw new DomainError('INVALID', 'REASON_REQUIRED', 'Cần nêu lý do khi điều chỉnh thời hạn của đợt.', { field: 'reason' });
  }
  const next: CycleCalendar = { ...current };
  const changed: MovableDate[] = [];
  for (const field of MOVABLE_DATES) {
    const value = request.changes[field];
    if (value === undefined) continue;
    const at = new Date(value);
    if (Number.isNaN(at.getTime())) {
      throw new DomainError('INVALID', 'INVALID_DATE', `${CALENDAR_DATE_LABELS[field]} không phải là ngày giờ hợp lệ.`, { field });
    }
    if (at.getTime() === Date.parse(current[field])) continue;
    if (at.getTime() <= now.getTime()) {
      throw new DomainError(
        'INVALID',
        'DATE_IN_PAST',
        `${CALENDAR_DATE_LABELS[field]} không thể lùi về thời điểm đã qua (${formatHanoiDateTime(at)}, giờ Hà Nội).`,
        { field },
      );
    }
    next[field] = at.toISOString();
    changed.push(field);
  }
  if (changed.includes('submissionCutoff') && Date.parse(current.submissionCutoff) <= now.getTime() && !request.reopen) {
    throw new DomainError(
      'CONFLICT',
      'CUTOFF_PASSED_REOPEN_REFUSED',
      `Hạn nộp hồ sơ ${formatHanoiDateTime(current.submissionCutoff)} (giờ Hà Nội) đã qua: điều chỉnh hạn này sẽ mở lại việc nhận hồ sơ, ` +
        `vì vậy cần xác nhận “Mở lại việc nhận hồ sơ”.`,
      { field: 'reopen' },
    );
  }
  const problems = calendarProblems(next);
  if (problems.length) {
    throw new DomainError('INVALID', 'DATES_OUT_OF_ORDER', problems.map((p) => p.message).join('; '), { field: problems[0].field });
  }
  return { next, changed };
}

const DAY = 86_400_000;
/** Units that have not submitted are reminded this many days before the cutoff. */
export const CUTOFF_REMINDER_DAYS = [7, 3, 1] as const;

/**
 * Calendar days in Hanoi from `at` to the cutoff. A cutoff "trước ngày 29/4" (29/04 00:00) is
 * 1 on 28/04, whatever the hour: a reminder run that starts late still counts the same day.
 */
export function daysBeforeCutoff(submissionCutoff: string | Date, at: Date): number {
  const hanoiDay = (instant: number) => Math.floor((instant + 7 * 3_600_000) / DAY);
  return hanoiDay(new Date(submissionCutoff).getTime()) - hanoiDay(at.getTime());
}
