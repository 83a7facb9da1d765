import { condition } from '@temporalio/workflow';
import { NominationStage, SYSTEM_ACTOR } from '#domain';
import { activities, type NominationProcess } from './nomination-process.js';
import { outcomeNotice } from './notices.js';

/** How a nomination started as a draft starts, besides its facts: the cutoff it must be submitted by. */
export interface DraftStart {
  submissionCutoff: string;
}

/**
 * Keeps a draft until its unit submits or discards it, or the cutoff passes. The cycle owns the
 * cutoff and may move it: at the cutoff the draft asks for the one in force, and waits on if it
 * moved later. Left at the cutoff, the draft is kept as never submitted and the unit is told.
 */
export async function keepDraftUntilCutoff(nomination: NominationProcess, start: DraftStart): Promise<void> {
  const stillDraft = () => nomination.current.stage === NominationStage.DRAFT;
  let cutoff = start.submissionCutoff;
  for (;;) {
    if (await condition(() => !stillDraft(), Math.max(0, Date.parse(cutoff) - Date.now()))) return;
    const inForce = await activities.submissionCutoff({ cycleCode: nomination.current.cycleCode });
    if (Date.parse(inForce) > Date.now()) {
      cutoff = inForce;
      continue;
    }
    const events = await nomination.execute({ type: 'LapseDraft', cutoff: inForce }, SYSTEM_ACTOR);
    if (events.length) await activities.notify({ notices: [outcomeNotice(nomination.current)] });
    return;
  }
}
