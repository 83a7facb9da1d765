/**
 * Dates as a Vietnamese ministry writes them, always in Hanoi time (Asia/Ho_Chi_Minh, UTC+7,
 * no daylight saving): an instant stored in UTC can fall on the previous or next day there.
 */
const HANOI_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const HANOI_PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: HANOI_TIME_ZONE,
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  hourCycle: 'h23',
});

export interface HanoiParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

export function hanoiParts(isoInstant: string): HanoiParts {
  const instant = new Date(isoInstant);
  if (Number.isNaN(instant.getTime())) throw new RangeError(`Not an ISO instant: ${isoInstant}`);
  const parts = HANOI_PARTS.formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value);
  return { year: part('year'), month: part('month'), day: part('day'), hour: part('hour'), minute: part('minute') };
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** '05/05/2026' */
export function hanoiDate(isoInstant: string): string {
  const { day, month, year } = hanoiParts(isoInstant);
  return `${pad2(day)}/${pad2(month)}/${year}`;
}

/** '05/05/2026 14:30' */
export function hanoiDateTime(isoInstant: string): string {
  const { hour, minute } = hanoiParts(isoInstant);
  return `${hanoiDate(isoInstant)} ${pad2(hour)}:${pad2(minute)}`;
}

/**
 * 'Hà Nội, ngày 05 tháng 5 năm 2026'. Nghị định 30/2020/NĐ-CP: a day below 10 and the months
 * 1 and 2 take a leading zero (so 'tháng 01', 'tháng 02', but 'tháng 5').
 */
export function placeAndDate(place: string, isoInstant: string): string {
  const { day, month, year } = hanoiParts(isoInstant);
  const monthText = month <= 2 ? pad2(month) : String(month);
  return `${place}, ngày ${pad2(day)} tháng ${monthText} năm ${year}`;
}
