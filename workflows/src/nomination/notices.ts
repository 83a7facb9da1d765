import { NominationStatus, Role, type NominationView, type OpenTask } from '#domain';
import type { NoticeRequest, Recipient } from '../activity-contracts.js';

/** Who is reminded of a task: its unit, its council member, or the minister and deputy ministers. */
export function recipientsOf(task: OpenTask): Recipient[] {
  switch (task.assignee.kind) {
    case 'UNIT':
      return [{ kind: 'UNIT', code: task.assignee.ref }];
    case 'USER':
      return [{ kind: 'USER', username: task.assignee.ref }];
    case 'MINISTER':
      return [
        { kind: 'ROLE', role: Role.MINISTER },
        { kind: 'ROLE', role: Role.DEPUTY_MINISTER },
      ];
    default: {
      const unknown: never = task.assignee;
      throw new Error(`Unknown assignee ${JSON.stringify(unknown)}`);
    }
  }
}

/** The assignee of a task is reminded of its due date, once per due date. */
export function reminderNotice(view: NominationView, task: OpenTask): NoticeRequest {
  return {
    occasion: `task-reminder:${task.id}:${task.dueAt}`,
    kind: 'TASK_REMINDER',
    to: recipientsOf(task),
    cycleCode: view.cycleCode,
    nominationId: view.id,
    facts: { taskType: task.type, dueAt: task.dueAt, nominee: view.nominee.fullName },
  };
}

/** The standing office hears of a task left overdue. */
export function escalationNotice(view: NominationView, task: OpenTask): NoticeRequest {
  return {
    occasion: `task-escalation:${task.id}:${task.dueAt}`,
    kind: 'TASK_ESCALATION',
    to: [{ kind: 'ROLE', role: Role.STANDING_OFFICE }],
    cycleCode: view.cycleCode,
    nominationId: view.id,
    facts: { taskType: task.type, dueAt: task.dueAt, nominee: view.nominee.fullName, assignee: task.assignee.ref },
  };
}

/** The unit hears how its nomination ended, and why. */
export function outcomeNotice(view: NominationView): NoticeRequest {
  return {
    occasion: `outcome:${view.id}`,
    kind: 'NOMINATION_OUTCOME',
    to: [{ kind: 'UNIT', code: view.unitCode }],
    cycleCode: view.cycleCode,
    nominationId: view.id,
    facts: {
      status: view.status,
      stage: view.outcome?.stage ?? view.stage,
      reason: view.outcome?.reason ?? null,
      nominee: view.nominee.fullName,
    },
  };
}

/** The unit hears that its nomination is recognised by the minister's decision, with its number. */
export function approvalNotice(view: NominationView): NoticeRequest {
  return {
    occasion: `approved:${view.id}`,
    kind: 'NOMINATION_APPROVED',
    to: [{ kind: 'UNIT', code: view.unitCode }],
    cycleCode: view.cycleCode,
    nominationId: view.id,
    facts: { nominee: view.nominee.fullName, decisionNumber: view.decisionNumber, signature: view.decisionSignature },
  };
}

/**
 * The unit hears how the conference ended for its nomination: honoured on stage (with its
 * certificate number) or recognised without a place (beyond the quota, or the conference
 * already held). `conferenceDate` is the conference's day (the placement's, or the cycle's when it closed).
 * Only for a nomination that ended HONOURED or RECOGNISED.
 */
export function conferenceOutcomeNotice(view: NominationView, conferenceDate: string): NoticeRequest {
  const honoured = view.status === NominationStatus.HONOURED;
  return {
    occasion: `${honoured ? 'honoured' : 'recognised'}:${view.id}`,
    kind: honoured ? 'NOMINATION_HONOURED' : 'NOMINATION_RECOGNISED',
    to: [{ kind: 'UNIT', code: view.unitCode }],
    cycleCode: view.cycleCode,
    nominationId: view.id,
    facts: {
      status: view.status,
      nominee: view.nominee.fullName,
      decisionNumber: view.decisionNumber,
      certificateNumber: view.certificateNumber,
      rank: view.conferenceRank,
      conferenceDate,
      reason: view.outcome?.reason ?? null,
    },
  };
}

/** The unit hears that the list its nomination was on went back to the standing office. */
export function proposalReturnedNotice(view: NominationView, proposalId: string, reason: string): NoticeRequest {
  return {
    occasion: `proposal-returned:${proposalId}:${view.id}`,
    kind: 'PROPOSAL_RETURNED',
    to: [{ kind: 'UNIT', code: view.unitCode }],
    cycleCode: view.cycleCode,
    nominationId: view.id,
    facts: { nominee: view.nominee.fullName, reason },
  };
}
