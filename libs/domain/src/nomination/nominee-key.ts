import type { Nominee } from './vocabulary.js';

/**
 * An ASCII slug of a Vietnamese name: "Nguyễn Văn Đức" → "nguyen-van-duc".
 * Used for duplicate detection and in readable workflow ids.
 */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Same kind and same name (ignoring case, accents and spacing) is the same nominee. */
export function nomineeKey(nominee: Pick<Nominee, 'kind' | 'fullName'>): string {
  return `${nominee.kind === 'INDIVIDUAL' ? 'ca-nhan' : 'tap-the'}-${slugify(nominee.fullName)}`;
}

/** e.g. `nomination:SK-2016-2018:BQLDA-DTXD:ca-nhan-nguyen-van-a`: searchable by eye in the Temporal UI. */
export function nominationWorkflowId(cycleCode: string, unitCode: string, nominee: Pick<Nominee, 'kind' | 'fullName'>): string {
  return `nomination:${cycleCode}:${unitCode}:${nomineeKey(nominee)}`.slice(0, 200);
}

export function cycleWorkflowId(cycleCode: string): string {
  return `cycle:${cycleCode}`;
}
