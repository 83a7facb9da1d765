import { ROLES, type Role } from '#domain';
import type { DataSource } from 'typeorm';
import { BlockEntity, UnitEntity, UserEntity } from '../entities/organisation.entities.js';
import type { SeedBlock, SeedUnit } from '../seed/organisation.data.js';

/** The organisation as an administrator loads it for production: blocks and their units. */
export interface OrganisationFile {
  blocks: SeedBlock[];
  units: SeedUnit[];
}

const CODE = /^[A-Z0-9][A-Z0-9-]{1,39}$/;
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

/** Everything wrong with an organisation file, one line each (empty when it can be loaded). */
export function organisationProblems(org: OrganisationFile): string[] {
  const problems: string[] = [];
  if (!Array.isArray(org?.blocks) || !Array.isArray(org?.units)) return ['the file must have "blocks" and "units" arrays'];
  const seen = new Set<string>();
  for (const [i, u] of org.units.entries()) {
    const at = `units[${i}]`;
    if (!CODE.test(u.code ?? '')) problems.push(`${at}.code must be 2–40 upper-case letters, digits or hyphens`);
    if (seen.has(u.code)) problems.push(`${at}.code ${u.code} appears twice`);
    seen.add(u.code);
    if (!u.name?.trim()) problems.push(`${at}.name is required`);
    if (u.kind !== 'MINISTRY_UNIT' && u.kind !== 'PROVINCIAL_DEPARTMENT')
      problems.push(`${at}.kind must be MINISTRY_UNIT or PROVINCIAL_DEPARTMENT`);
    if (!EMAIL.test(u.email ?? '')) problems.push(`${at}.email must be an e-mail address`);
    if (!org.blocks.some((b) => b.code === u.blockCode)) problems.push(`${at}.blockCode ${u.blockCode} is not a block of the file`);
  }
  const blocks = new Set<string>();
  for (const [i, b] of org.blocks.entries()) {
    const at = `blocks[${i}]`;
    if (!CODE.test(b.code ?? '')) problems.push(`${at}.code must be 2–40 upper-case letters, digits or hyphens`);
    if (blocks.has(b.code)) problems.push(`${at}.code ${b.code} appears twice`);
    blocks.add(b.code);
    if (!b.name?.trim()) problems.push(`${at}.name is required`);
    const members = org.units.filter((u) => u.blockCode === b.code).map((u) => u.code);
    if (!members.includes(b.leaderUnitCode)) problems.push(`${at}.leaderUnitCode ${b.leaderUnitCode} is not a unit of the block`);
    if (!members.includes(b.deputyUnitCode)) problems.push(`${at}.deputyUnitCode ${b.deputyUnitCode} is not a unit of the block`);
    if (b.leaderUnitCode === b.deputyUnitCode) problems.push(`${at}: the leader and the deputy must be different units`);
  }
  return problems;
}

/**
 * Loads (or updates) blocks and units in one transaction. Units that are not in the file
 * are kept: past cycles keep the names and codes they had.
 */
export async function importOrganisation(dataSource: DataSource, org: OrganisationFile): Promise<{ blocks: number; units: number }> {
  const problems = organisationProblems(org);
  if (problems.length) throw new Error(`The organisation cannot be loaded:\n  ${problems.join('\n  ')}`);
  await dataSource.transaction(async (m) => {
    await m.upsert(
      BlockEntity,
      org.blocks.map((b) => ({ code: b.code, name: b.name.trim(), leaderUnitCode: b.leaderUnitCode, deputyUnitCode: b.deputyUnitCode })),
      ['code'],
    );
    await m.upsert(
      UnitEntity,
      org.units.map((u) => ({ code: u.code, name: u.name.trim().normalize('NFC'), kind: u.kind, blockCode: u.blockCode, email: u.email })),
      ['code'],
    );
  });
  return { blocks: org.blocks.length, units: org.units.length };
}

export interface NewUser {
  username: string;
  fullName: string;
  title: string;
  email: string;
  roles: Role[];
  unitCode: string | null;
  passwordHash: string;
}

/** Problems with a user to add, one line each. */
export function userProblems(user: Omit<NewUser, 'passwordHash'>, password: string): string[] {
  const problems: string[] = [];
  if (!/^[a-z0-9][a-z0-9._-]{2,99}$/i.test(user.username))
    problems.push('username must be 3–100 letters, digits, dots, hyphens or underscores');
  if (!user.fullName.trim()) problems.push('full name is required');
  if (!EMAIL.test(user.email)) problems.push('email must be an e-mail address');
  if (user.roles.length === 0 || user.roles.some((r) => !ROLES.includes(r))) problems.push(`roles must be among ${ROLES.join(', ')}`);
  if (user.roles.includes('UNIT_OFFICER') !== (user.unitCode !== null))
    problems.push('a UNIT_OFFICER needs --unit, and only a UNIT_OFFICER has one');
  if (password.length < 12) problems.push('the password must have at least 12 characters');
  return problems;
}

/** Adds the user, or updates them (roles, unit, password) if the username exists. */
export async function upsertUser(dataSource: DataSource, user: NewUser): Promise<void> {
  if (user.unitCode && !(await dataSource.getRepository(UnitEntity).existsBy({ code: user.unitCode }))) {
    throw new Error(`No unit ${user.unitCode}: load the organisation first (npm run organisation:load)`);
  }
  await dataSource.getRepository(UserEntity).upsert(user, ['username']);
}
