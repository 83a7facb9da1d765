export const Role = {
  ADMIN: 'ADMIN',
  STANDING_OFFICE: 'STANDING_OFFICE',
  MINISTER: 'MINISTER',
  DEPUTY_MINISTER: 'DEPUTY_MINISTER',
  COUNCIL_MEMBER: 'COUNCIL_MEMBER',
  UNIT_OFFICER: 'UNIT_OFFICER',
} as const;
export type Role = (typeof Role)[keyof typeof Role];
export const ROLES = Object.values(Role);

/** Who is acting: authenticated by the API, carried into the workflow with every command. */
export interface Actor {
  username: string;
  fullName: string;
  roles: Role[];
  unitCode?: string;
}

export function hasRole(actor: Actor, ...roles: Role[]): boolean {
  return actor.roles.some((role) => roles.includes(role));
}

export interface BlockLeadership {
  code: string;
  leaderUnitCode: string;
  deputyUnitCode: string;
}

/** The block leader reviews its members; no unit reviews itself, so the deputy reviews the leader's own. */
export function blockReviewerUnit(block: BlockLeadership, nominatingUnitCode: string): string {
  return nominatingUnitCode === block.leaderUnitCode ? block.deputyUnitCode : block.leaderUnitCode;
}
