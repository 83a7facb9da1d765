// The cycle's rules: submissions before the cutoff; dates move only by the administrator or the standing office,
// with a reason, forward and in order, never after the conference; the conference is recorded once.
import { describe, expect, it } from '@jest/globals';
import { cycleEventKey, evolveCycle, newCycleState, recordedCycleEvent, type CycleEvent } from './cycle.js';
import { admin, councilMember, deputyMinister, minister, nominatingOfficer, standingOffice } from '../testing/actors.js';
import { refused } from '../testing/decider-spec.js';
import {
  CALENDAR,
  CUTOFF,
  CYCLE,
  PLAN_SIGNED,
  admitSubmission,
  calendarMoved,
  closeCycle,
  conferenceHeld,
  cycleClosed,
  cycleSpec,
  holdConference,
  moveCalendar,
  submissionsClosed,
} from '../testing/cycle-events.js';

const REASON = 'Lùi thời hạn do dịch COVID-19';

describe('admitting a submission: "trước ngày 29/4/2018"', () => {
  it('the cutoff is 29/04/2018 00:00 in Hanoi, 2018-04-28T17:00:00Z', () => {
    expect(CUTOFF).toBe('2018-04-28T17:00:00.000Z');
  });

  it.each(['2018-04-20T02:00:00.000Z', '2018-04-28T16:59:59.999Z'])('a submission at %s is on time (and records nothing)', (at) => {
    cycleSpec.given([]).when(admitSubmission(at)).thenNothing();
  });

  it('a submission at the cutoff instant is late, told the cutoff and the time in Hanoi', () => {
    cycleSpec
      .given([])
      .when(admitSubmission('2018-04-28T17:00:00.000Z'))
      .thenThrows(
        refused(
          'UNPROCESSABLE',
          'SUBMISSIONS_CLOSED',
          'Đợt SK-2016-2018 đã hết hạn nhận hồ sơ: hồ sơ phải gửi trước 29/04/2018 00:00 (giờ Hà Nội); hiện là 29/04/2018 00:00.',
        ),
      );
  });

  it('a submission at 29/04 08:00 Hanoi time is late', () => {
    cycleSpec
      .given([])
      .when(admitSubmission('2018-04-29T01:00:00.000Z'))
      .thenThrows(refused('UNPROCESSABLE', 'SUBMISSIONS_CLOSED', 'hiện là 29/04/2018 08:00.'));
  });

  it('a moved cutoff admits again until the new cutoff', () => {
    const reopened = calendarMoved({ submissionCutoff: '2018-05-05T17:00:00.000Z' }, { reopen: true, at: '2018-04-30T02:00:00.000Z' });
    cycleSpec.given([reopened]).when(admitSubmission('2018-05-01T02:00:00.000Z')).thenNothing();
    cycleSpec
      .given([reopened])
      .when(admitSubmission('2018-05-05T17:00:00.000Z'))
      .thenThrows(refused('UNPROCESSABLE', 'SUBMISSIONS_CLOSED', 'trước 06/05/2018 00:00'));
  });
});

