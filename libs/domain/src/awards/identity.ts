import { normalName } from '../nomination/nominee-key.js';
import type { NomineeKind } from '../nomination/vocabulary.js';

/** A name as it is kept: NFC, trimmed, inner spaces collapsed; its case and diacritics as typed. */
export function tidyName(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/gu, ' ');
}

export type AwardHolder =
  { kind: 'INDIVIDUAL'; fullName: string; dateOfBirth: string } | { kind: 'COLLECTIVE'; fullName: string; unitCode: string };

/**
 * Who an award belongs to: an individual by full name and date of birth (YYYY-MM-DD), wherever
 * they worked; a collective by its name within its unit. The name is compared as `normalName`
 * compares it (NFC, single spaces, no case; diacritics kept, so "Lê Văn An" is not "Lê Văn Ân",
 * and a name in any script works). The key is the one a nomination's nominee has
 * (`nomineeIdentity`), so a nominee's history is found by the key the nomination already holds.
 */
export function awardIdentityKey(holder: AwardHolder): string {
  if (holder.kind === 'INDIVIDUAL') return `ca-nhan:${normalName(holder.fullName)}:${holder.dateOfBirth}`;
  return `tap-the:${holder.unitCode.trim().toUpperCase()}:${normalName(holder.fullName)}`;
}

/** The holder a nominee's fields describe, or null for an individual without a date of birth (older dossiers: no history can be found). */
export function awardHolderOf(
  unitCode: string,
  nominee: { kind: NomineeKind; fullName: string; dateOfBirth?: string },
): AwardHolder | null {
  if (nominee.kind === 'COLLECTIVE') return { kind: 'COLLECTIVE', fullName: nominee.fullName, unitCode };
  return nominee.dateOfBirth ? { kind: 'INDIVIDUAL', fullName: nominee.fullName, dateOfBirth: nominee.dateOfBirth } : null;
}
