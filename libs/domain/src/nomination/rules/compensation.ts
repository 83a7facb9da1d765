import type { CommandOfType } from '../commands.js';
import type { NominationEvent } from '../events.js';
import type { NominationState } from '../state.js';
import { EffectKind } from '../vocabulary.js';

/**
 * The undo of every effect still open, newest first (a saga). Each is recorded once: the
 * workflow runs them one by one as activities, so a retry never undoes twice.
 */
export function decideCompensation(state: NominationState, { cause }: CommandOfType<'Compensate'>): NominationEvent[] {
  return [...state.view.openEffects].reverse().map((effect): NominationEvent => {
    switch (effect.kind) {
      case EffectKind.BLOCK_LIST_ENTRY:
        return { type: 'BlockListEntryCompensated', data: { ref: effect.ref, cause } };
      case EffectKind.COUNCIL_AGENDA_ITEM:
        return { type: 'CouncilAgendaItemCompensated', data: { ref: effect.ref, cause } };
      case EffectKind.CONFERENCE_SEAT:
        return { type: 'ConferenceSeatCompensated', data: { ref: effect.ref, cause } };
      case EffectKind.PROPOSAL_ENTRY:
        return { type: 'ProposalEntryCompensated', data: { ref: effect.ref, cause } };
      default: {
        const unknown: never = effect.kind;
        throw new Error(`Unknown effect ${String(unknown)}`);
      }
    }
  });
}
