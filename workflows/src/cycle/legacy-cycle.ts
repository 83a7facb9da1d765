import { allHandlersFinished, condition, getExternalWorkflowHandle, proxyActivities, setHandler } from '@temporalio/workflow';
import { conferenceAlreadyHeld, hasRole, Role, standingOfficeHoldsConference, type Actor } from '#domain';
import type { CycleActivities } from '../activity-contracts.js';
import { conferenceHeldSignal } from '../nomination/messages.js';
import { refusing, validating } from '../common/refusals.js';
import { getConferenceQuery, holdConferenceUpdate, type ConferenceSummary } from './messages.js';

const activities = proxyActivities<CycleActivities>({
  startToCloseTimeout: '2 minutes',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

/**
 * The cycle as it ran before it kept a calendar: it only waits for the standing office to
 * record the conference. Kept unchanged so that executions started then replay; new
 * executions take the calendar path (see cycle.workflow.ts).
 */
export async function conferenceOnlyCycle({ cycleCode }: { cycleCode: string }): Promise<ConferenceSummary> {
  let heldBy: Actor | undefined;
  let summary: ConferenceSummary | null = null;

  setHandler(getConferenceQuery, () => summary);
  setHandler(
    holdConferenceUpdate,
    refusing(async ({ actor }) => {
      heldBy = actor;
      await condition(() => summary !== null);
      return summary as ConferenceSummary;
    }),
    {
      validator: validating(({ actor }: { actor: Actor }) => {
        if (!hasRole(actor, Role.STANDING_OFFICE)) throw standingOfficeHoldsConference();
        if (heldBy) throw conferenceAlreadyHeld(cycleCode);
      }),
    },
  );

  await condition(() => heldBy !== undefined);
  const actor = heldBy as Actor;
  const heldAt = new Date().toISOString();
  const { conferenceDate, results } = await activities.planConference({ cycleCode, heldBy: actor.username, heldAt });
  await Promise.all(
    results.map((r) =>
      getExternalWorkflowHandle(r.workflowId)
        .signal(conferenceHeldSignal, { honoured: r.honoured, rank: r.rank, certificateNumber: r.certificateNumber, conferenceDate })
        // A nomination that closed meanwhile has nothing left to honour.
        .catch(() => undefined),
    ),
  );
  summary = {
    cycleCode,
    heldAt,
    heldBy: actor.username,
    honoured: results.filter((r) => r.honoured).length,
    recognised: results.filter((r) => !r.honoured).length,
  };
  await condition(allHandlersFinished);
  return summary;
}
