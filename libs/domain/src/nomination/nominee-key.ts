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

/** A name as people type it, made comparable: NFC, single spaces, no case ("Nguyễn  văn A" = "nguyễn Văn A"); accents kept. */
export function normalName(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi');
}

/**
 * Who a nominee is within a cycle, whichever unit nominates them: an individual by full name and
 * date of birth; a collective by its name within its unit. An individual without a date of birth
 * (dossiers from before it was asked) is known within its unit only.
 */
export function nomineeIdentity(unitCode: string, nominee: Pick<Nominee, 'kind' | 'fullName' | 'dateOfBirth'>): string {
  if (nominee.kind === 'INDIVIDUAL' && nominee.dateOfBirth) return `ca-nhan:${normalName(nominee.fullName)}:${nominee.dateOfBirth}`;
  return `${nominee.kind === 'INDIVIDUAL' ? 'ca-nhan' : 'tap-the'}:${unitCode}:${normalName(nominee.fullName)}`;
}

/**
 * e.g. `nomination:SK-2016-2018:BQLDA-DTXD:ca-nhan-nguyen-van-a:1f0c2a9e`: searchable by eye in the
 * Temporal UI, and one per nomination (a nominee withdrawn and nominated again is a new process).
 */
export function nominationWorkflowIdOf(
  cycleCode: string,
  unitCode: string,
  nominee: Pick<Nominee, 'kind' | 'fullName'>,
  nominationId: string,
): string {
  return `nomination:${cycleCode}:${unitCode}:${nomineeKey(nominee).slice(0, 120)}:${nominationId.slice(0, 8)}`;
}

/** The workflow id of nominations started before a nominee could be nominated again: one per nominee, ever. */
export function nominationWorkflowId(cycleCode: string, unitCode: string, nominee: Pick<Nominee, 'kind' | 'fullName'>): string {
  return `nomination:${cycleCode}:${unitCode}:${nomineeKey(nominee)}`.slice(0, 200);
}

export function cycleWorkflowId(cycleCode: string): string {
  return `cycle:${cycleCode}`;
}
