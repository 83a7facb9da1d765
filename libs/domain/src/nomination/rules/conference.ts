import { formatHanoiDate } from '../../time/hanoi-time.js';
import type { CommandOfType } from '../commands.js';
import type { NominationEvent } from '../events.js';
import type { NominationState } from '../state.js';
import { EffectKind, NominationStage, NominationStatus } from '../vocabulary.js';
import { requireStage } from './guards.js';

/** The seat an approved nomination holds, released when it ends without a place on stage. */
function seatRelease(state: NominationState): NominationEvent[] {
  const seat = state.view.openEffects.find((e) => e.kind === EffectKind.CONFERENCE_SEAT);
  return seat ? [{ type: 'ConferenceSeatReleased', data: { ref: seat.ref } }] : [];
}

/** The conference placed the nomination: honoured on stage within the quota, or recognised beyond it. */
export function decideConferencePlacement(state: NominationState, { placement }: CommandOfType<'PlaceAtConference'>): NominationEvent[] {
  requireStage(state, NominationStage.AWAITING_CONFERENCE);
  if (placement.honoured && placement.certificateNumber) {
    return [
      {
        type: 'NominationHonoured',
        data: { certificateNumber: placement.certificateNumber, rank: placement.rank, conferenceDate: placement.conferenceDate },
      },
    ];
  }
  return [...seatRelease(state), { type: 'NominationRecognised', data: { rank: placement.rank, reason: 'BEYOND_QUOTA' } }];
}

/**
 * The cycle closed (its conference was held) while this nomination was still going: approved
 * ones are recognised without a place on stage; undecided ones expire. Nothing is left hanging.
 */
export function decideCycleClosed(state: NominationState, { conferenceDate }: CommandOfType<'CloseWithCycle'>): NominationEvent[] {
  const { view } = state;
  if (view.status !== NominationStatus.IN_PROGRESS) return [];
  if (view.stage === NominationStage.AWAITING_CONFERENCE) {
    return [...seatRelease(state), { type: 'NominationRecognised', data: { rank: null, reason: 'CONFERENCE_ALREADY_HELD' } }];
  }
  return [
    {
      type: 'NominationExpired',
      data: {
        stage: view.stage,
        reason: `The cycle closed with its conference of ${formatHanoiDate(conferenceDate)} before a decision was taken`,
      },
    },
  ];
}
