// The domain under the replay rule: every recorded history re-decided and re-folded by today's domain gives what it stored and answered.
import { describe, expect, it } from '@jest/globals';
import { decide, type NominationEvent } from '#domain';
import {
  checkCycleHistory,
  checkNominationHistory,
  checkRevocationHistory,
  TODAYS_DOMAIN,
  type Mismatch,
} from './support/domain-replay.js';
import { historyNames, readHistory, type RecordedHistory } from './support/recorded-history.js';

/**
 * Workflow types of the council-session process, replayed on today's bundle by test/replay.test.ts
 * only: a domain replay check for them (re-deciding the session's, the proposal's and the
 * nomination's side of them from their updates, signals and activity results) is still to come.
 */
const WORKFLOW_REPLAY_ONLY = ['councilSessionWorkflow', 'proposalWorkflow', 'nominationWorkflowV2'];
const recorded = historyNames().map(readHistory);
const histories = recorded.filter((h) => !WORKFLOW_REPLAY_ONLY.includes(h.workflowType));

function check(history: RecordedHistory, domain = TODAYS_DOMAIN): Mismatch[] {
  switch (history.workflowType) {
    case 'nominationWorkflow':
      return checkNominationHistory(history, domain);
    case 'cycleWorkflow':
      return checkCycleHistory(history, domain);
    case 'revocationWorkflow':
      return checkRevocationHistory(history, domain);
    default:
      throw new Error(`No domain replay check for ${history.workflowType}`);
  }
}

describe('domain replay', () => {
  it('reads every recorded history, of every workflow type', () => {
    expect(new Set(recorded.map((h) => h.workflowType))).toEqual(
      new Set(['nominationWorkflow', 'cycleWorkflow', 'revocationWorkflow', ...WORKFLOW_REPLAY_ONLY]),
    );
    expect(new Set(histories.map((h) => h.workflowType))).toEqual(new Set(['nominationWorkflow', 'cycleWorkflow', 'revocationWorkflow']));
  });

  it.each(histories.map((h) => [h.name]))('%s: today’s decide and evolve give what it recorded', (name) => {
    expect(check(histories.find((h) => h.name === name) as RecordedHistory)).toEqual([]);
  });

  it('finds a rule changed without a new rules version (a rejection worded otherwise)', () => {
    const reworded = {
      ...TODAYS_DOMAIN,
      decide: (...args: Parameters<typeof decide>): NominationEvent[] =>
        decide(...args).map((e) => (e.type === 'NominationRejected' ? { ...e, data: { ...e.data, reason: `${e.data.reason}.` } } : e)),
    };
    const rejected = histories.find((h) => h.name === 'block-rejected') as RecordedHistory;
    expect(check(rejected, reworded)).toEqual([expect.objectContaining({ where: expect.stringContaining('NominationRejected') })]);
  });

  it('finds a fold changed without a new rules version (a score kept otherwise)', () => {
    const folded = {
      ...TODAYS_DOMAIN,
      evolve: (...args: Parameters<typeof TODAYS_DOMAIN.evolve>) => {
        const next = TODAYS_DOMAIN.evolve(...args);
        return args[1].type === 'BlockEndorsed' ? { ...next, view: { ...next.view, blockScore: (next.view.blockScore ?? 0) + 1 } } : next;
      },
    };
    const honoured = histories.find((h) => h.name === 'v3-honoured-sealed-ballots') as RecordedHistory;
    expect(check(honoured, folded).length).toBeGreaterThan(0);
  });
});
