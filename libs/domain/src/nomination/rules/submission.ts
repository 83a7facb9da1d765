import type { CommandOfType } from '../commands.js';
import type { NominationEvent } from '../events.js';
import { requireDocuments } from './draft.js';

/** A unit's dossier enters its block's review; its place on the block's list is its first effect. */
export function decideSubmission(cmd: CommandOfType<'Submit'>): NominationEvent[] {
  requireDocuments(cmd.rules.requiredDocuments ?? [], cmd.dossier.documents);
  return [
    {
      type: 'NominationSubmitted',
      data: {
        nominationId: cmd.nominationId,
        workflowId: cmd.workflowId,
        cycleCode: cmd.cycleCode,
        unitCode: cmd.unitCode,
        blockCode: cmd.blockCode,
        reviewerUnitCode: cmd.reviewerUnitCode,
        nomineeKey: cmd.nomineeKey,
        dossier: cmd.dossier,
        rules: cmd.rules,
        targets: cmd.targets,
        ...(cmd.eligibility && { eligibility: cmd.eligibility }),
        reviewTaskId: cmd.reviewTaskId,
        // Recorded from version 2 on: every stream recorded before versions existed is version 1.
        ...(cmd.rulesVersion > 1 && { rulesVersion: cmd.rulesVersion }),
      },
    },
    { type: 'BlockListEntryAdded', data: { ref: `${cmd.blockCode}/${cmd.cycleCode}` } },
  ];
}
