import {
  assessEligibility,
  awardHolderOf,
  awardIdentityKey,
  ineligibleRefusal,
  type CycleRules,
  type EligibilityAssessment,
  type Nominee,
} from '#domain';
import { awardsOf } from '#persistence';
import type { DataSource } from 'typeorm';

/**
 * How a nominee measures up to the cycle's standard, read from the award history now: undefined
 * when the cycle has none. When the cycle refuses nominees the history shows short of it, the
 * refusal is thrown here, before the cycle admits anything (the workflow records the result).
 */
export async function assessNominee(
  db: DataSource,
  rules: CycleRules,
  unitCode: string,
  nominee: Pick<Nominee, 'kind' | 'fullName' | 'dateOfBirth'>,
): Promise<EligibilityAssessment | undefined> {
  const standard = rules.eligibility;
  if (!standard) return undefined;
  const holder = awardHolderOf(unitCode, nominee);
  const awards = holder ? await awardsOf(db, awardIdentityKey(holder)) : [];
  const assessment = assessEligibility(standard, awards);
  const refusal = ineligibleRefusal(standard, assessment);
  if (refusal) throw refusal;
  return assessment;
}
