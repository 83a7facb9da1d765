import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { Actor, BallotVia, SessionView } from '#domain';

/** Every update answers with the session as it stands once the change is recorded. */
export const sessionComposedUpdate = defineUpdate<SessionView>('sessionComposed');
export const editAgendaUpdate = defineUpdate<
  SessionView,
  [{ actor: Actor; add?: { nominationId: string; workflowId: string }[]; remove?: string[] }]
>('editAgenda');
export const openSessionUpdate = defineUpdate<SessionView, [{ actor: Actor }]>('openSession');
export const declareConflictUpdate = defineUpdate<SessionView, [{ actor: Actor; nominationId: string; note: string }]>('declareConflict');
/** The API has put a member's ballot in the box (its choices never come here): the member has voted. */
export const ballotReceivedUpdate = defineUpdate<SessionView, [{ actor: Actor; member: string; via: BallotVia; documentId?: string }]>(
  'ballotReceived',
);
export const closeSessionUpdate = defineUpdate<SessionView, [{ actor: Actor }]>('closeSession');

export const getSessionQuery = defineQuery<SessionView | null>('getSession');

/** The cycle's calendar moved: the session's ballots fall due at the new council vote target. */
export interface SessionCalendarMoved {
  calendarVersion: number;
  councilVoteTarget: string;
  reason: string;
  movedBy: string;
}
export const sessionCalendarMovedSignal = defineSignal<[SessionCalendarMoved]>('sessionCalendarMoved');

/** A nomination on the agenda was withdrawn (or otherwise ended): it leaves the session. */
export const agendaItemWithdrawnSignal = defineSignal<[{ nominationId: string }]>('agendaItemWithdrawn');
