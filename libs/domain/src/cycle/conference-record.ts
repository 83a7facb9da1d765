import { DomainError } from '../errors.js';
import { formatHanoiDate, formatHanoiDateTime, hanoiInstant, type Instant } from '../time/hanoi-time.js';

/** Where and on which day (yyyy-MM-dd, Hanoi) the conference was actually held, as the standing office records it. */
export interface ConferenceVenue {
  heldOn: string;
  place: string;
}

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The Hanoi calendar day of an instant, as yyyy-MM-dd. */
export function hanoiDayOf(instant: Instant): string {
  const [day, month, year] = formatHanoiDate(instant).split('/');
  return `${year}-${month}-${day}`;
}

/** The instant a Hanoi calendar day starts, or null when `day` is not a real yyyy-MM-dd date. */
export function hanoiDayStart(day: string): Date | null {
  const match = DAY_PATTERN.exec(day);
  if (!match) return null;
  const [year, month, date] = match.slice(1).map(Number);
  const start = hanoiInstant(year, month, date);
  // 2026-02-30 rolls over to March: not a real day.
  return formatHanoiDate(start) === `${match[3]}/${match[2]}/${match[1]}` ? start : null;
}

/**
 * Whether the standing office may record the conference now, as held on `venue.heldOn` at
 * `venue.place`: only once submissions have closed, on a day between the cutoff and today, and
 * with a place. The date and place are what the honour list prints. Checked when the request
 * arrives (the workflow's validator, the API), never on replay, so it binds new requests only.
 */
export function checkConferenceRecord(cycleCode: string, submissionCutoff: Instant, at: Instant, venue: ConferenceVenue): void {
  const cutoff = new Date(submissionCutoff);
  if (new Date(at).getTime() < cutoff.getTime()) {
    throw new DomainError(
      'CONFLICT',
      'CONFERENCE_BEFORE_CUTOFF',
      `Đợt ${cycleCode} còn nhận hồ sơ đến ${formatHanoiDateTime(cutoff)} (giờ Hà Nội): ` +
        'chưa thể ghi nhận Hội nghị biểu dương trước khi hết hạn nộp hồ sơ.',
    );
  }
  const dayStart = hanoiDayStart(venue.heldOn);
  if (!dayStart) {
    throw new DomainError('INVALID', 'INVALID_DATE', `Ngày tổ chức hội nghị “${venue.heldOn}” không phải là ngày hợp lệ.`, {
      field: 'heldOn',
    });
  }
  if (dayStart.getTime() > new Date(at).getTime()) {
    throw new DomainError(
      'INVALID',
      'CONFERENCE_DATE_IN_FUTURE',
      `Ngày tổ chức hội nghị ${formatHanoiDate(dayStart)} chưa đến: chỉ ghi nhận hội nghị đã tổ chức.`,
      { field: 'heldOn' },
    );
  }
  if (formatHanoiDate(dayStart) !== formatHanoiDate(cutoff) && dayStart.getTime() < cutoff.getTime()) {
    throw new DomainError(
      'INVALID',
      'CONFERENCE_DATE_BEFORE_CUTOFF',
      `Ngày tổ chức hội nghị ${formatHanoiDate(dayStart)} sớm hơn hạn nộp hồ sơ ${formatHanoiDate(cutoff)}.`,
      { field: 'heldOn' },
    );
  }
  if (venue.place.trim().length === 0) {
    throw new DomainError('INVALID', 'CONFERENCE_PLACE_REQUIRED', 'Cần ghi địa điểm tổ chức hội nghị.', { field: 'place' });
  }
}
