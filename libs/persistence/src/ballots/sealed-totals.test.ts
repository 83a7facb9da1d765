import { describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { BALLOT_CHOICES } from '#domain';
import { ballotKey } from './sealed-ballot.js';
import { addToTotals, openTotals, sealTotals, sessionTotalsKey } from './sealed-totals.js';

const sessionId = randomUUID();
const key = sessionTotalsKey(ballotKey(undefined), sessionId);
const candidates = [randomUUID(), randomUUID(), randomUUID()];

describe("a session's sealed totals", () => {
  it('are the same size after any ballot: the size follows the candidates, never the choices', () => {
    const sizes = new Set(
      BALLOT_CHOICES.flatMap((choice) => {
        const totals = addToTotals(
          [],
          candidates.map((nominationId) => ({ nominationId, choice })),
        );
        return [
          sealTotals(totals, key, sessionId).length,
          sealTotals(addToTotals(totals, [{ nominationId: candidates[0], choice }]), key, sessionId).length,
        ];
      }),
    );
    expect(sizes.size).toBe(1);
  });

  it('open to the counts they sealed, and never the same bytes twice', () => {
    let totals = addToTotals(
      [],
      [
        { nominationId: candidates[0], choice: 'AGREE' },
        { nominationId: candidates[1], choice: 'ABSTAIN' },
      ],
    );
    totals = addToTotals(totals, [
      { nominationId: candidates[0], choice: 'AGREE' },
      { nominationId: candidates[1], choice: 'DISAGREE' },
    ]);
    const sealed = sealTotals(totals, key, sessionId);
    expect(sealTotals(totals, key, sessionId).equals(sealed)).toBe(false);
    expect(openTotals(sealed, key, sessionId).sort((a, b) => a.nominationId.localeCompare(b.nominationId))).toEqual(
      [
        { nominationId: candidates[0], agree: 2, disagree: 0, abstain: 0 },
        { nominationId: candidates[1], agree: 0, disagree: 1, abstain: 1 },
      ].sort((a, b) => a.nominationId.localeCompare(b.nominationId)),
    );
  });

  it("do not open under another session's key or as another session's totals", () => {
    const sealed = sealTotals(addToTotals([], [{ nominationId: candidates[0], choice: 'AGREE' }]), key, sessionId);
    const other = randomUUID();
    expect(() => openTotals(sealed, sessionTotalsKey(ballotKey(undefined), other), sessionId)).toThrow();
    expect(() => openTotals(sealed, key, other)).toThrow();
  });
});
