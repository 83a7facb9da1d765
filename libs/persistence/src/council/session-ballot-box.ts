import type { BallotChoice, BallotVia, BoxTotals } from '#domain';
import type { DataSource, EntityManager } from 'typeorm';

/*
 * A session's ballot box. Who voted (and how: in person or by written opinion) is public and kept
 * in ballot_box_voters; what was chosen is kept apart, as running totals per candidate in
 * ballot_box_totals, with no voter, no time and no order: no row links a member to a choice.
 * The choices come here from the API, never through Temporal. Sealed at the close: no ballot after.
 */

export type BoxRefusal = 'BOX_NOT_OPEN' | 'ALREADY_VOTED';

export async function openBallotBox(db: DataSource, sessionId: string): Promise<void> {
  await db.query(`INSERT INTO ballot_boxes (session_id, state) VALUES ($1, 'OPEN') ON CONFLICT DO NOTHING`, [sessionId]);
}

/**
 * Puts one member's ballot in the box, in one transaction: the member is marked as having voted
 * (once: a second ballot is refused) and each choice adds one to its candidate's total. The box's
 * row is read FOR SHARE, so sealing it waits for ballots under way and refuses those after.
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
): Promise<BoxRefusal | null> {
  const box: { state: string }[] = await m.query(`SELECT state FROM ballot_boxes WHERE session_id = $1 FOR SHARE`, [ballot.sessionId]);
  if (box[0]?.state !== 'OPEN') return 'BOX_NOT_OPEN';
  const voted: unknown[] = await m.query(
    `INSERT INTO ballot_box_voters (session_id, member, via, document_id) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING member`,
    [ballot.sessionId, ballot.member, ballot.via, ballot.documentId ?? null],
  );
  if (voted.length === 0) return 'ALREADY_VOTED';
  for (const { nominationId, choice } of ballot.choices) {
    const column = { AGREE: 'agree', DISAGREE: 'disagree', ABSTAIN: 'abstain' }[choice];
    await m.query(
      `INSERT INTO ballot_box_totals (session_id, nomination_id, ${column}) VALUES ($1, $2, 1)
       ON CONFLICT (session_id, nomination_id) DO UPDATE SET ${column} = ballot_box_totals.${column} + 1`,
      [ballot.sessionId, nominationId],
    );
  }
  return null;
}

/** Whether `member` has put a ballot in the session's box. */
export async function hasVoted(db: DataSource | EntityManager, sessionId: string, member: string): Promise<boolean> {
  const rows: unknown[] = await db.query(`SELECT 1 FROM ballot_box_voters WHERE session_id = $1 AND member = $2`, [sessionId, member]);
  return rows.length > 0;
}

/**
 * Seals the box and opens it. Idempotent (a retried count reads the same box). Without quorum the
 * totals are deleted uncounted: a meeting without quorum publishes nothing, not even to the database.
 */
export async function sealAndCountBallotBox(
  db: DataSource,
  sessionId: string,
  quorumNeeded: number,
): Promise<{ voters: { member: string; via: BallotVia; documentId?: string }[]; totals: BoxTotals[] }> {
  return db.transaction(async (m) => {
    await m.query(`UPDATE ballot_boxes SET state = 'SEALED' WHERE session_id = $1`, [sessionId]);
    const voters: { member: string; via: BallotVia; document_id: string | null }[] = await m.query(
      `SELECT member, via, document_id FROM ballot_box_voters WHERE session_id = $1 ORDER BY member`,
      [sessionId],
    );
    const who = voters.map((v) =>
      v.document_id ? { member: v.member, via: v.via, documentId: v.document_id } : { member: v.member, via: v.via },
    );
    if (voters.length < quorumNeeded) {
      await m.query(`DELETE FROM ballot_box_totals WHERE session_id = $1`, [sessionId]);
      return { voters: who, totals: [] };
    }
    const totals: { nomination_id: string; agree: number; disagree: number; abstain: number }[] = await m.query(
      `SELECT nomination_id, agree, disagree, abstain FROM ballot_box_totals WHERE session_id = $1 ORDER BY nomination_id`,
      [sessionId],
    );
    return {
      voters: who,
      totals: totals.map((t) => ({ nominationId: t.nomination_id, agree: t.agree, disagree: t.disagree, abstain: t.abstain })),
    };
  });
}
