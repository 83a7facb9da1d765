import type { DataSource, EntityManager } from 'typeorm';

/** A unit as lists show it. */
export interface UnitListEntry {
  code: string;
  name: string;
  blockCode: string;
}

/** A block (Khối/Cụm thi đua) with its leader and deputy units. */
export interface BlockListEntry {
  code: string;
  name: string;
  leaderUnitCode: string;
  deputyUnitCode: string;
}

/** A unit's place in its block. */
export type BlockPosition = 'LEADER' | 'DEPUTY' | 'MEMBER';

/** A person as they see themselves: their roles, their unit, and their unit's block and place in it. */
export interface UserProfile {
  username: string;
  fullName: string;
  roles: string[];
  unit: { code: string; name: string } | null;
  block: { code: string; name: string; position: BlockPosition } | null;
}

// Vietnamese order for names (Ă, Â, Đ … after their base letters): the database's collation may not know it.
const vietnamese = new Intl.Collator('vi', { sensitivity: 'base' });
const byCode = new Intl.Collator('en', { numeric: false });

/** Every unit, by block code then name in Vietnamese order. */
export async function unitList(db: DataSource | EntityManager): Promise<UnitListEntry[]> {
  const rows: { code: string; name: string; block_code: string }[] = await db.query('SELECT code, name, block_code FROM units');
  return rows
    .map((u) => ({ code: u.code, name: u.name, blockCode: u.block_code }))
    .sort((a, b) => byCode.compare(a.blockCode, b.blockCode) || vietnamese.compare(a.name, b.name) || byCode.compare(a.code, b.code));
}

/** Every block, by code. */
export async function blockList(db: DataSource | EntityManager): Promise<BlockListEntry[]> {
  const rows: { code: string; name: string; leader_unit_code: string; deputy_unit_code: string }[] = await db.query(
    'SELECT code, name, leader_unit_code, deputy_unit_code FROM blocks',
  );
  return rows
    .map((b) => ({ code: b.code, name: b.name, leaderUnitCode: b.leader_unit_code, deputyUnitCode: b.deputy_unit_code }))
    .sort((a, b) => byCode.compare(a.code, b.code));
}

/** The profile of `username` (null when there is no such user): one query. */
export async function userProfile(db: DataSource | EntityManager, username: string): Promise<UserProfile | null> {
  const [row]: {
    username: string;
    full_name: string;
    roles: string[];
    unit_code: string | null;
    unit_name: string | null;
    block_code: string | null;
    block_name: string | null;
    leader_unit_code: string | null;
    deputy_unit_code: string | null;
  }[] = await db.query(
    `SELECT us.username, us.full_name, us.roles, u.code AS unit_code, u.name AS unit_name,
            b.code AS block_code, b.name AS block_name, b.leader_unit_code, b.deputy_unit_code
       FROM users us
       LEFT JOIN units u ON u.code = us.unit_code
       LEFT JOIN blocks b ON b.code = u.block_code
      WHERE us.username = $1`,
    [username],
  );
  if (!row) return null;
  const position: BlockPosition =
    row.unit_code === row.leader_unit_code ? 'LEADER' : row.unit_code === row.deputy_unit_code ? 'DEPUTY' : 'MEMBER';
  return {
    username: row.username,
    fullName: row.full_name,
    roles: row.roles,
    unit: row.unit_code && row.unit_name ? { code: row.unit_code, name: row.unit_name } : null,
    block: row.block_code && row.block_name ? { code: row.block_code, name: row.block_name, position } : null,
  };
}
