// Who acts: roles, and who reviews a block member's nominations.
import { describe, expect, it } from '@jest/globals';
import { blockReviewerUnit, hasRole, ROLES } from './actor.js';
import { BLOCK_VI, minister, standingOffice } from '../testing/actors.js';

describe('actors', () => {
  it('has any of the roles asked', () => {
    expect(hasRole(minister, 'MINISTER')).toBe(true);
    expect(hasRole(minister, 'DEPUTY_MINISTER', 'MINISTER')).toBe(true);
    expect(hasRole(minister, 'DEPUTY_MINISTER')).toBe(false);
    expect(hasRole(standingOffice)).toBe(false);
  });

  it('knows the six roles', () => {
    expect(ROLES).toEqual(['ADMIN', 'STANDING_OFFICE', 'MINISTER', 'DEPUTY_MINISTER', 'COUNCIL_MEMBER', 'UNIT_OFFICER']);
  });

  it.each([
    ['a member (BQLDA-DTXD)', 'BQLDA-DTXD', 'BAO-TNMT'],
    ['the deputy unit', 'CTY-TNMT-MN', 'BAO-TNMT'],
    ['the leader unit itself', 'BAO-TNMT', 'CTY-TNMT-MN'],
  ])('the nominations of %s are reviewed by %s', (_, unit, reviewer) => {
    expect(blockReviewerUnit(BLOCK_VI, unit)).toBe(reviewer);
  });
});
