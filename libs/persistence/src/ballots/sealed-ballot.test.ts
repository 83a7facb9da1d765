import { describe, expect, it } from '@jest/globals';
import { createCipheriv, randomBytes } from 'node:crypto';
import { BALLOT_CHOICES } from '#domain';
import { ballotKey, openBallot, sealBallot } from './sealed-ballot.js';

const key = ballotKey(undefined);

describe('a sealed ballot', () => {
  it('has the same length whatever the choice (its size gives nothing away)', () => {
    const lengths = new Set(BALLOT_CHOICES.flatMap((choice) => Array.from({ length: 20 }, () => sealBallot(choice, key).length)));
    expect(lengths.size).toBe(1);
  });

  it('opens to the choice it sealed', () => {
    for (const choice of BALLOT_CHOICES) expect(openBallot(sealBallot(choice, key), key)).toBe(choice);
  });

  it('still opens a ballot sealed before the padding (the bare choice)', () => {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    const data = Buffer.concat([cipher.update('ABSTAIN', 'utf8'), cipher.final()]);
    const old = [iv, cipher.getAuthTag(), data].map((b) => b.toString('base64url')).join('.');
    expect(openBallot(old, key)).toBe('ABSTAIN');
  });
});
