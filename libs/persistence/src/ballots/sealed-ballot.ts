import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { BALLOT_CHOICES, emptyTally, addBallot, type BallotChoice, type Tally } from '#domain';

/**
 * A secret ballot's choice, sealed with AES-256-GCM by the API and opened only by the worker
 * when the vote is counted. Workflow histories, activity inputs and the ballot box hold the
 * sealed form; the ballot box does not say who cast which ballot.
 */
export function sealBallot(choice: BallotChoice, key: Buffer): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  // Padded to one length: AGREE, ABSTAIN and DISAGREE would otherwise seal to 5, 7 and 8 bytes.
  const sealed = Buffer.concat([cipher.update(choice.padEnd(SEALED_LENGTH, ' '), 'utf8'), cipher.final()]);
  return [iv, cipher.getAuthTag(), sealed].map((b) => b.toString('base64url')).join('.');
}

/** Every choice is sealed at this length, so the sealed form's size says nothing of it. */
const SEALED_LENGTH = 16;

export function openBallot(sealed: string, key: Buffer): BallotChoice {
  const [iv, tag, data] = sealed.split('.').map((part) => Buffer.from(part, 'base64url'));
  const decipher = createDecipheriv('aes-256-gcm', key, iv);
  decipher.setAuthTag(tag);
  // Ballots sealed before the padding hold the bare choice: trimming reads both.
  const choice = Buffer.concat([decipher.update(data), decipher.final()])
    .toString('utf8')
    .trimEnd();
  if (!(BALLOT_CHOICES as readonly string[]).includes(choice)) throw new Error('A sealed ballot holds no valid choice');
  return choice as BallotChoice;
}

export function countSealedBallots(sealed: readonly string[], members: number, key: Buffer): Tally {
  return sealed.reduce((tally, ballot) => addBallot(tally, openBallot(ballot, key)), emptyTally(members));
}

/** The 32-byte key from its configured form (base64), or a fixed one for development and tests. */
export function ballotKey(configured: string | undefined): Buffer {
  if (configured) return Buffer.from(configured, 'base64');
  return createHash('sha256').update('development ballot key: never use in production').digest();
}
