import type { NominationEvent } from '#domain';
import { activities, type Recorder } from './nomination-process.js';

/** The activity that undoes the effect an undo event stands for (each is recorded by its own activity, once). */
export function undoActivityFor(undo: NominationEvent, joinsSessions = false): Recorder {
  if (joinsSessions) {
    // The council-session process: the session or the proposal hears of it too.
    if (undo.type === 'CouncilAgendaItemCompensated') return activities.undoSessionAgendaItem;
    if (undo.type === 'ProposalEntryCompensated') return activities.undoProposalEntry;
  }
  switch (undo.type) {
    case 'BlockListEntryCompensated':
      return activities.undoBlockListEntry;
    case 'CouncilAgendaItemCompensated':
      return activities.undoCouncilAgendaItem;
    case 'ConferenceSeatCompensated':
      return activities.undoConferenceSeat;
    default:
      throw new Error(`${undo.type} undoes no effect`);
  }
}
