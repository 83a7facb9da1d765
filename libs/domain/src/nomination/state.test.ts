// The one fold of a nomination (view, open tasks, rules version), as the workflow, the projection and the replay use it.
import { describe, expect, it } from '@jest/globals';
import { endedNominationState, evolve, foldNomination } from './state.js';
import { evolveNomination } from './view.js';
import { NOMINATION_RULES_PATCHES, NOMINATION_RULES_VERSION } from '../rules-version.js';
import { atBlockReview, blockListEntryAdded, honouredNomination, inRevision, submitted, votingOpen } from '../testing/nomination-events.js';

describe('folding a nomination', () => {
  it('has no state before its first event', () => {
    expect(foldNomination([])).toBeNull();
  });

  it('folds the view with evolveNomination and the tasks with their changes', () => {
    const events = votingOpen(3);
    const state = foldNomination(events);
    expect(state?.view).toEqual(events.reduce(evolveNomination, null as never));
    expect(state?.tasks.map((t) => [t.type, t.assignee.ref])).toEqual([
      ['COUNCIL_BALLOT', 'council.1'],
      ['COUNCIL_BALLOT', 'council.2'],
      ['COUNCIL_BALLOT', 'council.3'],
    ]);
  });

  it('is the same event by event as all at once', () => {
    const events = inRevision(2);
    expect(events.reduce(evolve, null as never)).toEqual(foldNomination(events));
  });

  it('runs under rules version 1 unless its submission recorded another, and keeps it', () => {
    // Version 2: a council vote without its quorum is not counted (rules/council.ts).
    expect(NOMINATION_RULES_VERSION).toBe(2);
    expect(NOMINATION_RULES_PATCHES).toEqual({ 2: 'nomination-rules-v2-no-count-without-quorum' });
    expect(foldNomination(atBlockReview())?.rulesVersion).toBe(1);
    expect(foldNomination([submitted({ rulesVersion: 3 }), blockListEntryAdded()])?.rulesVersion).toBe(3);
  });

  it('an ended nomination (revocation starts from its read model) has no open task', () => {
    const view = foldNomination(honouredNomination())!.view;
    expect(endedNominationState(view, 2)).toEqual({ view, tasks: [], rulesVersion: 2 });
  });
});
