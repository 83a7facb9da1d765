import type { CommandOfType } from '../commands.js';
import type { NominationEvent } from '../events.js';
import type { NominationState } from '../state.js';
import { NominationStatus } from '../vocabulary.js';

/**
 * The cycle's dates moved: a nomination still in progress takes the dates of a newer calendar
 * (its own revision period stays); an older or repeated move, or a closed nomination, records nothing.
 */
export function decideTargetsMove(state: NominationState, cmd: CommandOfType<'MoveTargets'>): NominationEvent[] {
  const { view } = state;
  if (cmd.calendarVersion <= (view.targets.calendarVersion ?? 1)) return [];
  if (view.status !== NominationStatus.IN_PROGRESS) return [];
  const targets = { ...cmd.targets, revisionDays: view.targets.revisionDays, calendarVersion: cmd.calendarVersion };
  return [
    { type: 'NominationTargetsMoved', data: { previous: view.targets, targets, reason: cmd.reason, calendarVersion: cmd.calendarVersion } },
  ];
}
