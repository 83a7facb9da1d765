import { organisationData } from '#persistence';
import { findOrFail } from './find.js';

export { hanoiInstant } from '#domain';

/** How many units the seeded organisation has (ministry units and provincial departments). */
export const UNITS_COUNT_FOR_TESTS = organisationData.UNITS.length;

/** The codes of the seeded units. */
export const UNIT_CODES: readonly string[] = organisationData.UNITS.map((u) => u.code);

/** The seeded e-mail address of a unit, where its notices go. */
export function unitEmail(code: string): string {
  return findOrFail(organisationData.UNITS, (u) => u.code === code, `unit ${code} in the seed`).email;
}
