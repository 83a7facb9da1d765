import dayjs, { type Dayjs } from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import 'dayjs/locale/vi';

dayjs.extend(utc);
dayjs.extend(timezone);
dayjs.locale('vi');

/** Every instant a person reads is in Hanoi time, whatever the browser's own time zone. */
export const HANOI = 'Asia/Ho_Chi_Minh';

const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: HANOI,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function hanoiParts(instant: string | Date): Record<string, string> {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  return Object.fromEntries(parts.formatToParts(date).map((p) => [p.type, p.value]));
}

/** dd/MM/yyyy HH:mm in Hanoi time. */
export function formatDateTime(instant: string | Date | null | undefined): string {
  if (!instant) return '—';
  const p = hanoiParts(instant);
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
}

/** dd/MM/yyyy in Hanoi time. */
export function formatDate(instant: string | Date | null | undefined): string {
  if (!instant) return '—';
  const p = hanoiParts(instant);
  return `${p.day}/${p.month}/${p.year}`;
}

/** A calendar day given as yyyy-MM-dd (a day, not an instant), as dd/MM/yyyy. */
export function formatDay(day: string): string {
  return day.split('-').reverse().join('/');
}

/** A picked date and time read as Hanoi wall-clock time (the picker itself knows no zone). */
export function fromHanoiWallClock(picked: Dayjs): string {
  return dayjs.tz(picked.format('YYYY-MM-DDTHH:mm:ss'), HANOI).toISOString();
}

/** An instant as a picker value showing its Hanoi wall-clock time. */
export function toHanoiWallClock(instant: string): Dayjs {
  return dayjs(dayjs(instant).tz(HANOI).format('YYYY-MM-DDTHH:mm:ss'));
}

export function isPast(instant: string | null | undefined, now = Date.now()): boolean {
  return !!instant && Date.parse(instant) < now;
}
