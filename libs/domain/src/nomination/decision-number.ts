/** `1234/QĐ-BTNMT`: numbered per year from 1 without gaps; the suffix is a setting. */
export function formatDecisionNumber(sequence: number, suffix: string): string {
  return `${sequence}/${suffix}`;
}
