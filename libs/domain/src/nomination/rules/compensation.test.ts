// Compensation: every effect still open is undone, newest first, once, with the cause.
import { describe, expect, it } from '@jest/globals';
import { compensate } from '../../testing/nomination-commands.js';
import type { CompensationCause, NominationEvent, RecordedEvent } from '../events.js';
import {
  AGENDA_REF,
  BLOCK_LIST_REF,
  SEAT_REF,
  atBlockReview,
  blockListEntryAdded,
  blockListEntryCompensated,
  conferenceSeatCompensated,
  councilAgendaItemAdded,
  councilAgendaItemCompensated,
  honouredNomination,
  nominationRejected,
  nominationSpec,
  recognisedNomination,
  revoked,
  seatReserved,
  submitted,
  tally,
  voteFailed,
  votingOpen,
  withdrawn,
} from '../../testing/nomination-events.js';

type Effect = 'BLOCK_LIST_ENTRY' | 'COUNCIL_AGENDA_ITEM' | 'CONFERENCE_SEAT';

const added: Record<Effect, () => RecordedEvent> = {
  BLOCK_LIST_ENTRY: () => blockListEntryAdded(),
  COUNCIL_AGENDA_ITEM: () => councilAgendaItemAdded(),
  CONFERENCE_SEAT: () => seatReserved(),
};
const undo: Record<Effect, (cause: CompensationCause) => NominationEvent> = {
  BLOCK_LIST_ENTRY: (cause) => ({ type: 'BlockListEntryCompensated', data: { ref: BLOCK_LIST_REF, cause } }),
  COUNCIL_AGENDA_ITEM: (cause) => ({ type: 'CouncilAgendaItemCompensated', data: { ref: AGENDA_REF, cause } }),
  CONFERENCE_SEAT: (cause) => ({ type: 'ConferenceSeatCompensated', data: { ref: SEAT_REF, cause } }),
};

const B: Effect = 'BLOCK_LIST_ENTRY';
const A: Effect = 'COUNCIL_AGENDA_ITEM';
const S: Effect = 'CONFERENCE_SEAT';
const combinations: Effect[][] = [[], [B], [A], [S], [B, A], [B, S], [A, S], [B, A, S]];
const causes: CompensationCause[] = ['REJECTED', 'WITHDRAWN', 'EXPIRED', 'REVOKED'];

describe('compensation', () => {
  it.each(combinations.flatMap((effects) => causes.map((cause) => [effects.join(' + ') || 'nothing', cause, effects] as const)))(
    'with %s open, undoes each newest first (%s)',
    (_, cause, effects) => {
      nominationSpec
        .given([submitted(), ...effects.map((e) => added[e]())])
        .when(compensate(cause))
        .then([...effects].reverse().map((e) => undo[e](cause)));
    },
  );

  it('after a rejection at the block review: the block list entry', () => {
    nominationSpec
      .given([...atBlockReview(), nominationRejected('BLOCK_REVIEW')])
      .when(compensate('REJECTED'))
      .then([blockListEntryCompensated('REJECTED')]);
  });

  it('after a failed vote: the agenda item, then the block list entry', () => {
    nominationSpec
      .given([...votingOpen(9), voteFailed(tally(3), 'QUORUM_NOT_REACHED'), nominationRejected('COUNCIL_VOTE')])
      .when(compensate('REJECTED'))
      .then([councilAgendaItemCompensated('REJECTED'), blockListEntryCompensated('REJECTED')]);
  });

  it('after a revocation: the seat, the agenda item, then the block list entry', () => {
    nominationSpec
      .given([...honouredNomination(), revoked()])
      .when(compensate('REVOKED'))
      .then([conferenceSeatCompensated('REVOKED'), councilAgendaItemCompensated('REVOKED'), blockListEntryCompensated('REVOKED')]);
  });

  it('a recognised nomination’s released seat is not undone again', () => {
    nominationSpec
      .given([...recognisedNomination(), revoked()])
      .when(compensate('REVOKED'))
      .then([councilAgendaItemCompensated('REVOKED'), blockListEntryCompensated('REVOKED')]);
  });

  it('undoes each effect once: a retry after the first undo undoes only the rest', () => {
    nominationSpec
      .given([...votingOpen(9), withdrawn('COUNCIL_VOTE'), councilAgendaItemCompensated('WITHDRAWN')])
      .when(compensate('WITHDRAWN'))
      .then([blockListEntryCompensated('WITHDRAWN')]);
  });

  it('undoes nothing once everything is undone', () => {
    nominationSpec
      .given([
        ...votingOpen(9),
        withdrawn('COUNCIL_VOTE'),
        councilAgendaItemCompensated('WITHDRAWN'),
        blockListEntryCompensated('WITHDRAWN'),
      ])
      .when(compensate('WITHDRAWN'))
      .thenNothing();
  });

  it('records the refs of the effects it undoes', () => {
    const events = nominationSpec
      .given([...honouredNomination(), revoked()])
      .when(compensate('REVOKED'))
      .events();
    expect(events.map((e) => ('ref' in e.data ? e.data.ref : null))).toEqual([
      'SK-2016-2018/nomination-0001',
      'SK-2016-2018/nomination-0001',
      'KHOI-VI/SK-2016-2018',
    ]);
  });
});
