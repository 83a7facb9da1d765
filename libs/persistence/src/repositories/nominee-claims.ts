import type { DataSource } from 'typeorm';

export interface NomineeClaim {
  cycleCode: string;
  identityKey: string;
  nominationId: string;
  unitCode: string;
}

/**
 * Claims a nominee for a nomination in a cycle; answers the claim already held if another
 * nomination has them (the primary key decides, so two units at once cannot both win).
 */
export async function claimNominee(ds: DataSource, claim: NomineeClaim): Promise<{ claimed: true } | { heldBy: NomineeClaim }> {
  const inserted: unknown[] = await ds.query(
    `INSERT INTO nominee_claims (cycle_code, identity_key, nomination_id, unit_code) VALUES ($1, $2, $3, $4)
     ON CONFLICT DO NOTHING RETURNING nomination_id`,
    [claim.cycleCode, claim.identityKey, claim.nominationId, claim.unitCode],
  );
  if (inserted.length) return { claimed: true };
  const [held]: { nomination_id: string; unit_code: string }[] = await ds.query(
    `SELECT nomination_id, unit_code FROM nominee_claims WHERE cycle_code = $1 AND identity_key = $2`,
    [claim.cycleCode, claim.identityKey],
  );
  // Given up in between: try once more.
  if (!held) return claimNominee(ds, claim);
  return { heldBy: { ...claim, nominationId: held.nomination_id, unitCode: held.unit_code } };
}

/** Gives up a claim whose nomination never started (its process refused to start). */
export async function releaseNominee(ds: DataSource, nominationId: string): Promise<void> {
  await ds.query(`DELETE FROM nominee_claims WHERE nomination_id = $1`, [nominationId]);
}
