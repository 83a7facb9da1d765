// Dates are printed in Hanoi time, and the place-and-date line pads as Nghị định 30/2020 asks.
import { describe, expect, it } from '@jest/globals';
import { hanoiDate, hanoiDateTime, placeAndDate } from './hanoi-date.js';

describe('hanoi dates', () => {
  it('prints an instant in Hanoi time, which can be the next day', () => {
    expect(hanoiDateTime('2026-05-04T17:30:00.000Z')).toBe('05/05/2026 00:30');
    expect(hanoiDate('2026-05-04T16:59:00.000Z')).toBe('04/05/2026');
  });

  it('pads the day below 10 and only the months 1 and 2', () => {
    expect(placeAndDate('Hà Nội', '2026-05-05T03:00:00.000Z')).toBe('Hà Nội, ngày 05 tháng 5 năm 2026');
    expect(placeAndDate('Hà Nội', '2026-01-09T03:00:00.000Z')).toBe('Hà Nội, ngày 09 tháng 01 năm 2026');
    expect(placeAndDate('Hà Nội', '2026-02-20T03:00:00.000Z')).toBe('Hà Nội, ngày 20 tháng 02 năm 2026');
    expect(placeAndDate('Hà Nội', '2026-03-10T03:00:00.000Z')).toBe('Hà Nội, ngày 10 tháng 3 năm 2026');
    expect(placeAndDate('Hà Nội', '2026-12-31T03:00:00.000Z')).toBe('Hà Nội, ngày 31 tháng 12 năm 2026');
  });

  it('refuses what is not an instant', () => {
    expect(() => hanoiDate('not a date')).toThrow(RangeError);
  });
});
