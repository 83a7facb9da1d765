import { ActivityFailure, ApplicationFailure } from '@temporalio/workflow';
import {
  decide,
  DomainError,
  endedNominationState,
  evolve,
  SYSTEM_ACTOR,
  type Actor,
  type NominationEvent,
  type NominationState,
  type NominationView,
  type RecordedEvent,
} from '#domain';
import { asFailure } from '../common/refusals.js';
import { undoActivityFor } from './compensation.js';
import { activities } from './nomination-process.js';
import { fixRulesVersion } from './rules-version.js';

export interface RevocationInput {
  nominationId: string;
  actor: Actor;
  reason: string;
  /**
   * The number the records office gave the revocation (DECISION_NUMBERING=RECORDS_OFFICE); without
   * it, the engine's register numbers it. Executions started before it existed have none and run
   * as they did, so no patch is needed.
   */
  documentNumber?: string;
}

/**
 * Revokes a recognition after the fact (thu hồi): a new decision, numbered like any other,
 * annuls it; every effect the nomination still holds (its seat, its agenda item, its place on
 * the block's list) is undone newest first; the unit is told why. One per nomination
 * (workflow id `revocation:<nominationId>`); the nomination's own workflow has ended.
 */
export async function revocationWorkflow({ nominationId, actor, reason, documentNumber }: RevocationInput): Promise<NominationView> {
  const rulesVersion = fixRulesVersion();
  const before = await activities.loadNomination({ nominationId });
  if (!before) throw asFailure(new DomainError('NOT_FOUND', 'NOMINATION_NOT_FOUND', `Không tìm thấy hồ sơ đề nghị ${nominationId}.`));
  let state: NominationState = endedNominationState(before, rulesVersion);
  let revocation: NominationEvent[];
  try {
    revocation = decide(state, { type: 'Revoke', actor, reason });
  } catch (err) {
    throw asFailure(err);
  }
  // Keys continue the nomination's own numbering, so a retried step is recorded once.
  const stamp = (event: NominationEvent, by: string): RecordedEvent =>
    ({ ...event, key: `${state.view.version + 1}:${event.type}`, actor: by, occurredAt: new Date().toISOString() }) as RecordedEvent;

  for (const event of revocation) {
    const numbered = await issue({
      nominationId,
      suffix: before.rules.decisionSuffix,
      approval: stamp(event, actor.username),
      ...(documentNumber === undefined ? {} : { documentNumber }),
    });
    state = evolve(state, numbered);
  }
  for (const undo of decide(state, { type: 'Compensate', cause: 'REVOKED' })) {
    const event = stamp(undo, SYSTEM_ACTOR);
    await undoActivityFor(undo)({ nominationId, events: [event] });
    state = evolve(state, event);
  }

  const { view } = state;
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

/**
 * Numbers and records the revocation. A number the records office gave that some document of the
 * year already has is refused (409 DECISION_NUMBER_TAKEN on the documentNumber field): nothing is
 * recorded, the revocation ends failed, and the minister may revoke again with the right number.
 */
async function issue(input: Parameters<typeof activities.issueMinisterDecision>[0]): Promise<RecordedEvent> {
  try {
    return await activities.issueMinisterDecision(input);
  } catch (err) {
    if (err instanceof ActivityFailure && err.cause instanceof ApplicationFailure && err.cause.type === 'DECISION_NUMBER_TAKEN') {
      throw asFailure(new DomainError('CONFLICT', 'DECISION_NUMBER_TAKEN', err.cause.message, { field: 'documentNumber' }));
    }
    throw err;
  }
}
