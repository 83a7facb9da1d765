import type { RecordedEvent } from './events.js';
import { applyTaskChanges, taskChanges, type OpenTask } from './tasks.js';
import { evolveNomination, type NominationView } from './view.js';

/** What the rules look at: the nomination as people see it, and its open tasks. */
export interface NominationState {
  view: NominationView;
  tasks: OpenTask[];
  /** The version of the rules this nomination runs under, fixed when it started (see rules-version.ts). */
  rulesVersion: number;
}

/**
 * The one fold of a nomination: its view and its open tasks after one more event. The workflow,
 * the projection and the replay checks all use it (the projection persists the task changes
 * themselves, from `taskChanges`).
 */
export function evolve(state: NominationState | null, event: RecordedEvent): NominationState {
  const tasks = state?.tasks ?? [];
  return {
    tasks: applyTaskChanges(tasks, taskChanges(event, state?.view ?? null, tasks)),
    view: evolveNomination(state?.view ?? null, event),
    rulesVersion: event.type === 'NominationSubmitted' ? (event.data.rulesVersion ?? 1) : (state?.rulesVersion ?? 1),
  };
}

/** The state after all of `events`, from the first (NominationSubmitted). */
export function foldNomination(events: readonly RecordedEvent[]): NominationState | null {
  return events.reduce<NominationState | null>(evolve, null);
}

/** A nomination whose own process has ended (revocation starts from its read model): no task is open. */
export function endedNominationState(view: NominationView, rulesVersion: number): NominationState {
  return { view, tasks: [], rulesVersion };
}
