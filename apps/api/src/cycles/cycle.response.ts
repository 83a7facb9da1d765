import { formatHanoiDateTime } from '#domain';
import type { CycleEntity } from '#persistence';

const CALENDAR = [
  'periodFrom',
  'periodTo',
  'submissionCutoff',
  'blockReviewTarget',
  'councilVoteTarget',
  'decisionTarget',
  'conferenceDate',
] as const;

/** A cycle as the API shows it: instants in ISO 8601 (UTC), and the same calendar as read in Hanoi. */
export function toCycleResponse(cycle: CycleEntity, now = new Date()) {
  const calendar = Object.fromEntries(CALENDAR.map((k) => [k, cycle[k].toISOString()])) as Record<(typeof CALENDAR)[number], string>;
  const calendarHanoi = Object.fromEntries(CALENDAR.map((k) => [k, formatHanoiDateTime(cycle[k])]));
  return {
    code: cycle.code,
    title: cycle.title,
    planReference: cycle.planReference,
    ...calendar,
    calendarHanoi,
    /** 1, then one more each time the dates move (GET /cycles/:code/events tells who moved them and why). */
    calendarVersion: cycle.calendarVersion,
    timeZone: cycle.timeZone,
    submissionsOpen: now < cycle.submissionCutoff,
    quota: cycle.quota,
    approvalRule: cycle.approvalRule,
    quorumRule: 'At least 2/3 of all council members cast a ballot',
    maxChangeRounds: cycle.maxChangeRounds,
    revisionDays: cycle.revisionDays,
    decisionSuffix: cycle.decisionSuffix,
    workflowId: cycle.workflowId,
    conferenceHeldAt: cycle.conferenceHeldAt?.toISOString() ?? null,
    conferenceHeldBy: cycle.conferenceHeldBy,
    createdBy: cycle.createdBy,
    createdAt: cycle.createdAt.toISOString(),
  };
}

export type CycleResponse = ReturnType<typeof toCycleResponse>;
