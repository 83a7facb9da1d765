import type { BallotChoice, BallotVia, BoxTotals } from '#domain';
import type { DataSource, EntityManager } from 'typeorm';
import { addToTotals, openTotals, sealTotals, sessionTotalsKey } from '../ballots/sealed-totals.js';

/*
 * A session's ballot box. Who voted (and how: in person or by written opinion) is public and kept
 * in ballot_box_voters; what was chosen is kept apart, as the box's running totals per candidate,
 * sealed as one value of a fixed shape (sealed-totals.ts) that every ballot rewrites whole: no row
 * links a member to a choice, and without the key no version of a row says what a ballot added.
 * The choices come here from the API, never through Temporal. Sealed at the close: no ballot after.
 */

export type BoxRefusal = 'BOX_NOT_OPEN' | 'ALREADY_VOTED';

export async function openBallotBox(db: DataSource, sessionId: string): Promise<void> {
  await db.query(`INSERT INTO ballot_boxes (session_id, state) VALUES ($1, 'OPEN') ON CONFLICT DO NOTHING`, [sessionId]);
}

/**
 * Puts one member's ballot in the box, in one transaction: the member is marked as having voted
 * (once: a second ballot is refused) and the sealed totals are opened, added to and sealed again.
 * The box's row is read FOR UPDATE: ballots go in one at a time, and sealing waits for them.
 */
export async function putBallotInBox(
  m: EntityManager,
  ballot: {
    sessionId: string;
    member: string;
    via: BallotVia;
    documentId?: string;
    choices: { nominationId: string; choice: BallotChoice }[];
  },
  ballotKey: Buffer,
): Promise<BoxRefusal | null> {
  const box: { state: string; sealed_totals: Buffer | null }[] = await m.query(
    `SELECT state, sealed_totals FROM ballot_boxes WHERE session_id = $1 FOR UPDATE`,
    [ballot.sessionId],
  );
  if (box[0]?.state !== 'OPEN') return 'BOX_NOT_OPEN';
  const voted: unknown[] = await m.query(
    `INSERT INTO ballot_box_voters (session_id, member, via, document_id) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING member`,
    [ballot.sessionId, ballot.member, ballot.via, ballot.documentId ?? null],
  );
  if (voted.length === 0) return 'ALREADY_VOTED';
  const key = sessionTotalsKey(ballotKey, ballot.sessionId);
  const before = box[0].sealed_totals ? openTotals(box[0].sealed_totals, key, ballot.sessionId) : [];
  await m.query(`UPDATE ballot_boxes SET sealed_totals = $2 WHERE session_id = $1`, [
    ballot.sessionId,
    sealTotals(addToTotals(before, ballot.choices), key, ballot.sessionId),
  ]);
  return null;
}

/** Whether `member` has put a ballot in the session's box. */
export async function hasVoted(db: DataSource | EntityManager, sessionId: string, member: string): Promise<boolean> {
  const rows: unknown[] = await db.query(`SELECT 1 FROM ballot_box_voters WHERE session_id = $1 AND member = $2`, [sessionId, member]);
  return rows.length > 0;
}

/**
 * Seals the box and opens it, once: the totals counted are kept in the box, and a retried count
 * reads them. Without quorum the sealed totals are deleted unopened: a meeting without quorum
 * publishes nothing, not even to the database. Either way the sealed totals are gone after it.
 */
export async function sealAndCountBallotBox(
  db: DataSource,
  sessionId: string,
  quorumNeeded: number,
  ballotKey: Buffer,
): Promise<{ voters: { member: string; via: BallotVia; documentId?: string }[]; totals: BoxTotals[] }> {
  const counted = await db.transaction(async (m) => {
    const [box]: { state: string; sealed_totals: Buffer | null; counted_totals: BoxTotals[] | null }[] = await m.query(
      `SELECT state, sealed_totals, counted_totals FROM ballot_boxes WHERE session_id = $1 FOR UPDATE`,
      [sessionId],
    );
    const voters: { member: string; via: BallotVia; document_id: string | null }[] = await m.query(
      `SELECT member, via, document_id FROM ballot_box_voters WHERE session_id = $1 ORDER BY member`,
      [sessionId],
    );
    const who = voters.map((v) =>
      v.document_id ? { member: v.member, via: v.via, documentId: v.document_id } : { member: v.member, via: v.via },
    );
    // Counted already (a retry): the same answer. A box sealed before counts were kept is counted again.
    if (box?.state === 'SEALED' && box.counted_totals) return { voters: who, totals: box.counted_totals };
    let totals: BoxTotals[] = [];
    if (voters.length >= quorumNeeded) {
      totals = box?.sealed_totals ? openTotals(box.sealed_totals, sessionTotalsKey(ballotKey, sessionId), sessionId) : [];
      totals = sumTotals(totals, await totalsInTheClear(m, sessionId));
      totals.sort((a, b) => a.nominationId.localeCompare(b.nominationId));
    }
    await m.query(`DELETE FROM ballot_box_totals WHERE session_id = $1`, [sessionId]);
    await m.query(`UPDATE ballot_boxes SET state = 'SEALED', sealed_totals = NULL, counted_totals = $2 WHERE session_id = $1`, [
      sessionId,
      JSON.stringify(totals),
    ]);
    return { voters: who, totals };
  });
  // The sealed totals' old versions stay in the table's pages until a vacuum: clear them now.
  await db.query(`VACUUM ballot_boxes`).catch(() => undefined);
  return counted;
}

/** Totals a box opened before they were sealed (ballot_box_totals, now written no more). */
async function totalsInTheClear(m: EntityManager, sessionId: string): Promise<BoxTotals[]> {
  const rows: { nomination_id: string; agree: number; disagree: number; abstain: number }[] = await m.query(
    `SELECT nomination_id, agree, disagree, abstain FROM ballot_box_totals WHERE session_id = $1`,
    [sessionId],
  );
  return rows.map((t) => ({ nominationId: t.nomination_id, agree: t.agree, disagree: t.disagree, abstain: t.abstain }));
}

function sumTotals(a: readonly BoxTotals[], b: readonly BoxTotals[]): BoxTotals[] {
  const sum = new Map(a.map((t) => [t.nominationId, { ...t }]));
  for (const t of b) {
    const s = sum.get(t.nominationId) ?? { nominationId: t.nominationId, agree: 0, disagree: 0, abstain: 0 };
    sum.set(t.nominationId, { ...s, agree: s.agree + t.agree, disagree: s.disagree + t.disagree, abstain: s.abstain + t.abstain });
  }
  return [...sum.values()];
}
