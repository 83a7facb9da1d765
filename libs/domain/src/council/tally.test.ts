// The council's arithmetic: quorum on ballots cast (2/3 of members), the share to pass on ALL members.
import { describe, expect, it } from '@jest/globals';
import { addBallot, BALLOT_CHOICES, castCount, countVote, emptyTally } from './tally.js';
import { agreesNeeded, APPROVAL_RULES, quorumNeeded, type ApprovalRule } from '../cycle/approval-rule.js';

describe('council arithmetic, on all members', () => {
  it.each([
    ['MAJORITY_OF_MEMBERS', 9, 5],
    ['MAJORITY_OF_MEMBERS', 10, 6],
    ['MAJORITY_OF_MEMBERS', 1, 1],
    ['TWO_THIRDS_OF_MEMBERS', 9, 6],
    ['TWO_THIRDS_OF_MEMBERS', 10, 7],
    ['TWO_THIRDS_OF_MEMBERS', 12, 8],
    ['NINETY_PERCENT_OF_MEMBERS', 9, 9],
    ['NINETY_PERCENT_OF_MEMBERS', 10, 9],
    ['NINETY_PERCENT_OF_MEMBERS', 20, 18],
    ['NINETY_PERCENT_OF_MEMBERS', 21, 19],
  ] as const)('%s of %i members needs %i agrees', (rule, members, needed) => {
    expect(agreesNeeded(rule, members)).toBe(needed);
  });

  it('knows three rules: more than half (default), at least two thirds, at least ninety percent', () => {
    expect(APPROVAL_RULES).toEqual(['MAJORITY_OF_MEMBERS', 'TWO_THIRDS_OF_MEMBERS', 'NINETY_PERCENT_OF_MEMBERS']);
    expect(() => agreesNeeded('UNANIMITY' as ApprovalRule, 9)).toThrow('Unknown approval rule UNANIMITY');
  });

  it.each([
    [9, 6],
    [10, 7],
    [12, 8],
    [3, 2],
  ])('a quorum of %i members is %i ballots (at least 2/3)', (members, quorum) => {
    expect(quorumNeeded(members)).toBe(quorum);
  });

  it('needs a quorum of 2/3 of the members casting a ballot', () => {
    expect(quorumNeeded(9)).toBe(6);
    expect(countVote('MAJORITY_OF_MEMBERS', { agree: 5, disagree: 0, abstain: 0, members: 9 })).toMatchObject({
      passed: false,
      reason: 'QUORUM_NOT_REACHED',
    });
    expect(countVote('MAJORITY_OF_MEMBERS', { agree: 5, disagree: 0, abstain: 1, members: 9 }).passed).toBe(true);
    // 5 of 6 voters agree, but not 2/3 of all 9 members.
    expect(countVote('TWO_THIRDS_OF_MEMBERS', { agree: 5, disagree: 1, abstain: 0, members: 9 })).toMatchObject({
      passed: false,
      reason: 'NOT_ENOUGH_AGREES',
    });
  });

  it('says what it needed, whether it passed or not', () => {
    expect(countVote('TWO_THIRDS_OF_MEMBERS', { agree: 7, disagree: 2, abstain: 0, members: 10 })).toEqual({
      passed: true,
      quorumReached: true,
      agreesNeeded: 7,
      quorumNeeded: 7,
    });
    expect(countVote('NINETY_PERCENT_OF_MEMBERS', { agree: 8, disagree: 0, abstain: 1, members: 10 })).toEqual({
      passed: false,
      quorumReached: true,
      agreesNeeded: 9,
      quorumNeeded: 7,
      reason: 'NOT_ENOUGH_AGREES',
    });
    expect(countVote('MAJORITY_OF_MEMBERS', { agree: 6, disagree: 0, abstain: 0, members: 10 })).toEqual({
      passed: false,
      quorumReached: false,
      agreesNeeded: 6,
      quorumNeeded: 7,
      reason: 'QUORUM_NOT_REACHED',
    });
  });
});

describe('the tally', () => {
  it('starts empty for the members of the vote', () => {
    expect(emptyTally(9)).toEqual({ agree: 0, disagree: 0, abstain: 0, members: 9 });
    expect(emptyTally()).toEqual({ agree: 0, disagree: 0, abstain: 0, members: 0 });
  });

  it('counts each choice, and every ballot cast', () => {
    const tally = BALLOT_CHOICES.reduce(addBallot, addBallot(emptyTally(9), 'AGREE'));
    expect(tally).toEqual({ agree: 2, disagree: 1, abstain: 1, members: 9 });
    expect(castCount(tally)).toBe(4);
  });

  it('refuses a choice that is not a ballot choice', () => {
    expect(() => addBallot(emptyTally(9), 'APPROVE' as never)).toThrow('Unknown ballot choice APPROVE');
  });
});
