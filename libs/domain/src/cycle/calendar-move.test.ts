// Checking a request to move a cycle's dates against the calendar in force, and the days left before the cutoff.
import { describe, expect, it } from '@jest/globals';
import { CUTOFF_REMINDER_DAYS, daysBeforeCutoff, MOVABLE_DATES, planCalendarMove } from './calendar-move.js';
import { DomainError } from '../errors.js';
import { hanoiInstant } from '../time/hanoi-time.js';
import { CALENDAR, CUTOFF, PLAN_SIGNED } from '../testing/cycle-events.js';

const REASON = 'Lùi thời hạn do dịch COVID-19';
const now = new Date(PLAN_SIGNED);
const refusal = (run: () => unknown): { code: string; reason: string; field?: string; message: string } => {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return { code: error.code, reason: error.reason, field: error.field, message: error.message };
    throw error;
  }
  throw new Error('expected a refusal');
};

describe('planning a calendar move', () => {
  it('the movable dates are the cutoff and the four targets, not the period covered', () => {
    expect(MOVABLE_DATES).toEqual(['submissionCutoff', 'blockReviewTarget', 'councilVoteTarget', 'decisionTarget', 'conferenceDate']);
    const periodChange = { periodFrom: '2017-01-01T00:00:00.000Z' } as never;
    expect(planCalendarMove(CALENDAR, { changes: periodChange, reason: REASON }, now)).toEqual({ next: CALENDAR, changed: [] });
  });

  it('gives the next calendar, instants normalised, and the dates that changed', () => {
    const plan = planCalendarMove(CALENDAR, { changes: { conferenceDate: '2018-07-08T08:00:00+07:00' }, reason: REASON }, now);
    expect(plan).toEqual({ next: { ...CALENDAR, conferenceDate: '2018-07-08T01:00:00.000Z' }, changed: ['conferenceDate'] });
  });

  it('a date given as the same instant in another form is unchanged', () => {
    const plan = planCalendarMove(CALENDAR, { changes: { conferenceDate: '2018-06-08T08:00:00+07:00' }, reason: REASON }, now);
    expect(plan).toEqual({ next: CALENDAR, changed: [] });
  });

  it('moves the whole calendar at once (the 2020 congress: every deadline back)', () => {
    const later = {
      submissionCutoff: '2018-05-28T17:00:00.000Z',
      blockReviewTarget: '2018-06-10T10:00:00.000Z',
      councilVoteTarget: '2018-06-20T10:00:00.000Z',
      decisionTarget: '2018-06-30T10:00:00.000Z',
      conferenceDate: '2018-07-08T01:00:00.000Z',
    };
    const plan = planCalendarMove(CALENDAR, { changes: later, reason: REASON }, now);
    expect(plan).toEqual({ next: { ...CALENDAR, ...later }, changed: [...MOVABLE_DATES] });
  });

  it.each([undefined, '', '  '])('needs a reason (%p)', (reason) => {
    expect(refusal(() => planCalendarMove(CALENDAR, { changes: {}, reason: reason as string }, now))).toEqual({
      code: 'INVALID',
      reason: 'REASON_REQUIRED',
      field: 'reason',
      message: 'Cần nêu lý do khi điều chỉnh thời hạn của đợt.',
    });
  });

  it('refuses what is not an instant (a date written the Vietnamese way)', () => {
    expect(refusal(() => planCalendarMove(CALENDAR, { changes: { decisionTarget: '31/05/2018' }, reason: REASON }, now))).toEqual({
      code: 'INVALID',
      reason: 'INVALID_DATE',
      field: 'decisionTarget',
      message: 'Hạn quyết định công nhận không phải là ngày giờ hợp lệ.',
    });
  });

  it.each([
    ['before now', '2018-03-26T01:59:59.000Z'],
    ['now itself', PLAN_SIGNED],
  ])('refuses a date moved to %s', (_, value) => {
    expect(refusal(() => planCalendarMove(CALENDAR, { changes: { blockReviewTarget: value }, reason: REASON }, now))).toEqual({
      code: 'INVALID',
      reason: 'DATE_IN_PAST',
      field: 'blockReviewTarget',
      message: expect.stringContaining('Hạn xét duyệt của Khối/Cụm thi đua không thể lùi về thời điểm đã qua'),
    });
  });

  it('says which date would move into the past, in Hanoi time', () => {
    expect(
      refusal(() => planCalendarMove(CALENDAR, { changes: { decisionTarget: '2018-03-01T01:00:00.000Z' }, reason: REASON }, now)),
    ).toEqual({
      code: 'INVALID',
      reason: 'DATE_IN_PAST',
      field: 'decisionTarget',
      message: 'Hạn quyết định công nhận không thể lùi về thời điểm đã qua (01/03/2018 08:00, giờ Hà Nội).',
    });
  });

  it('keeps the milestones in order, naming each out of order', () => {
    const changes = { blockReviewTarget: '2018-04-01T00:00:00.000Z', conferenceDate: '2018-05-30T00:00:00.000Z' };
    expect(refusal(() => planCalendarMove(CALENDAR, { changes, reason: REASON }, now))).toEqual({
      code: 'INVALID',
      reason: 'DATES_OUT_OF_ORDER',
      field: 'blockReviewTarget',
      message: 'Hạn xét duyệt của Khối/Cụm thi đua phải sau hạn nộp hồ sơ; Ngày Hội nghị biểu dương phải sau hạn quyết định công nhận',
    });
  });

  describe('a cutoff that has passed', () => {
    const afterTheCutoff = new Date('2018-04-30T02:00:00.000Z');
    const atTheCutoff = new Date(CUTOFF);
    const newCutoff = { submissionCutoff: '2018-05-05T17:00:00.000Z' };

    it.each([
      ['after it', afterTheCutoff],
      ['at its very instant', atTheCutoff],
    ])('moves only with reopen: true (%s)', (_, at) => {
      expect(refusal(() => planCalendarMove(CALENDAR, { changes: newCutoff, reason: REASON }, at))).toMatchObject({
        code: 'CONFLICT',
        reason: 'CUTOFF_PASSED_REOPEN_REFUSED',
        field: 'reopen',
      });
      expect(refusal(() => planCalendarMove(CALENDAR, { changes: newCutoff, reason: REASON, reopen: false }, at)).code).toBe('CONFLICT');
      expect(planCalendarMove(CALENDAR, { changes: newCutoff, reason: REASON, reopen: true }, at).changed).toEqual(['submissionCutoff']);
    });

    it('does not stop the other dates from moving', () => {
      const plan = planCalendarMove(CALENDAR, { changes: { conferenceDate: '2018-07-08T01:00:00.000Z' }, reason: REASON }, afterTheCutoff);
      expect(plan.changed).toEqual(['conferenceDate']);
    });

    it('a cutoff still ahead moves without reopening', () => {
      expect(planCalendarMove(CALENDAR, { changes: newCutoff, reason: REASON }, now).changed).toEqual(['submissionCutoff']);
    });
  });
});

