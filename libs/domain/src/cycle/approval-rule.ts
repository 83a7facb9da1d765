/**
 * How many of ALL council members must agree (not of those who voted), per cycle.
 * NINETY_PERCENT_OF_MEMBERS is the law's secret-ballot rule for ministry-level titles.
 */
export const ApprovalRule = {
  MAJORITY_OF_MEMBERS: 'MAJORITY_OF_MEMBERS',
  TWO_THIRDS_OF_MEMBERS: 'TWO_THIRDS_OF_MEMBERS',
  NINETY_PERCENT_OF_MEMBERS: 'NINETY_PERCENT_OF_MEMBERS',
} as const;
export type ApprovalRule = (typeof ApprovalRule)[keyof typeof ApprovalRule];
export const APPROVAL_RULES = Object.values(ApprovalRule);

/** The smallest number of agreeing members that passes, out of `members`. */
export function agreesNeeded(rule: ApprovalRule, members: number): number {
  switch (rule) {
    case ApprovalRule.MAJORITY_OF_MEMBERS:
      return Math.floor(members / 2) + 1;
    case ApprovalRule.TWO_THIRDS_OF_MEMBERS:
      return Math.ceil((2 * members) / 3);
    case ApprovalRule.NINETY_PERCENT_OF_MEMBERS:
      return Math.ceil((9 * members) / 10);
    default: {
      const unknown: never = rule;
      throw new Error(`Unknown approval rule ${String(unknown)}`);
    }
  }
}

/** A vote counts only when at least 2/3 of the members cast a ballot (written opinions included). */
export function quorumNeeded(members: number): number {
  return Math.ceil((2 * members) / 3);
}
