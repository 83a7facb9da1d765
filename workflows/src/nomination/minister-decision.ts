import { decide, SYSTEM_ACTOR, type MinisterDecisionCommand, type NominationView } from '#domain';
import { conclude } from './conclusion.js';
import { activities, type NominationProcess } from './nomination-process.js';

/**
 * The minister (or a deputy) decides. A rejection ends the nomination; an approval is numbered
 * by the store in the transaction that records it, and then holds a seat at the conference.
 */
export async function decideAsMinister(nomination: NominationProcess, cmd: MinisterDecisionCommand): Promise<NominationView> {
  const command = { type: 'DecideAsMinister' as const, ...cmd };
  if (cmd.decision === 'REJECT') {
    await nomination.execute(command, cmd.actor.username);
    await conclude(nomination, 'REJECTED');
    return nomination.current;
  }
  nomination.refuseWhileDeciding();
  await nomination.exclusively(async () => {
    const [approval] = decide(nomination.state, command);
    const suffix = nomination.current.rules.decisionSuffix;
    nomination.deciding = true;
    try {
      await nomination.commitReturned(approval, cmd.actor.username, (stamped) =>
        activities.issueMinisterDecision({ nominationId: nomination.nominationId, suffix, approval: stamped }),
      );
      await nomination.commit(decide(nomination.state, { type: 'ReserveConferenceSeat' }), SYSTEM_ACTOR);
    } finally {
      nomination.deciding = false;
    }
  });
  return nomination.current;
}
