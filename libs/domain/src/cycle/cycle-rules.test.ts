// A cycle's calendar is in order; the cutoff is an instant; the rules a nomination carries have defaults.
import { describe, expect, it } from '@jest/globals';
import { calendarProblems, DEFAULT_DECISION_SUFFIX, DEFAULT_MAX_CHANGE_ROUNDS } from './cycle-rules.js';
import { requireSubmissionsOpen } from './admission.js';
import { DomainError } from '../errors.js';
import { CALENDAR_DATE_LABELS } from '../labels.js';
import { hanoiInstant } from '../time/hanoi-time.js';
import { CALENDAR } from '../testing/cycle-events.js';

describe('the calendar', () => {
  it('the 2016–2018 calendar is in order', () => {
    expect(calendarProblems(CALENDAR)).toEqual([]);
  });

  it('the period must end after it starts', () => {
    expect(calendarProblems({ ...CALENDAR, periodTo: CALENDAR.periodFrom })).toEqual([
      { field: 'periodTo', code: 'dateOrder', message: 'Ngày kết thúc thời kỳ xét phải sau ngày bắt đầu thời kỳ xét' },
    ]);
  });

  it.each([
    ['blockReviewTarget', 'submissionCutoff', { blockReviewTarget: CALENDAR.submissionCutoff }],
    ['councilVoteTarget', 'blockReviewTarget', { councilVoteTarget: CALENDAR.blockReviewTarget }],
    ['decisionTarget', 'councilVoteTarget', { decisionTarget: '2018-05-01T00:00:00.000Z' }],
    ['conferenceDate', 'decisionTarget', { conferenceDate: CALENDAR.decisionTarget }],
  ])('%s must be after %s', (after, before, change) => {
    const problem = calendarProblems({ ...CALENDAR, ...change }).find((p) => p.field === after);
    expect(problem).toMatchObject({ code: 'dateOrder' });
    const label = (field: string) => CALENDAR_DATE_LABELS[field as keyof typeof CALENDAR_DATE_LABELS];
    expect(problem?.message).toBe(`${label(after)} phải sau ${label(before).charAt(0).toLowerCase()}${label(before).slice(1)}`);
  });
});

describe('the cutoff', () => {
  it('"trước ngày 29/4/2018" ends at 2018-04-28T17:00:00Z', () => {
    const cutoff = hanoiInstant(2018, 4, 29);
    expect(cutoff.toISOString()).toBe('2018-04-28T17:00:00.000Z');
    expect(() => requireSubmissionsOpen('SK-2016-2018', cutoff, new Date('2018-04-28T16:59:59Z'))).not.toThrow();
    expect(() => requireSubmissionsOpen('SK-2016-2018', cutoff, new Date('2018-04-28T17:00:00Z'))).toThrow(DomainError);
    expect(() => requireSubmissionsOpen('SK-2016-2018', cutoff, hanoiInstant(2018, 4, 29, 8))).toThrow(DomainError);
  });

  it('admission agrees with it to the millisecond', () => {
    expect(() => requireSubmissionsOpen('SK-2016-2018', CALENDAR.submissionCutoff, '2018-04-28T16:59:59.999Z')).not.toThrow();
    expect(() => requireSubmissionsOpen('SK-2016-2018', CALENDAR.submissionCutoff, new Date('2018-04-28T17:00:00.000Z'))).toThrow(
      DomainError,
    );
    expect(() => requireSubmissionsOpen('SK-2016-2018', new Date(CALENDAR.submissionCutoff), Date.parse('2018-04-29T01:00:00Z'))).toThrow(
      'hồ sơ phải gửi trước 29/04/2018 00:00 (giờ Hà Nội); hiện là 29/04/2018 08:00.',
    );
  });
});

describe('the rules a nomination carries', () => {
  it('allow 2 change requests by default and number decisions QĐ-BTNMT', () => {
    expect(DEFAULT_MAX_CHANGE_ROUNDS).toBe(2);
    expect(DEFAULT_DECISION_SUFFIX).toBe('QĐ-BTNMT');
  });
});
