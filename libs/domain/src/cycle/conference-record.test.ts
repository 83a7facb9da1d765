// Recording the conference as held: only after the cutoff, on a real day between the cutoff and today, with a place.
import { describe, expect, it } from '@jest/globals';
import { checkConferenceRecord, hanoiDayOf, hanoiDayStart } from './conference-record.js';
import { hanoiInstant } from '../time/hanoi-time.js';

const CUTOFF = hanoiInstant(2018, 4, 29); // "trước ngày 29/4/2018": 00:00 on the 29th, Hanoi
const PLACE = 'Hội trường Bộ, 10 Tôn Thất Thuyết, Hà Nội';
const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (err) {
    return err as { code: string; reason: string; field?: string; message: string };
  }
  throw new Error('not refused');
};

describe('recording the conference', () => {
  it('is refused before the submission cutoff, saying until when units may still submit', () => {
    const err = refusal(() =>
      checkConferenceRecord('SK-2018', CUTOFF, hanoiInstant(2018, 4, 28, 23, 59), { heldOn: '2018-04-28', place: PLACE }),
    );
    expect(err).toMatchObject({ code: 'CONFLICT', reason: 'CONFERENCE_BEFORE_CUTOFF' });
    expect(err.message).toContain('29/04/2018 00:00');
  });

  it('takes a day from the cutoff day to today, with a place', () => {
    const at = hanoiInstant(2018, 6, 8, 15);
    expect(() => checkConferenceRecord('SK-2018', CUTOFF, at, { heldOn: '2018-06-08', place: PLACE })).not.toThrow();
    expect(() => checkConferenceRecord('SK-2018', CUTOFF, at, { heldOn: '2018-04-29', place: PLACE })).not.toThrow();
  });

  it('refuses a day to come, a day before the cutoff, a day that does not exist, and no place', () => {
    const at = hanoiInstant(2018, 6, 8, 15);
    expect(refusal(() => checkConferenceRecord('SK-2018', CUTOFF, at, { heldOn: '2018-06-09', place: PLACE }))).toMatchObject({
      reason: 'CONFERENCE_DATE_IN_FUTURE',
      field: 'heldOn',
      message: 'Ngày tổ chức hội nghị 09/06/2018 chưa đến: chỉ ghi nhận hội nghị đã tổ chức.',
    });
    expect(refusal(() => checkConferenceRecord('SK-2018', CUTOFF, at, { heldOn: '2018-04-28', place: PLACE }))).toMatchObject({
      reason: 'CONFERENCE_DATE_BEFORE_CUTOFF',
      field: 'heldOn',
    });
    expect(refusal(() => checkConferenceRecord('SK-2018', CUTOFF, at, { heldOn: '2018-02-30', place: PLACE }))).toMatchObject({
      code: 'INVALID',
      reason: 'INVALID_DATE',
      field: 'heldOn',
    });
    expect(refusal(() => checkConferenceRecord('SK-2018', CUTOFF, at, { heldOn: '2018-06-08', place: '  ' }))).toMatchObject({
      reason: 'CONFERENCE_PLACE_REQUIRED',
      field: 'place',
    });
  });

  it('reads days in Hanoi, whatever the instant', () => {
    expect(hanoiDayStart('2018-06-08')?.toISOString()).toBe('2018-06-07T17:00:00.000Z');
    expect(hanoiDayStart('2018-13-01')).toBeNull();
    expect(hanoiDayOf('2018-06-07T17:00:00Z')).toBe('2018-06-08');
    expect(hanoiDayOf('2018-06-07T16:59:59Z')).toBe('2018-06-07');
  });
});
