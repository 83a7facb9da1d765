import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import type { BallotChoice, BoxTotals } from '#domain';

/*
 * A council session's running totals, sealed (AES-256-GCM) as one value of a fixed shape: each
 * candidate takes the same 28 bytes (its id and three counts), whatever its counts are, and every
 * ballot rewrites the whole value under a fresh nonce. Without the key, a reader of PostgreSQL
 * (rows, old row versions, the WAL) sees the same change for every ballot: one value rewritten,
 * of a size set by the number of candidates, never by a choice.
 */

const ENTRY = 16 + 3 * 4;

/** The session's own key, derived from BALLOT_KEY: one session's sealed totals cannot be moved to another. */
export function sessionTotalsKey(ballotKey: Buffer, sessionId: string): Buffer {
  return Buffer.from(hkdfSync('sha256', ballotKey, sessionId, 'council session ballot box totals', 32));
}

export function sealTotals(totals: readonly BoxTotals[], key: Buffer, sessionId: string): Buffer {
  const plain = Buffer.alloc(totals.length * ENTRY);
  [...totals]
    .sort((a, b) => a.nominationId.localeCompare(b.nominationId))
    .forEach((t, i) => {
      const at = i * ENTRY;
      Buffer.from(t.nominationId.replace(/-/g, ''), 'hex').copy(plain, at);
      plain.writeUInt32BE(t.agree, at + 16);
      plain.writeUInt32BE(t.disagree, at + 20);
      plain.writeUInt32BE(t.abstain, at + 24);
    });
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(sessionId));
  const sealed = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), sealed]);
}

export function openTotals(sealed: Buffer, key: Buffer, sessionId: string): BoxTotals[] {
  const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, 12));
  decipher.setAAD(Buffer.from(sessionId));
  decipher.setAuthTag(sealed.subarray(12, 28));
  const plain = Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]);
  const totals: BoxTotals[] = [];
  for (let at = 0; at < plain.length; at += ENTRY) {
    const hex = plain.subarray(at, at + 16).toString('hex');
    totals.push({
      nominationId: `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`,
      agree: plain.readUInt32BE(at + 16),
      disagree: plain.readUInt32BE(at + 20),
      abstain: plain.readUInt32BE(at + 24),
    });
  }
  return totals;
}

const COLUMN = { AGREE: 'agree', DISAGREE: 'disagree', ABSTAIN: 'abstain' } as const;

/** The totals with one more ballot in: each choice adds one to its candidate's count. */
export function addToTotals(totals: readonly BoxTotals[], choices: readonly { nominationId: string; choice: BallotChoice }[]): BoxTotals[] {
  const next = new Map(totals.map((t) => [t.nominationId, { ...t }]));
  for (const { nominationId, choice } of choices) {
    const t = next.get(nominationId) ?? { nominationId, agree: 0, disagree: 0, abstain: 0 };
    t[COLUMN[choice]] += 1;
    next.set(nominationId, t);
  }
  return [...next.values()];
}
