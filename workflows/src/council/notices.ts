import { formatHanoiDateTime, sessionQuorum, type SessionView } from '#domain';
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

/** The members who have not voted yet, as recipients. */
function notYetVoted(view: SessionView): NoticeRequest['to'] {
  const voted = new Set(view.received.map((r) => r.member));
  return view.members.filter((m) => !voted.has(m.username)).map((m) => ({ kind: 'USER', username: m.username }));
}

/** The members who have not voted yet hear that their ballots are due at a new time, and why. */
export function sessionDueMovedNotice(view: SessionView, reason: string): NoticeRequest {
  return {
    occasion: `session-due-moved:${view.id}:${view.dueAt}`,
    kind: 'SESSION_DUE_MOVED',
    to: notYetVoted(view),
    cycleCode: view.cycleCode,
    facts: { sessionId: view.id, title: view.title, dueAt: view.dueAt, reason },
  };
}

/** A day before the ballots are due, the members who have not voted are reminded. */
export function ballotReminderNotice(view: SessionView): NoticeRequest {
  return {
    occasion: `session-ballot-reminder:${view.id}:${view.dueAt}`,
    kind: 'SESSION_BALLOT_REMINDER',
    to: notYetVoted(view),
    cycleCode: view.cycleCode,
    facts: { sessionId: view.id, title: view.title, dueAt: view.dueAt, cast: view.received.length, members: view.members.length },
  };
}

/** Due without quorum: the members who have not voted and the standing office hear that voting stays open for the grace period. */
export function quorumGraceNotice(view: SessionView, graceMs: number): NoticeRequest {
  const until = new Date(Date.parse(view.dueAt ?? new Date().toISOString()) + graceMs).toISOString();
  return {
    occasion: `session-quorum-grace:${view.id}:${view.dueAt}`,
    kind: 'SESSION_QUORUM_GRACE',
    to: [...notYetVoted(view), { kind: 'ROLE', role: 'STANDING_OFFICE' }],
    cycleCode: view.cycleCode,
    facts: {
      sessionId: view.id,
      title: view.title,
      until,
      cast: view.received.length,
      members: view.members.length,
      needed: sessionQuorum(view, 0).needed,
    },
  };
}
