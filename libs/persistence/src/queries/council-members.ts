import { Role } from '#domain';
import type { DataSource, EntityManager } from 'typeorm';

/** The usernames of the council's members (each gets a ballot), in order. */
export async function councilMemberUsernames(db: DataSource | EntityManager): Promise<string[]> {
  const rows: { username: string }[] = await db.query(`SELECT username FROM users WHERE $1 = ANY(roles) ORDER BY username`, [
    Role.COUNCIL_MEMBER,
  ]);
  return rows.map((r) => r.username);
}
