// Every instant is shown in Hanoi time (Asia/Ho_Chi_Minh, UTC+7 all year, no DST).
import { describe, expect, it } from '@jest/globals';
import { formatDay, formatHanoiDate, formatHanoiDateTime, HANOI_TIME_ZONE, hanoiInstant, hanoiYear } from './hanoi-time.js';

describe('Hanoi time', () => {
  it('"trước ngày 29/4/2018" ends at 2018-04-28T17:00:00Z', () => {
    const cutoff = hanoiInstant(2018, 4, 29);
    expect(cutoff.toISOString()).toBe('2018-04-28T17:00:00.000Z');
  });

  it('shows instants as dd/MM/yyyy HH:mm in Hanoi, and years by the Hanoi calendar', () => {
    expect(formatHanoiDateTime('2018-04-28T17:00:00Z')).toBe('29/04/2018 00:00');
    expect(formatHanoiDateTime('2018-06-08T01:00:00Z')).toBe('08/06/2018 08:00');
    expect(hanoiYear('2019-12-31T17:30:00Z')).toBe(2020);
  });

  it('is Asia/Ho_Chi_Minh', () => {
    expect(HANOI_TIME_ZONE).toBe('Asia/Ho_Chi_Minh');
  });

  it.each([
    ['an ISO string', '2020-10-14T02:05:00.000Z'],
    ['a Date', new Date('2020-10-14T02:05:00.000Z')],
    ['milliseconds', Date.parse('2020-10-14T02:05:00.000Z')],
  ])('reads %s', (_, instant) => {
    expect(formatHanoiDateTime(instant)).toBe('14/10/2020 09:05');
    expect(formatHanoiDate(instant)).toBe('14/10/2020');
  });

  it('pads days, months, hours and minutes to two digits', () => {
    expect(formatHanoiDateTime('2018-01-01T02:03:00Z')).toBe('01/01/2018 09:03');
  });

  it('shows a calendar day (yyyy-MM-dd, no zone) as dd/MM/yyyy', () => {
    expect(formatDay('2018-06-08')).toBe('08/06/2018');
  });

  it('the Hanoi date of a UTC evening is the next day', () => {
    expect(formatHanoiDate('2018-06-07T17:00:00Z')).toBe('08/06/2018');
    expect(formatHanoiDate('2018-06-07T16:59:59Z')).toBe('07/06/2018');
  });

  it('is UTC+7 in winter and summer alike (no daylight saving)', () => {
    expect(formatHanoiDateTime('2020-01-15T00:00:00Z')).toBe('15/01/2020 07:00');
    expect(formatHanoiDateTime('2020-07-15T00:00:00Z')).toBe('15/07/2020 07:00');
  });

  it('hanoiInstant is the instant of a Hanoi wall-clock time, hours and minutes included', () => {
    expect(hanoiInstant(2018, 6, 8, 8).toISOString()).toBe('2018-06-08T01:00:00.000Z');
    expect(hanoiInstant(2020, 10, 14, 23, 59).toISOString()).toBe('2020-10-14T16:59:00.000Z');
    expect(hanoiInstant(2021, 1, 1).toISOString()).toBe('2020-12-31T17:00:00.000Z');
  });

  it('decision numbers restart with the Hanoi year, not the UTC one', () => {
    expect(hanoiYear('2019-12-31T16:59:59Z')).toBe(2019);
    expect(hanoiYear('2019-12-31T17:00:00Z')).toBe(2020);
  });
});
