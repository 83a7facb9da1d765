import { hanoiYear, type ListDecision } from '#domain';
import type { DataSource } from 'typeorm';
import { claimDocumentNumber, issueRegisterNumber } from '../repositories/decision-numbers.js';

export interface DecisionRecord extends ListDecision {
  cycleCode: string;
  proposalId: string | null;
}

/**
 * Records the list's decision under its number, in one transaction: the engine's register gives the
 * next number of the year (the counter revocations use too: one sequence, no gaps), or the number
 * the records office entered is kept if no document of the year has it (a list's decision, a
 * decision of the older process, a revocation: issued_document_numbers knows them all).
 * Idempotent by the decision's id.
 */
export async function issueDecision(
  db: DataSource,
  input: { decision: ListDecision; cycleCode: string; proposalId: string; suffix: string; documentNumber?: string },
): Promise<{ number: string } | { taken: string }> {
  return db.transaction(async (m) => {
    const existing: { number: string }[] = await m.query(`SELECT number FROM decisions WHERE id = $1`, [input.decision.id]);
    if (existing[0]) return { number: existing[0].number };
    const d = input.decision;
    const year = hanoiYear(d.signedAt);
    const issue = { year, kind: 'LIST_DECISION', ref: d.id, issuedAt: d.signedAt } as const;
    let number: string;
    if (input.documentNumber !== undefined) {
      number = input.documentNumber;
      // Two approvals entering the same number at once: the second waits for the first, then finds it taken.
      if (!(await claimDocumentNumber(m, number, issue))) return { taken: number };
    } else {
      number = await issueRegisterNumber(m, input.suffix, issue);
    }
    await m.query(
      `INSERT INTO decisions (id, number, year, cycle_code, proposal_id, signed_at, signed_by, signer_name, signature, on_behalf_of, nomination_ids, struck)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
      [
        d.id,
        number,
        year,
        input.cycleCode,
        input.proposalId,
        d.signedAt,
        d.signedBy,
        d.signerName,
        d.signature,
        d.onBehalfOf ? JSON.stringify(d.onBehalfOf) : null,
        JSON.stringify(d.nominationIds),
        JSON.stringify(d.struck),
      ],
    );
    return { number };
  });
}

export async function decisionById(db: DataSource, id: string): Promise<DecisionRecord | null> {
  const rows: {
    id: string;
    number: string;
    cycle_code: string;
    proposal_id: string | null;
    signed_at: Date;
    signed_by: string;
    signer_name: string;
    signature: string;
    on_behalf_of: ListDecision['onBehalfOf'];
    nomination_ids: string[];
    struck: ListDecision['struck'];
  }[] = await db.query(`SELECT * FROM decisions WHERE id = $1`, [id]);
  const r = rows[0];
  if (!r) return null;
  return {
    id: r.id,
    number: r.number,
    cycleCode: r.cycle_code,
    proposalId: r.proposal_id,
    signedAt: r.signed_at.toISOString(),
    signedBy: r.signed_by,
    signerName: r.signer_name,
    signature: r.signature,
    onBehalfOf: r.on_behalf_of,
    nominationIds: r.nomination_ids,
    struck: r.struck,
  };
}
