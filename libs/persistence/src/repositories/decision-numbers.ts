import { formatDecisionNumber } from '#domain';
import type { EntityManager } from 'typeorm';

/** What a number of the Ministry's register numbers: the list's decision, a decision of the older process, a revocation. */
export type IssuedDocumentKind = 'LIST_DECISION' | 'NOMINATION_DECISION' | 'REVOCATION';

export interface DocumentIssue {
  /** The Hanoi year of the signature: numbers start again from 1 each year. */
  year: number;
  kind: IssuedDocumentKind;
  /** The decision's id (LIST_DECISION), the nomination's (the others). */
  ref: string;
  issuedAt: string;
}

/**
 * The next number of the year. The counter row stays locked until the transaction that
 * records the decision commits, so concurrent approvals queue up and no number is skipped:
 * a rolled-back approval rolls its number back too.
 */
export async function nextDecisionNumber(m: EntityManager, year: number, suffix: string): Promise<number> {
  const [{ last_number }] = await m.query(
    `INSERT INTO decision_number_counters (year, suffix, last_number) VALUES ($1, $2, 1)
     ON CONFLICT (year, suffix) DO UPDATE SET last_number = decision_number_counters.last_number + 1
     RETURNING last_number`,
    [year, suffix],
  );
  return last_number;
}

/**
 * Issues the register's next number of the year (`<n>/<suffix>`) and records it as issued, in the
 * caller's transaction.
 *
 * A number the records office already entered for a document of this engine is skipped, not
 * refused: that number is taken by a real decision of the Ministry, so moving on to the next free
 * one leaves no hole in the Ministry's numbering, whereas refusing would block every approval and
 * revocation until someone edited the counter by hand. The insert is the check (ON CONFLICT), so an
 * entry committed meanwhile by another transaction is skipped too.
 */
export async function issueRegisterNumber(m: EntityManager, suffix: string, issue: DocumentIssue): Promise<string> {
  for (;;) {
    const number = formatDecisionNumber(await nextDecisionNumber(m, issue.year, suffix), suffix);
    if (await claimDocumentNumber(m, number, issue)) return number;
  }
}

/**
 * Records a number the records office gave as issued, in the caller's transaction: false if a
 * document of the same year already has it (from the register or entered). Of two transactions
 * entering it at once, the second waits for the first and then finds it taken.
 */
export async function claimDocumentNumber(m: EntityManager, number: string, issue: DocumentIssue): Promise<boolean> {
  const claimed: unknown[] = await m.query(
    `INSERT INTO issued_document_numbers (year, number, kind, ref, issued_at) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (year, number) DO NOTHING RETURNING number`,
    [issue.year, number, issue.kind, issue.ref, issue.issuedAt],
  );
  return claimed.length > 0;
}