describe('moving the calendar (lùi thời hạn)', () => {
  const postponeConference = { conferenceDate: '2018-07-08T01:00:00.000Z' };

  it('records who moved which dates, from what to what, and why, as the next calendar version', () => {
    cycleSpec
      .given([])
      .when(moveCalendar(postponeConference, { by: admin, reason: `  ${REASON}  ` }))
      .then([
        {
          type: 'CycleCalendarMoved',
          data: {
            calendarVersion: 2,
            previous: CALENDAR,
            calendar: { ...CALENDAR, ...postponeConference },
            changed: ['conferenceDate'],
            reason: REASON,
            reopen: false,
          },
        },
      ]);
  });

  it('names the changed dates in calendar order', () => {
    const [event] = cycleSpec
      .given([])
      .when(moveCalendar({ conferenceDate: '2018-07-08T01:00:00.000Z', councilVoteTarget: '2018-05-21T10:00:00.000Z' }))
      .events();
    expect(event).toMatchObject({ data: { changed: ['councilVoteTarget', 'conferenceDate'] } });
  });

  it('the standing office may move dates too', () => {
    cycleSpec
      .given([])
      .when(moveCalendar(postponeConference, { by: standingOffice }))
      .then([calendarMoved(postponeConference)]);
  });

  it('a later move starts from the calendar in force, one version up', () => {
    const first = calendarMoved(postponeConference);
    const [event] = cycleSpec
      .given([first])
      .when(moveCalendar({ decisionTarget: '2018-06-15T10:00:00.000Z' }))
      .events();
    expect(event).toMatchObject({
      data: {
        calendarVersion: 3,
        previous: { ...CALENDAR, ...postponeConference },
        calendar: { ...CALENDAR, ...postponeConference, decisionTarget: '2018-06-15T10:00:00.000Z' },
      },
    });
  });

  it.each([
    ['a unit officer', nominatingOfficer],
    ['the minister', minister],
    ['a deputy minister', deputyMinister],
    ['a council member', councilMember(1)],
  ])('%s may not move dates', (_, actor) => {
    cycleSpec
      .given([])
      .when(moveCalendar(postponeConference, { by: actor }))
      .thenThrows(
        refused('FORBIDDEN', 'FORBIDDEN_ROLE', 'Chỉ Quản trị hệ thống hoặc Thường trực Hội đồng mới được điều chỉnh thời hạn của đợt.'),
      );
  });

  it.each(['', '   '])('needs a reason (%p)', (reason) => {
    cycleSpec
      .given([])
      .when(moveCalendar(postponeConference, { reason }))
      .thenThrows(refused('INVALID', 'REASON_REQUIRED', 'Cần nêu lý do khi điều chỉnh thời hạn của đợt.'));
  });

  it('no date moves into the past', () => {
    cycleSpec
      .given([])
      .when(moveCalendar({ blockReviewTarget: '2018-03-20T03:00:00.000Z' }, { at: PLAN_SIGNED }))
      .thenThrows(
        refused(
          'INVALID',
          'DATE_IN_PAST',
          'Hạn xét duyệt của Khối/Cụm thi đua không thể lùi về thời điểm đã qua (20/03/2018 10:00, giờ Hà Nội).',
        ),
      );
  });

  it('the dates stay in order', () => {
    cycleSpec
      .given([])
      .when(moveCalendar({ councilVoteTarget: '2018-06-01T10:00:00.000Z' }))
      .thenThrows(refused('INVALID', 'DATES_OUT_OF_ORDER', 'Hạn quyết định công nhận phải sau hạn bỏ phiếu của Hội đồng'));
  });

  it('a cutoff that has passed moves only when reopening is asked for', () => {
    const afterTheCutoff = '2018-04-30T02:00:00.000Z';
    const newCutoff = { submissionCutoff: '2018-05-05T17:00:00.000Z' };
    cycleSpec
      .given([])
      .when(moveCalendar(newCutoff, { at: afterTheCutoff }))
      .thenThrows(refused('CONFLICT', 'CUTOFF_PASSED_REOPEN_REFUSED', 'Hạn nộp hồ sơ 29/04/2018 00:00 (giờ Hà Nội) đã qua'));
    cycleSpec
      .given([])
      .when(moveCalendar(newCutoff, { at: afterTheCutoff, reopen: true }))
      .then([calendarMoved(newCutoff, { reopen: true })]);
  });

  it('the same request again changes nothing (a retry)', () => {
    cycleSpec
      .given([calendarMoved(postponeConference)])
      .when(moveCalendar(postponeConference))
      .thenNothing();
  });

  it('a request with the dates in force changes nothing, even those now past', () => {
    cycleSpec
      .given([])
      .when(moveCalendar({ submissionCutoff: CUTOFF }, { at: '2018-05-01T00:00:00.000Z' }))
      .thenNothing();
  });

  it.each([
    ['the standing office', conferenceHeld()],
    ['the process on its date', conferenceHeld({ by: 'system' })],
  ])('dates no longer move once the conference is held (by %s)', (_, held) => {
    cycleSpec
      .given([held])
      .when(moveCalendar(postponeConference))
      .thenThrows(refused('CONFLICT', 'DATES_NO_LONGER_MOVE', 'Hội nghị biểu dương của đợt SK-2016-2018 đã được tổ chức'));
  });

  it('the role is checked before anything else', () => {
    cycleSpec
      .given([conferenceHeld()])
      .when(moveCalendar(postponeConference, { by: minister, reason: '' }))
      .thenThrows(refused('FORBIDDEN'));
  });
});

