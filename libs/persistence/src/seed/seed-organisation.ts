import { Role } from '#domain';
import type { DataSource } from 'typeorm';
import { BlockEntity, UnitEntity, UserEntity } from '../entities/organisation.entities.js';
import { ADMIN, BLOCKS, COUNCIL_MEMBERS, DEPUTY_MINISTER, MINISTER, STANDING_OFFICE, UNITS, type SeedPerson } from './organisation.data.js';

/** The username of the officer who acts for a unit, e.g. `unit.BQLDA-DTXD`. */
export const unitOfficerUsername = (unitCode: string) => `unit.${unitCode}`;

function person(p: SeedPerson, roles: Role[], passwordHash: string): UserEntity {
  return Object.assign(new UserEntity(), { ...p, roles, unitCode: p.unitCode ?? null, passwordHash });
}

export function demoUsers(passwordHash: string): UserEntity[] {
  return [
    person(ADMIN, [Role.ADMIN], passwordHash),
    person(STANDING_OFFICE, [Role.STANDING_OFFICE], passwordHash),
    person(MINISTER, [Role.MINISTER], passwordHash),
    person(DEPUTY_MINISTER, [Role.DEPUTY_MINISTER], passwordHash),
    ...COUNCIL_MEMBERS.map((m) => person(m, [Role.COUNCIL_MEMBER], passwordHash)),
    ...UNITS.map((u) =>
      Object.assign(new UserEntity(), {
        username: unitOfficerUsername(u.code),
        fullName: `Cán bộ thi đua – ${u.name}`,
        title: 'Cán bộ phụ trách công tác thi đua, khen thưởng',
        email: u.email,
        roles: [Role.UNIT_OFFICER],
        unitCode: u.code,
        passwordHash,
      }),
    ),
  ];
}

/**
 * Loads the organisation (blocks, units) and the demo users. Idempotent: existing rows
 * are left as they are, so a changed password survives a restart.
 */
export async function seedOrganisation(dataSource: DataSource, passwordHash: string): Promise<{ units: number; users: number }> {
  await dataSource.transaction(async (m) => {
    await m
      .createQueryBuilder()
      .insert()
      .into(BlockEntity)
      .values([...BLOCKS])
      .orIgnore()
      .execute();
    await m
      .createQueryBuilder()
      .insert()
      .into(UnitEntity)
      .values([...UNITS])
      .orIgnore()
      .execute();
    await m.createQueryBuilder().insert().into(UserEntity).values(demoUsers(passwordHash)).orIgnore().execute();
  });
  return { units: UNITS.length, users: await dataSource.getRepository(UserEntity).count() };
}
