import { hasRole, isUnsubmittedDraft, Role, type Actor, type BlockLeadership, type NominationView } from '#domain';

/**
 * Those who read a dossier read its files: its own unit; once submitted, the leader and the
 * deputy units of its block (either may be its reviewer, see blockReviewerUnit), and the Ministry's
 * standing office, council, minister, deputy ministers and administrators. A draft is its unit's alone.
 */
export function canReadDossier(
  actor: Actor,
  nomination: Pick<NominationView, 'unitCode' | 'stage' | 'status'>,
  block: Pick<BlockLeadership, 'leaderUnitCode' | 'deputyUnitCode'>,
): boolean {
  if (actor.unitCode === nomination.unitCode) return true;
  if (isUnsubmittedDraft(nomination)) return false;
  if (actor.unitCode && [block.leaderUnitCode, block.deputyUnitCode].includes(actor.unitCode)) return true;
  return hasRole(actor, Role.STANDING_OFFICE, Role.COUNCIL_MEMBER, Role.MINISTER, Role.DEPUTY_MINISTER, Role.ADMIN);
}
