// A council session in the states the domain's tests start from: a draft with two candidates, opened to three members.
import { decideSession } from '../council/session-decide.js';
import { evolveSession, type RecordedSessionEvent, type SessionEvent, type SessionView } from '../council/session.js';
import { standingOffice } from './actors.js';

export const item = (n: number) => ({
  nominationId: `00000000-0000-4000-8000-00000000000${n}`,
  workflowId: `nomination-${n}`,
  unitCode: 'BQLDA-DTXD',
  nomineeName: `Người được đề nghị ${n}`,
  nomineeKind: 'INDIVIDUAL' as const,
  blockScore: 90,
});
export const members = [1, 2, 3].map((n) => ({
  username: `council.${n}`,
  fullName: `Ủy viên ${n}`,
  title: 'Vụ trưởng',
  unitCode: 'VU-TCCB',
  councilRole: 'MEMBER' as const,
}));

let seq = 0;
export const fold = (view: SessionView | null, events: SessionEvent[]): SessionView =>
  events.reduce<SessionView | null>(
    (v, e) => evolveSession(v, { ...e, key: `k${++seq}`, actor: 'test', occurredAt: '2026-05-15T02:00:00.000Z' } as RecordedSessionEvent),
    view,
  ) as SessionView;

export function draft(): SessionView {
  return fold(null, [
    {
      type: 'SessionComposed',
      data: {
        sessionId: 's-1',
        workflowId: 'council-session-s-1',
        cycleCode: 'SK-2026',
        title: 'Phiên họp thứ nhất',
        meetingAt: '2026-05-15T02:00:00.000Z',
        rules: { approvalRule: 'MAJORITY_OF_MEMBERS', recusalCounting: 'AS_NOT_AGREEING' },
        composedBy: 'standing.office',
      },
    },
    { type: 'AgendaItemAdded', data: { item: item(1) } },
    { type: 'AgendaItemAdded', data: { item: item(2) } },
  ]);
}

export const open = (view: SessionView) =>
  fold(
    view,
    decideSession(view, {
      type: 'Open',
      actor: standingOffice,
      members,
      ballots: members.map((m, i) => ({ member: m.username, taskId: `t-${i}` })),
      dueAt: '2026-05-20T02:00:00.000Z',
    }),
  );
