import { ApplicationFailure, proxyActivities } from '@temporalio/workflow';
import {
  checkRevocation,
  compensationsFor,
  decideRevocation,
  DomainError,
  evolveNomination,
  SYSTEM_ACTOR,
  type Actor,
  type NominationEvent,
  type NominationView,
  type RecordedEvent,
} from '#domain';
import type { NominationActivities } from '../activity-contracts.js';
import { PERSISTENT } from '../activity-options.js';

const activities = proxyActivities<NominationActivities>(PERSISTENT);

export interface RevocationInput {
  nominationId: string;
  actor: Actor;
  reason: string;
}

/**
 * Revokes a recognition after the fact (thu hồi): a new decision, numbered like any other,
 * annuls it; every effect the nomination still holds (its seat, its agenda item, its place on
 * the block's list) is undone newest first; the unit is told why. One per nomination
 * (workflow id `revocation:<nominationId>`); the nomination's own workflow has ended.
 */
export async function revocationWorkflow({ nominationId, actor, reason }: RevocationInput): Promise<NominationView> {
  const before = await activities.loadNomination({ nominationId });
  if (!before) throw ApplicationFailure.nonRetryable(`No nomination ${nominationId}`, 'NOT_FOUND');
  try {
    checkRevocation(before, { actor, reason });
  } catch (err) {
    if (err instanceof DomainError) throw ApplicationFailure.nonRetryable(err.message, err.code);
    throw err;
  }
  let view = before;
  // Keys continue the nomination's own numbering, so a retried step is recorded once.
  const stamp = (event: NominationEvent, by: string): RecordedEvent =>
    ({ ...event, key: `${view.version + 1}:${event.type}`, actor: by, occurredAt: new Date().toISOString() }) as RecordedEvent;

  const revoked = await activities.issueMinisterDecision({
    nominationId,
    suffix: before.rules.decisionSuffix,
    approval: stamp(decideRevocation(before, { actor, reason }), actor.username),
  });
  view = evolveNomination(view, revoked);

  const undo = {
    BlockListEntryCompensated: activities.undoBlockListEntry,
    CouncilAgendaItemCompensated: activities.undoCouncilAgendaItem,
    ConferenceSeatCompensated: activities.undoConferenceSeat,
  } as const;
  for (const compensation of compensationsFor(before, 'REVOKED')) {
    const event = stamp(compensation, SYSTEM_ACTOR);
    await undo[compensation.type as keyof typeof undo]({ nominationId, events: [event] });
    view = evolveNomination(view, event);
  }

  await activities.notify({
    notices: [
      {
        occasion: `revoked:${nominationId}`,
        kind: 'NOMINATION_OUTCOME',
        to: [{ kind: 'UNIT', code: view.unitCode }],
        cycleCode: view.cycleCode,
        nominationId,
        facts: {
          status: 'REVOKED',
          stage: 'CLOSED',
          reason: reason.trim(),
          nominee: view.nominee.fullName,
          decisionNumber: view.revocationDecisionNumber,
        },
      },
    ],
  });
  return view;
}
