// Conflicts of interest on a council session: declared before the opening, the member is recused
// when it opens; declared while voting, at once (sessions started before that rule kept voting).
import { describe, expect, it } from '@jest/globals';
import { councilMember } from '../testing/actors.js';
import { draft, fold, item, open } from '../testing/sessions.js';
import { candidatesFor, type SessionView } from './session.js';
import { decideSession } from './session-decide.js';

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
