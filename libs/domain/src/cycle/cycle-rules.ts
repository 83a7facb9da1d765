import type { FieldProblem } from '../errors.js';
import { CALENDAR_DATE_LABELS } from '../labels.js';
import type { EligibilityStandard } from '../awards/eligibility.js';
import type { RequiredDocument } from '../nomination/vocabulary.js';
import type { ApprovalRule } from './approval-rule.js';

/**
 * The rules of a cycle that a nomination carries with it from submission on, so that
 * every nomination records which rules applied even if the cycle's settings change later.
 */
export interface CycleRules {
  cycleCode: string;
  approvalRule: ApprovalRule;
  /** At most this many change requests; one more rejects the nomination. */
  maxChangeRounds: number;
  /** e.g. `QĐ-BTNMT`; a setting because the ministry was renamed in 2025. */
  decisionSuffix: string;
  /** Documents every dossier must have to be submitted (cycles from before this setting ask for none). */
  requiredDocuments?: RequiredDocument[];
  /** What the award history must show of a nominee (absent: the cycle checks nothing). */
  eligibility?: EligibilityStandard;
}

export const DEFAULT_MAX_CHANGE_ROUNDS = 2;
export const DEFAULT_DECISION_SUFFIX = 'QĐ-BTNMT';

/** The calendar of a cycle, instants in ISO 8601. */
export interface CycleCalendar {
  periodFrom: string;
  periodTo: string;
  submissionCutoff: string;
  blockReviewTarget: string;
  councilVoteTarget: string;
  decisionTarget: string;
  conferenceDate: string;
}

const CALENDAR_ORDER: (keyof CycleCalendar)[] = [
  'submissionCutoff',
  'blockReviewTarget',
  'councilVoteTarget',
  'decisionTarget',
  'conferenceDate',
];

/** Field-level problems with a calendar: each later milestone must come after the one before. */
export function calendarProblems(calendar: CycleCalendar): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const order = (after: keyof CycleCalendar, before: keyof CycleCalendar): FieldProblem => ({
    field: after,
    code: 'dateOrder',
    message: `${CALENDAR_DATE_LABELS[after]} phải sau ${lowerFirst(CALENDAR_DATE_LABELS[before])}`,
  });
  if (Date.parse(calendar.periodFrom) >= Date.parse(calendar.periodTo)) {
    problems.push(order('periodTo', 'periodFrom'));
  }
  for (let i = 1; i < CALENDAR_ORDER.length; i++) {
    const before = CALENDAR_ORDER[i - 1];
    const after = CALENDAR_ORDER[i];
    if (Date.parse(calendar[after]) <= Date.parse(calendar[before])) {
      problems.push(order(after, before));
    }
  }
  return problems;
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
