import { uuid4 } from '@temporalio/workflow';
import type { BlockReviewCommand, NominationView, ResubmitCommand, ReturnForChangesCommand } from '#domain';
import { conclude } from './conclusion.js';
import { tellDossierStep } from './dossier-notices.js';
import type { NominationProcess } from './nomination-process.js';

/**
 * The block reviews: an endorsement moves on to the council (`onEndorsed`: the nomination's own
 * vote opens, or it waits for a session), a rejection ends the nomination.
 */
export async function reviewBlock(
  nomination: NominationProcess,
  onEndorsed: () => Promise<void>,
  cmd: BlockReviewCommand,
): Promise<NominationView> {
  const command = { type: 'ReviewBlock' as const, ...cmd, revisionTaskId: uuid4(), at: new Date().toISOString() };
  const events = await nomination.execute(command, cmd.actor.username);
  if (events.some((e) => e.type === 'BlockEndorsed')) await onEndorsed();
  if (events.some((e) => e.type === 'NominationRejected')) await conclude(nomination, 'REJECTED');
  await tellDossierStep(nomination, events);
  return nomination.current;
}

/** The unit answers a change request; the same reviewer reviews again. */
export async function resubmit(nomination: NominationProcess, cmd: ResubmitCommand): Promise<NominationView> {
  const events = await nomination.execute({ type: 'Resubmit', ...cmd, reviewTaskId: uuid4() }, cmd.actor.username);
  await tellDossierStep(nomination, events);
  return nomination.current;
}

/** The standing office returns a dossier from the council's waiting list (thẩm định); resubmitted, it waits there again. */
export async function returnForChanges(nomination: NominationProcess, cmd: ReturnForChangesCommand): Promise<NominationView> {
  const command = { type: 'ReturnForChanges' as const, ...cmd, revisionTaskId: uuid4(), at: new Date().toISOString() };
  const events = await nomination.execute(command, cmd.actor.username);
  await tellDossierStep(nomination, events);
  return nomination.current;
}
