// Conflicts of interest on a council session: declared before the opening, the member is recused
// when it opens; declared while voting, at once (sessions started before that rule kept voting).
import { describe, expect, it } from '@jest/globals';
import { councilMember, standingOffice } from '../testing/actors.js';
import { candidatesFor, evolveSession, type RecordedSessionEvent, type SessionEvent, type SessionView } from './session.js';
import { decideSession } from './session-decide.js';

const item = (n: number) => ({
  nominationId: `00000000-0000-4000-8000-00000000000${n}`,
  workflowId: `nomination-${n}`,
  unitCode: 'BQLDA-DTXD',
  nomineeName: `Người được đề nghị ${n}`,
  nomineeKind: 'INDIVIDUAL' as const,
  blockScore: 90,
});
const members = [1, 2, 3].map((n) => ({
  username: `council.${n}`,
  fullName: `Ủy viên ${n}`,
  title: 'Vụ trưởng',
  unitCode: 'VU-TCCB',
  councilRole: 'MEMBER' as const,
}));

let seq = 0;
const fold = (view: SessionView | null, events: SessionEvent[]): SessionView =>
  events.reduce<SessionView | null>(
    (v, e) => evolveSession(v, { ...e, key: `k${++seq}`, actor: 'test', occurredAt: '2026-05-15T02:00:00.000Z' } as RecordedSessionEvent),
    view,
  ) as SessionView;

function draft(): SessionView {
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

const open = (view: SessionView) =>
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

const declare = (view: SessionView, recuseWhileVoting?: boolean) =>
  decideSession(view, {
    type: 'DeclareConflict',
    actor: councilMember(1),
    nominationId: item(2).nominationId,
    note: 'Người được đề nghị là em ruột của tôi',
    ...(recuseWhileVoting === undefined ? {} : { recuseWhileVoting }),
  });

describe('conflicts of interest on a session', () => {
  it('declared before the opening, the member is recused when the session opens', () => {
    const view = open(fold(draft(), declare(draft())));
    expect(candidatesFor(view, 'council.1').map((i) => i.nominationId)).toEqual([item(1).nominationId]);
    expect(view.recusals).toEqual([expect.objectContaining({ member: 'council.1', reason: 'DECLARED' })]);
  });

  it('declared while voting, the member is recused at once and the ballot sheet no longer lists the candidate', () => {
    const voting = open(draft());
    const events = declare(voting, true);
    expect(events).toEqual([expect.objectContaining({ type: 'ConflictDeclared', data: expect.objectContaining({ recused: true }) })]);
    const after = fold(voting, events);
    expect(candidatesFor(after, 'council.1').map((i) => i.nominationId)).toEqual([item(1).nominationId]);
    expect(after.recusals).toEqual([
      expect.objectContaining({ member: 'council.1', nominationId: item(2).nominationId, reason: 'DECLARED' }),
    ]);
  });

  it('sessions started before that rule record the conflict only, as they always did', () => {
    const voting = open(draft());
    const events = declare(voting);
    expect(events[0].data).not.toHaveProperty('recused');
    const after = fold(voting, events);
    expect(after.recusals).toEqual([]);
    expect(candidatesFor(after, 'council.1')).toHaveLength(2);
  });

  it('a second declaration on the same candidate changes nothing', () => {
    const voting = open(draft());
    const after = fold(voting, declare(voting, true));
    expect(declare(after, true)).toEqual([]);
  });
});
