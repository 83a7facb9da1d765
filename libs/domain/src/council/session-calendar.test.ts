// A council session when the cycle's calendar moves: voting, its ballots fall due at the new
// council vote target (a target already past gives the grace period from the opening); a draft
// takes the target when it opens, so it records nothing now.
import { describe, expect, it } from '@jest/globals';
import { draft, fold, open } from '../testing/sessions.js';
import { decideSession } from './session-decide.js';

const follow = (councilVoteTarget: string) =>
  ({ type: 'FollowCalendar', councilVoteTarget, calendarVersion: 2, reason: 'Theo đề nghị của các khối thi đua' }) as const;

describe('a council session when the calendar moves', () => {
  it('voting, its ballots fall due at the new target, and the session shows it', () => {
    const voting = open(draft());
    const events = decideSession(voting, follow('2026-05-25T02:00:00.000Z'));
    expect(events).toEqual([
      {
        type: 'SessionDueMoved',
        data: {
          dueAt: '2026-05-25T02:00:00.000Z',
          previousDueAt: '2026-05-20T02:00:00.000Z',
          calendarVersion: 2,
          reason: 'Theo đề nghị của các khối thi đua',
        },
      },
    ]);
    expect(fold(voting, events).dueAt).toBe('2026-05-25T02:00:00.000Z');
  });

  it('voting, a target moved before the opening gives the quorum grace period from the opening', () => {
    const [moved] = decideSession(open(draft()), follow('2026-05-10T02:00:00.000Z'));
    expect(moved).toMatchObject({ type: 'SessionDueMoved', data: { dueAt: '2026-05-18T02:00:00.000Z' } });
  });

  it('records nothing when the due time does not change, for a draft, or once closed', () => {
    expect(decideSession(open(draft()), follow('2026-05-20T02:00:00.000Z'))).toEqual([]);
    expect(decideSession(draft(), follow('2026-05-25T02:00:00.000Z'))).toEqual([]);
    const voting = open(draft());
    const closed = fold(
      voting,
      decideSession(voting, { type: 'Close', by: { kind: 'PROCESS', why: 'DUE' }, box: { cast: 0, totals: [] } }),
    );
    expect(decideSession(closed, follow('2026-05-25T02:00:00.000Z'))).toEqual([]);
  });
});
