import { Role, type CouncilRole, type SessionMember } from '#domain';
import type { DataSource, EntityManager } from 'typeorm';

/** The cycle's council: chair, secretary, then the members, as named for the cycle. */
export async function cycleCouncil(db: DataSource | EntityManager, cycleCode: string): Promise<SessionMember[]> {
  const rows: { username: string; full_name: string; title: string; unit_code: string | null; council_role: CouncilRole }[] =
    await db.query(
      `SELECT u.username, u.full_name, u.title, u.unit_code, c.council_role
       FROM cycle_council_members c JOIN users u ON u.username = c.username
      WHERE c.cycle_code = $1
      ORDER BY CASE c.council_role WHEN 'CHAIR' THEN 0 WHEN 'SECRETARY' THEN 1 ELSE 2 END, c.position`,
      [cycleCode],
    );
  return rows.map((r) => ({
    username: r.username,
    fullName: r.full_name,
    title: r.title,
    unitCode: r.unit_code,
    councilRole: r.council_role,
  }));
}

/** Someone who may be named to a cycle's council: a person with the council member role. */
export type CouncilCandidate = Omit<SessionMember, 'councilRole'>;

/** Everyone who may sit on a cycle's council (the council member role). */
export async function councilCandidates(db: DataSource | EntityManager): Promise<CouncilCandidate[]> {
  const rows: { username: string; full_name: string; title: string; unit_code: string | null }[] = await db.query(
    `SELECT username, full_name, title, unit_code FROM users WHERE $1 = ANY(roles) ORDER BY username`,
    [Role.COUNCIL_MEMBER],
  );
  return rows.map((r) => ({ username: r.username, fullName: r.full_name, title: r.title, unitCode: r.unit_code }));
}

/** A new cycle's council: everyone with the council member role, the first chair and the second secretary. */
export async function nameDefaultCouncil(m: EntityManager | DataSource, cycleCode: string): Promise<void> {
  await m.query(
    `INSERT INTO cycle_council_members (cycle_code, username, council_role, position)
     SELECT $1, username,
            CASE row_number() OVER (ORDER BY username) WHEN 1 THEN 'CHAIR' WHEN 2 THEN 'SECRETARY' ELSE 'MEMBER' END,
            row_number() OVER (ORDER BY username)
       FROM users WHERE $2 = ANY(roles)
     ON CONFLICT DO NOTHING`,
    [cycleCode, Role.COUNCIL_MEMBER],
  );
}

/** Names the cycle's council anew. */
export async function replaceCouncil(
  db: DataSource,
  cycleCode: string,
  members: { username: string; councilRole: CouncilRole }[],
): Promise<void> {
  await db.transaction(async (m) => {
    await m.query(`DELETE FROM cycle_council_members WHERE cycle_code = $1`, [cycleCode]);
    for (const [i, member] of members.entries()) {
      await m.query(`INSERT INTO cycle_council_members (cycle_code, username, council_role, position) VALUES ($1, $2, $3, $4)`, [
        cycleCode,
        member.username,
        member.councilRole,
        i + 1,
      ]);
    }
  });
}
