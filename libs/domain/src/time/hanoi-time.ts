/**
 * Every date the Ministry writes is in Hanoi time. Asia/Ho_Chi_Minh has been UTC+7 without
 * daylight saving since 1975, so conversions are plain arithmetic: no time-zone database, no
 * Intl, nothing that could differ between the API, the worker and the workflow sandbox.
 */
export const HANOI_TIME_ZONE = 'Asia/Ho_Chi_Minh';
const OFFSET_MS = 7 * 3_600_000;

export type Instant = Date | string | number;

/** The Hanoi wall-clock fields of an instant. */
function wallClock(instant: Instant) {
  const shifted = new Date(new Date(instant).getTime() + OFFSET_MS);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
  };
}

const two = (n: number) => String(n).padStart(2, '0');

/** `dd/MM/yyyy HH:mm` in Hanoi time, the way a deadline is shown to a person. */
export function formatHanoiDateTime(instant: Instant): string {
  const t = wallClock(instant);
  return `${two(t.day)}/${two(t.month)}/${t.year} ${two(t.hour)}:${two(t.minute)}`;
}

/** `dd/MM/yyyy` in Hanoi time. */
export function formatHanoiDate(instant: Instant): string {
  const t = wallClock(instant);
  return `${two(t.day)}/${two(t.month)}/${t.year}`;
}

/** A calendar day (yyyy-MM-dd, a day with no time or zone, as the conference's) as people read it: dd/MM/yyyy. */
export function formatDay(day: string): string {
  return day.split('-').reverse().join('/');
}

/** The calendar year in Hanoi of an instant (decision numbers restart every year). */
export function hanoiYear(instant: Instant): number {
  return wallClock(instant).year;
}

/**
 * The instant a Hanoi wall-clock time happens, e.g. `hanoiInstant(2018, 4, 29)` is
 * 2018-04-28T17:00:00Z: "trước ngày 29/4/2018" ends there.
 */
export function hanoiInstant(year: number, month: number, day: number, hour = 0, minute = 0): Date {
  return new Date(Date.UTC(year, month - 1, day, hour, minute) - OFFSET_MS);
}
