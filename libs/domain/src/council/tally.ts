import { agreesNeeded, quorumNeeded, type ApprovalRule } from '../cycle/approval-rule.js';

export const BallotChoice = { AGREE: 'AGREE', DISAGREE: 'DISAGREE', ABSTAIN: 'ABSTAIN' } as const;
export type BallotChoice = (typeof BallotChoice)[keyof typeof BallotChoice];
export const BALLOT_CHOICES = Object.values(BallotChoice);

/** What listings show of a secret ballot: counts, never who chose what. */
export interface Tally {
  agree: number;
  disagree: number;
  abstain: number;
  members: number;
}

export function emptyTally(members = 0): Tally {
  return { agree: 0, disagree: 0, abstain: 0, members };
}

export function castCount(tally: Tally): number {
  return tally.agree + tally.disagree + tally.abstain;
}

export function addBallot(tally: Tally, choice: BallotChoice): Tally {
  switch (choice) {
    case BallotChoice.AGREE:
      return { ...tally, agree: tally.agree + 1 };
    case BallotChoice.DISAGREE:
      return { ...tally, disagree: tally.disagree + 1 };
    case BallotChoice.ABSTAIN:
      return { ...tally, abstain: tally.abstain + 1 };
    default: {
      const unknown: never = choice;
      throw new Error(`Unknown ballot choice ${String(unknown)}`);
    }
  }
}

export type VoteOutcome =
  | { passed: true; quorumReached: true; agreesNeeded: number; quorumNeeded: number }
  | {
      passed: false;
      quorumReached: boolean;
      agreesNeeded: number;
      quorumNeeded: number;
      reason: 'QUORUM_NOT_REACHED' | 'NOT_ENOUGH_AGREES';
    };

/** Counts the vote: quorum on ballots cast, the share needed on all members. */
export function countVote(rule: ApprovalRule, tally: Tally): VoteOutcome {
  const needed = agreesNeeded(rule, tally.members);
  const quorum = quorumNeeded(tally.members);
  if (castCount(tally) < quorum) {
    return { passed: false, quorumReached: false, agreesNeeded: needed, quorumNeeded: quorum, reason: 'QUORUM_NOT_REACHED' };
  }
  if (tally.agree < needed) {
    return { passed: false, quorumReached: true, agreesNeeded: needed, quorumNeeded: quorum, reason: 'NOT_ENOUGH_AGREES' };
  }
  return { passed: true, quorumReached: true, agreesNeeded: needed, quorumNeeded: quorum };
}