describe('holding the conference', () => {
  it('the standing office records it: when, by whom, how many honoured and recognised', () => {
    cycleSpec
      .given([])
      .when(holdConference({ honoured: 70, recognised: 3 }))
      .then([
        {
          type: 'ConferenceHeld',
          data: { cycleCode: CYCLE, heldAt: CALENDAR.conferenceDate, heldBy: 'standing.office', honoured: 70, recognised: 3 },
        },
      ]);
  });

  it('the cycle records it itself on the conference date', () => {
    const [event] = cycleSpec
      .given([])
      .when(holdConference({ by: { kind: 'PROCESS' } }))
      .events();
    expect(event).toMatchObject({ type: 'ConferenceHeld', data: { heldBy: 'system' } });
  });

  it.each([
    ['an administrator', admin],
    ['the minister', minister],
    ['a unit officer', nominatingOfficer],
  ])('%s may not record it', (_, actor) => {
    cycleSpec
      .given([])
      .when(holdConference({ by: { kind: 'PERSON', actor } }))
      .thenThrows(refused('FORBIDDEN', 'FORBIDDEN_ROLE', 'Chỉ Thường trực Hội đồng mới được ghi nhận việc tổ chức Hội nghị biểu dương.'));
  });

  it.each([
    ['the standing office', { kind: 'PERSON' as const, actor: standingOffice }],
    ['the process', { kind: 'PROCESS' as const }],
  ])('is recorded once (again by %s is refused)', (_, by) => {
    cycleSpec
      .given([conferenceHeld()])
      .when(holdConference({ by }))
      .thenThrows(
        refused('CONFLICT', 'CONFERENCE_ALREADY_HELD', 'Hội nghị biểu dương của đợt SK-2016-2018 đã được ghi nhận là đã tổ chức.'),
      );
  });
});

describe('closing the cycle', () => {
  it('records the closing', () => {
    cycleSpec
      .given([conferenceHeld()])
      .when(closeCycle())
      .then([{ type: 'CycleClosed', data: {} }]);
  });

  it('records it once', () => {
    cycleSpec.given([conferenceHeld(), cycleClosed()]).when(closeCycle()).thenNothing();
  });
});

describe('the cycle’s fold', () => {
  it('starts at calendar version 1, no conference, open', () => {
    expect(newCycleState(CYCLE, CALENDAR)).toEqual({
      cycleCode: CYCLE,
      calendar: CALENDAR,
      calendarVersion: 1,
      conference: null,
      closed: false,
    });
    expect(newCycleState(CYCLE, CALENDAR, 4).calendarVersion).toBe(4);
  });

  it('CycleCalendarMoved puts the new calendar and its version in force', () => {
    const moved = calendarMoved({ conferenceDate: '2018-07-08T01:00:00.000Z' }, { calendarVersion: 2 });
    expect(cycleSpec.given([moved]).state()).toMatchObject({
      calendar: { ...CALENDAR, conferenceDate: '2018-07-08T01:00:00.000Z' },
      calendarVersion: 2,
    });
  });

  it('SubmissionsClosed changes nothing the rules look at', () => {
    expect(cycleSpec.given([submissionsClosed()]).state()).toEqual(newCycleState(CYCLE, CALENDAR));
  });

  it('ConferenceHeld keeps what the conference did', () => {
    expect(cycleSpec.given([conferenceHeld({ honoured: 68, recognised: 5 })]).state().conference).toEqual({
      cycleCode: CYCLE,
      heldAt: CALENDAR.conferenceDate,
      heldBy: 'standing.office',
      honoured: 68,
      recognised: 5,
    });
  });

  it('CycleClosed closes it', () => {
    expect(cycleSpec.given([conferenceHeld(), cycleClosed()]).state().closed).toBe(true);
  });
});

describe('cycle event keys', () => {
  it.each<[string, CycleEvent]>([
    ['calendar-moved:3', calendarMoved({}, { calendarVersion: 3 })],
    [`submissions-closed:${CUTOFF}`, submissionsClosed()],
    ['conference-held', conferenceHeld()],
    ['cycle-closed', cycleClosed()],
  ])('%s: one per calendar version, per cutoff, one conference, one closing', (key, event) => {
    expect(cycleEventKey(event)).toBe(key);
    expect(event.key).toBe(key);
  });

  it('a recorded cycle event carries who and when', () => {
    expect(recordedCycleEvent({ type: 'CycleClosed', data: {} }, 'system', '2018-06-08T01:00:00.000Z')).toEqual({
      type: 'CycleClosed',
      data: {},
      key: 'cycle-closed',
      actor: 'system',
      occurredAt: '2018-06-08T01:00:00.000Z',
    });
  });
});

describe('evolving with an unknown event', () => {
  it('fails loudly', () => {
    expect(() => evolveCycle(newCycleState(CYCLE, CALENDAR), { type: 'Nope' } as never)).toThrow('Unknown cycle event');
  });
});
