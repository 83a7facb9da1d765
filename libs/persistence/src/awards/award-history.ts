import type { DataSource, EntityManager } from 'typeorm';
import { awardIdentityKey, CONFERRED_TITLE_CODE, tidyName, type AwardHolder, type AwardRecordInput, type NomineeKind } from '#domain';

/** One fact of the award history, as stored. */
export interface AwardRecord {
  id: string;
  identityKey: string;
  fullName: string;
  /** YYYY-MM-DD; null for a collective. */
  dateOfBirth: string | null;
  unitCode: string;
  nomineeKind: NomineeKind;
  titleCode: string;
  year: number;
  decisionRef: string | null;
  source: 'IMPORT' | 'ENGINE';
  sourceRef: string;
  recordedBy: string;
  recordedAt: string;
}

interface Row {
  id: string;
  identity_key: string;
  full_name: string;
  date_of_birth: string | null;
  unit_code: string;
  nominee_kind: NomineeKind;
  title_code: string;
  year: number;
  decision_ref: string | null;
  source: 'IMPORT' | 'ENGINE';
  source_ref: string;
  recorded_by: string;
  recorded_at: Date;
}

const INSERT = `
  INSERT INTO award_history (identity_key, full_name, date_of_birth, unit_code, nominee_kind, title_code, year, decision_ref,
                             source, source_ref, recorded_by, recorded_at)
  SELECT k, n, d::date, u, kind, t, y, r, $10, s, $11, $12
  FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::int[], $8::text[], $9::text[])
       AS x(k, n, d, u, kind, t, y, r, s)
  ON CONFLICT (identity_key, title_code, year) DO NOTHING
  RETURNING id`;

async function insertAwards(
  db: DataSource | EntityManager,
  rows: readonly AwardRecordInput[],
  source: 'IMPORT' | 'ENGINE',
  recordedBy: string,
  recordedAt: Date,
): Promise<number> {
  if (rows.length === 0) return 0;
  const column = <T>(pick: (r: AwardRecordInput) => T) => rows.map(pick);
  const inserted: unknown[] = await db.query(INSERT, [
    column((r) => r.identityKey),
    column((r) => r.fullName),
    column((r) => r.dateOfBirth),
    column((r) => r.unitCode),
    column((r) => r.nomineeKind),
    column((r) => r.titleCode),
    column((r) => r.year),
    column((r) => r.decisionRef),
    column((r) => r.sourceRef),
    source,
    recordedBy,
    recordedAt,
  ]);
  return inserted.length;
}

/**
 * Stores checked rows of a spreadsheet, all in one transaction. A fact already known (the same
 * holder, title and year, imported before or conferred by the engine) is kept as first recorded
 * and counted as `alreadyKnown`: importing the same file twice changes nothing.
 */
export async function importAwards(
  ds: DataSource,
  rows: readonly AwardRecordInput[],
  actor: string,
): Promise<{ imported: number; alreadyKnown: number }> {
  return ds.transaction(async (m) => {
    const imported = await insertAwards(m, rows, 'IMPORT', actor, new Date());
    return { imported, alreadyKnown: rows.length - imported };
  });
}

/** Everything the history knows of one holder (by `awardIdentityKey`), oldest year first. */
export async function awardsOf(db: DataSource | EntityManager, identityKey: string): Promise<AwardRecord[]> {
  const rows: Row[] = await db.query(
    `SELECT id, identity_key, full_name, to_char(date_of_birth, 'YYYY-MM-DD') AS date_of_birth, unit_code, nominee_kind,
            title_code, year, decision_ref, source, source_ref, recorded_by, recorded_at
     FROM award_history WHERE identity_key = $1 ORDER BY year, title_code`,
    [identityKey],
  );
  return rows.map((r) => ({
    id: r.id,
    identityKey: r.identity_key,
    fullName: r.full_name,
    dateOfBirth: r.date_of_birth,
    unitCode: r.unit_code,
    nomineeKind: r.nominee_kind,
    titleCode: r.title_code,
    year: r.year,
    decisionRef: r.decision_ref,
    source: r.source,
    sourceRef: r.source_ref,
    recordedBy: r.recorded_by,
    recordedAt: r.recorded_at.toISOString(),
  }));
}

export interface ConferredAward {
  holder: AwardHolder;
  /** The nominating unit. */
  unitCode: string;
  /** The year of the honour, in Hanoi. */
  year: number;
  /** The minister's decision that recognised it, e.g. `382/QĐ-BTNMT`. */
  decisionRef: string | null;
  nominationId: string;
  recordedBy: string;
  recordedAt: Date;
}

/**
 * Adds an honour the engine conferred (Điển hình tiên tiến) to the history, in the caller's
 * transaction, so that it is recorded with the honour or not at all; recording it again (an
 * activity retried) changes nothing. Meant for the activity that records a nomination as
 * honoured at its conference. An individual without a date of birth (older dossiers) cannot be
 * told apart from a namesake, so is not recorded: answers false.
 */
export async function recordConferredAward(manager: EntityManager, award: ConferredAward): Promise<boolean> {
  const { holder } = award;
  if (holder.kind === 'INDIVIDUAL' && !holder.dateOfBirth) return false;
  const row: AwardRecordInput = {
    identityKey: awardIdentityKey(holder),
    fullName: tidyName(holder.fullName),
    dateOfBirth: holder.kind === 'INDIVIDUAL' ? holder.dateOfBirth : null,
    unitCode: award.unitCode,
    nomineeKind: holder.kind,
    titleCode: CONFERRED_TITLE_CODE,
    year: award.year,
    decisionRef: award.decisionRef,
    sourceRef: `nomination:${award.nominationId}`,
  };
  await insertAwards(manager, [row], 'ENGINE', award.recordedBy, award.recordedAt);
  return true;
}

/**
 * Takes back the honour the engine recorded for a nomination whose recognition was revoked (only
 * the engine's own row: an imported fact of the same year stays, it came from elsewhere).
 */
export async function forgetConferredAward(manager: EntityManager, nominationId: string): Promise<void> {
  await manager.query(`DELETE FROM award_history WHERE source = 'ENGINE' AND source_ref = $1`, [`nomination:${nominationId}`]);
}
