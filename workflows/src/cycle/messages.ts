import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { Actor } from '#domain';

export interface ConferenceSummary {
  cycleCode: string;
  heldAt: string;
  heldBy: string;
  honoured: number;
  recognised: number;
}

export const holdConferenceUpdate = defineUpdate<ConferenceSummary, [{ actor: Actor }]>('holdConference');
export const getConferenceQuery = defineQuery<ConferenceSummary | null>('getConference');
