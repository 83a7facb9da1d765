// The standing office's check of completeness (thẩm định): an endorsed dossier waiting for a
// council session goes back to its unit, and comes back to wait at the council.
import { describe, expect, it } from '@jest/globals';
import { blockReviewer, nominatingOfficer, standingOffice } from '../../testing/actors.js';
import { refused } from '../../testing/decider-spec.js';
import { atBlockReview, atCouncilVote, councilAgendaItemAdded, nominationSpec, resubmitted } from '../../testing/nomination-events.js';
import type { NominationCommand } from '../commands.js';
import type { RecordedEvent } from '../events.js';
import { foldNomination } from '../state.js';

const AT = '2018-05-12T03:00:00.000Z';
const returnForChanges = (actor = standingOffice, reason = 'Thiếu biên bản họp bình xét có chữ ký.'): NominationCommand => ({
  type: 'ReturnForChanges',
  actor,
  reason,
  revisionTaskId: 'revision-by-office',
  at: AT,
});
const stamped = (events: readonly object[]): RecordedEvent[] =>
  events.map((e, i) => ({ ...e, key: `x${i}`, actor: 'standing.office', occurredAt: AT }) as RecordedEvent);
/** On a session's agenda (the council-session process names the session). */
const onSession = (): RecordedEvent => ({ ...councilAgendaItemAdded(), data: { ref: 'agenda', sessionId: 'session-1' } }) as RecordedEvent;

describe('the standing office returns a dossier for changes', () => {
  it('from the council’s waiting list: a change round with its reason and deadline, and a revision task for the unit', () => {
    const events = nominationSpec.given(atCouncilVote()).when(returnForChanges()).events();
    expect(events).toEqual([
      {
        type: 'ChangesRequested',
        data: {
          round: 1,
          reason: 'Thiếu biên bản họp bình xét có chữ ký.',
          revisionTaskId: 'revision-by-office',
          revisionDueAt: '2018-05-22T03:00:00.000Z',
          from: 'COUNCIL_VOTE',
        },
      },
    ]);
    const state = foldNomination([...atCouncilVote(), ...stamped(events)]);
    expect(state?.view).toMatchObject({ stage: 'REVISION', changeRounds: 1, returnedFrom: 'COUNCIL_VOTE' });
    expect(state?.tasks.map((t) => [t.type, t.assignee.ref])).toEqual([['REVISION', 'BQLDA-DTXD']]);
  });

  it('resubmitted, it waits at the council again, with no task for the block', () => {
    const returned = stamped(nominationSpec.given(atCouncilVote()).when(returnForChanges()).events());
    const state = foldNomination([...atCouncilVote(), ...returned, resubmitted({ round: 1 })]);
    expect(state?.view.stage).toBe('COUNCIL_VOTE');
    expect(state?.view.returnedFrom).toBeUndefined();
    expect(state?.view.blockScore).toBe(85);
    expect(state?.tasks).toEqual([]);
  });

  it('is refused to anyone but the standing office, without a reason, on a session, or past the rounds', () => {
    nominationSpec.given(atCouncilVote()).when(returnForChanges(blockReviewer)).thenThrows(refused('FORBIDDEN', 'FORBIDDEN_ROLE'));
    nominationSpec.given(atCouncilVote()).when(returnForChanges(nominatingOfficer)).thenThrows(refused('FORBIDDEN', 'FORBIDDEN_ROLE'));
    nominationSpec.given(atCouncilVote()).when(returnForChanges(standingOffice, '  ')).thenThrows(refused('INVALID', 'REASON_REQUIRED'));
    nominationSpec.given(atBlockReview()).when(returnForChanges()).thenThrows(refused('CONFLICT', 'WRONG_STAGE'));
    nominationSpec
      .given([...atCouncilVote(), onSession()])
      .when(returnForChanges())
      .thenThrows(refused('CONFLICT', 'ALREADY_ON_SESSION'));
    nominationSpec
      .given(
        atCouncilVote(85, {
          rules: { cycleCode: 'SK', approvalRule: 'MAJORITY_OF_MEMBERS', maxChangeRounds: 0, decisionSuffix: 'QĐ-BTNMT' },
        }),
      )
      .when(returnForChanges())
      .thenThrows(refused('CONFLICT', 'CHANGE_ROUNDS_EXHAUSTED'));
  });
});