describe('days before the cutoff', () => {
  it('units are reminded 7, 3 and 1 days before it', () => {
    expect(CUTOFF_REMINDER_DAYS).toEqual([7, 3, 1]);
  });

  it('counts days before the cutoff by the Hanoi calendar, whatever the hour of the run', () => {
    const cutoff = hanoiInstant(2018, 4, 29);
    expect(daysBeforeCutoff(cutoff, hanoiInstant(2018, 4, 22, 8))).toBe(7);
    expect(daysBeforeCutoff(cutoff, hanoiInstant(2018, 4, 22, 23, 59))).toBe(7);
    expect(daysBeforeCutoff(cutoff, hanoiInstant(2018, 4, 28, 8))).toBe(1);
  });

  it('a run just after midnight in Hanoi (still the day before in UTC) counts the Hanoi day', () => {
    expect(daysBeforeCutoff(CUTOFF, new Date('2018-04-25T17:30:00.000Z'))).toBe(3); // 26/04 00:30 in Hanoi
    expect(daysBeforeCutoff(CUTOFF, new Date('2018-04-25T16:30:00.000Z'))).toBe(4); // 25/04 23:30 in Hanoi
  });

  it('is 0 on the cutoff day and negative after it', () => {
    expect(daysBeforeCutoff(CUTOFF, new Date('2018-04-29T01:00:00.000Z'))).toBe(0);
    expect(daysBeforeCutoff(CUTOFF, new Date('2018-04-30T01:00:00.000Z'))).toBe(-1);
  });
});
