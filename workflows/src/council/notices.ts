import { formatHanoiDateTime, type SessionView } from '#domain';
import type { NoticeRequest } from '../activity-contracts.js';

/** Every member of the session hears that voting is open, and until when. */
export function sessionOpenedNotice(view: SessionView): NoticeRequest {
  return {
    occasion: `session-opened:${view.id}`,
    kind: 'SESSION_OPENED',
    to: view.members.map((m) => ({ kind: 'USER', username: m.username })),
    cycleCode: view.cycleCode,
    facts: {
      sessionId: view.id,
      title: view.title,
      candidates: view.agenda.length,
      dueAt: view.dueAt,
      meetingAt: formatHanoiDateTime(view.meetingAt),
    },
  };
}

/** The members and the standing office hear that the session has closed, and whether it had its quorum. */
export function sessionClosedNotice(view: SessionView): NoticeRequest {
  return {
    occasion: `session-closed:${view.id}`,
    kind: 'SESSION_CLOSED',
    to: [
      ...view.members.map((m) => ({ kind: 'USER' as const, username: m.username })),
      { kind: 'ROLE' as const, role: 'STANDING_OFFICE' as const },
    ],
    cycleCode: view.cycleCode,
    facts: {
      sessionId: view.id,
      title: view.title,
      status: view.status,
      cast: view.quorum?.cast ?? 0,
      members: view.quorum?.members ?? view.members.length,
      passed: view.results?.filter((r) => r.passed).length ?? null,
      candidates: view.agenda.length,
    },
  };
}

/** The members who have not voted yet hear that their ballots are due at a new time, and why. */
export function sessionDueMovedNotice(view: SessionView, reason: string): NoticeRequest {
  const voted = new Set(view.received.map((r) => r.member));
  return {
    occasion: `session-due-moved:${view.id}:${view.dueAt}`,
    kind: 'SESSION_DUE_MOVED',
    to: view.members.filter((m) => !voted.has(m.username)).map((m) => ({ kind: 'USER', username: m.username })),
    cycleCode: view.cycleCode,
    facts: { sessionId: view.id, title: view.title, dueAt: view.dueAt, reason },
  };
}
