import { describe, expect, it } from '@jest/globals';
import { NominationStage, NominationStatus, Role, type Actor } from '#domain';
import { canReadDossier } from './can-read-dossier.js';

// A block led by UNIT-A (deputy UNIT-B); the dossier is UNIT-C's.
const block = { leaderUnitCode: 'UNIT-A', deputyUnitCode: 'UNIT-B' };
const submitted = { unitCode: 'UNIT-C', stage: NominationStage.BLOCK_REVIEW, status: NominationStatus.IN_PROGRESS };
const draft = { unitCode: 'UNIT-C', stage: NominationStage.DRAFT, status: NominationStatus.IN_PROGRESS };
const lapsed = { unitCode: 'UNIT-C', stage: NominationStage.DRAFT, status: NominationStatus.NOT_SUBMITTED };

const officer = (unitCode: string): Actor => ({ username: `unit.${unitCode}`, fullName: unitCode, roles: [Role.UNIT_OFFICER], unitCode });
const ministry = (role: Role): Actor => ({ username: role.toLowerCase(), fullName: role, roles: [role] });

describe('canReadDossier', () => {
  it('its own unit reads it, even as a draft', () => {
    for (const n of [submitted, draft, lapsed]) expect(canReadDossier(officer('UNIT-C'), n, block)).toBe(true);
  });

  it("the block's leader and deputy read it once submitted", () => {
    expect(canReadDossier(officer('UNIT-A'), submitted, block)).toBe(true);
    expect(canReadDossier(officer('UNIT-B'), submitted, block)).toBe(true);
  });

  it('the Ministry (standing office, council, minister, deputy ministers, administrators) reads it once submitted', () => {
    for (const role of [Role.STANDING_OFFICE, Role.COUNCIL_MEMBER, Role.MINISTER, Role.DEPUTY_MINISTER, Role.ADMIN]) {
      expect([role, canReadDossier(ministry(role), submitted, block)]).toEqual([role, true]);
    }
  });

  it('another unit, even of the same block, does not', () => {
    expect(canReadDossier(officer('UNIT-D'), submitted, block)).toBe(false);
    expect(canReadDossier({ ...officer('UNIT-D'), roles: [] }, submitted, block)).toBe(false);
  });

  it('a draft, lapsed or not, is its unit’s alone', () => {
    for (const n of [draft, lapsed]) {
      expect(canReadDossier(officer('UNIT-A'), n, block)).toBe(false);
      expect(canReadDossier(ministry(Role.STANDING_OFFICE), n, block)).toBe(false);
      expect(canReadDossier(ministry(Role.ADMIN), n, block)).toBe(false);
    }
  });
});
