import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';

/** Every date the Ministry writes is in Hanoi time: UTC+7, no daylight saving. */
export const HANOI_TIME_ZONE = 'Asia/Ho_Chi_Minh';

export type Instant = Date | string | number;

/** `dd/MM/yyyy HH:mm` in Hanoi time, the way a deadline is shown to a person. */
export function formatHanoiDateTime(instant: Instant): string {
  return format(new TZDate(new Date(instant).getTime(), HANOI_TIME_ZONE), 'dd/MM/yyyy HH:mm');
}

/** `dd/MM/yyyy` in Hanoi time. */
export function formatHanoiDate(instant: Instant): string {
  return format(new TZDate(new Date(instant).getTime(), HANOI_TIME_ZONE), 'dd/MM/yyyy');
}

/** The calendar year in Hanoi of an instant (decision numbers restart every year). */
export function hanoiYear(instant: Instant): number {
  return new TZDate(new Date(instant).getTime(), HANOI_TIME_ZONE).getFullYear();
}

/**
 * The instant a Hanoi wall-clock time happens, e.g. `hanoiInstant(2018, 4, 29)` is
 * 2018-04-28T17:00:00Z: "trước ngày 29/4/2018" ends there.
 */
export function hanoiInstant(year: number, month: number, day: number, hour = 0, minute = 0): Date {
  return new Date(new TZDate(year, month - 1, day, hour, minute, 0, HANOI_TIME_ZONE).getTime());
}
