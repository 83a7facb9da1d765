import { patched } from '@temporalio/workflow';
import { changeTargetsText, NominationStage, Role, type NominationEvent, type NominationView } from '#domain';
import type { NoticeRequest } from '../activity-contracts.js';
import { activities, type NominationProcess } from './nomination-process.js';

/** Executions that reach a dossier's step with this patch tell the unit and its reviewer (README: the patches). */
export const DOSSIER_STEP_NOTICES_PATCH = 'dossier-step-notices';

/**
 * The unit hears that its dossier was received (or came back revised), or was returned for
 * changes with the reason and the revision deadline; the reviewer hears that a dossier arrived in
 * their inbox or came back revised. Told after the events are stored, from what they recorded.
 */
export async function tellDossierStep(nomination: NominationProcess, events: readonly NominationEvent[]): Promise<void> {
  const notices = events.flatMap((event) => dossierStepNotices(nomination.current, event));
  if (notices.length === 0 || !patched(DOSSIER_STEP_NOTICES_PATCH)) return;
  await activities.notify({ notices });
}

/** The notices one event of a dossier's review calls for (none for the others). */
export function dossierStepNotices(view: NominationView, event: NominationEvent): NoticeRequest[] {
  const about = { cycleCode: view.cycleCode, nominationId: view.id };
  const nominee = view.nominee.fullName;
  const unit = { kind: 'UNIT' as const, code: view.unitCode };
  // `units` names the reviewing unit (the worker looks its name up); the standing office has no unit.
  const byOffice = (returned: boolean): Record<string, string> => (returned ? { by: 'STANDING_OFFICE' } : { units: view.reviewerUnitCode });
  switch (event.type) {
    case 'NominationSubmitted':
      return [
        {
          ...about,
          occasion: `dossier-received:${view.id}`,
          kind: 'DOSSIER_RECEIVED',
          to: [unit],
          facts: { nominee, submittedAt: view.submittedAt, units: view.reviewerUnitCode, dueAt: view.targets.blockReviewTarget },
        },
        {
          ...about,
          occasion: `dossier-arrived:${view.id}`,
          kind: 'DOSSIER_ARRIVED',
          to: [{ kind: 'UNIT', code: view.reviewerUnitCode }],
          facts: { nominee, unitCode: view.unitCode, dueAt: view.targets.blockReviewTarget },
        },
      ];
    case 'ChangesRequested': {
      const office = byOffice(event.data.from === NominationStage.COUNCIL_VOTE);
      return [
        {
          ...about,
          occasion: `dossier-returned:${view.id}:${event.data.round}`,
          kind: 'DOSSIER_RETURNED',
          to: [unit],
          facts: {
            nominee,
            reason: event.data.reason,
            what: changeTargetsText(view, event.data) || null,
            round: event.data.round,
            maxRounds: view.rules.maxChangeRounds,
            revisionDueAt: event.data.revisionDueAt,
            ...office,
          },
        },
      ];
    }
    case 'NominationResubmitted': {
      // Back at the council's list: the standing office returned it, and hears of it.
      const toOffice = view.stage === NominationStage.COUNCIL_VOTE;
      return [
        {
          ...about,
          occasion: `dossier-resubmitted:${view.id}:${event.data.round}`,
          kind: 'DOSSIER_RESUBMITTED',
          to: [unit],
          facts: { nominee, round: event.data.round, changes: event.data.changes, ...byOffice(toOffice) },
        },
        {
          ...about,
          occasion: `dossier-revised:${view.id}:${event.data.round}`,
          kind: 'DOSSIER_REVISED',
          to: [toOffice ? { kind: 'ROLE', role: Role.STANDING_OFFICE } : { kind: 'UNIT', code: view.reviewerUnitCode }],
          facts: { nominee, unitCode: view.unitCode, round: event.data.round, changes: event.data.changes, ...byOffice(toOffice) },
        },
      ];
    }
    default:
      return [];
  }
}
