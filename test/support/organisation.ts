import { organisationData } from '#persistence';

export { hanoiInstant } from '#domain';

/** How many units the seeded organisation has (ministry units and provincial departments). */
export const UNITS_COUNT_FOR_TESTS = organisationData.UNITS.length;
