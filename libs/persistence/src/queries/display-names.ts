import type { DataSource, EntityManager } from 'typeorm';

/** Names to show people in place of the usernames and codes that events carry. */
export interface DisplayNames {
  users: Record<string, { fullName: string; roles: string[] }>;
  units: Record<string, string>;
  blocks: Record<string, string>;
}

/** The names of these users, units and blocks (those unknown are left out): three small queries. */
export async function displayNames(
  db: DataSource | EntityManager,
  wanted: { usernames: string[]; unitCodes: string[]; blockCodes: string[] },
): Promise<DisplayNames> {
  const [users, units, blocks]: [
    { username: string; full_name: string; roles: string[] }[],
    { code: string; name: string }[],
    { code: string; name: string }[],
  ] = await Promise.all([
    wanted.usernames.length
      ? db.query('SELECT username, full_name, roles FROM users WHERE username = ANY($1)', [wanted.usernames])
      : Promise.resolve([]),
    wanted.unitCodes.length ? db.query('SELECT code, name FROM units WHERE code = ANY($1)', [wanted.unitCodes]) : Promise.resolve([]),
    wanted.blockCodes.length ? db.query('SELECT code, name FROM blocks WHERE code = ANY($1)', [wanted.blockCodes]) : Promise.resolve([]),
  ]);
  return {
    users: Object.fromEntries(users.map((u) => [u.username, { fullName: u.full_name, roles: u.roles }])),
    units: Object.fromEntries(units.map((u) => [u.code, u.name])),
    blocks: Object.fromEntries(blocks.map((b) => [b.code, b.name])),
  };
}
