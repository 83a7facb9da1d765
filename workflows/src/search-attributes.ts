/**
 * Custom search attributes (all Keyword) that let administrators find nominations in the
 * Temporal UI, e.g. `CycleCode='SK-2016-2018' AND NominationStage='COUNCIL_VOTE'`.
 * Plain objects of the SDK's SearchAttributeKey shape, so this file stays import-free.
 */
export const SEARCH_ATTRIBUTE_NAMES = [
  'CycleCode',
  'UnitCode',
  'BlockCode',
  'NominationStage',
  'NominationStatus',
  'NomineeKind',
  'SessionStatus',
  'ProposalStatus',
] as const;
export type SearchAttributeName = (typeof SEARCH_ATTRIBUTE_NAMES)[number];

export const searchKey = (name: SearchAttributeName) => ({ name, type: 'KEYWORD' as const });

export const CycleCodeKey = searchKey('CycleCode');
export const UnitCodeKey = searchKey('UnitCode');
export const BlockCodeKey = searchKey('BlockCode');
export const NominationStageKey = searchKey('NominationStage');
export const NominationStatusKey = searchKey('NominationStatus');
export const NomineeKindKey = searchKey('NomineeKind');
/** A council session's status (DRAFT, VOTING, CLOSED, INQUORATE), and a proposal's (SUBMITTED, APPROVED, RETURNED). */
export const SessionStatusKey = searchKey('SessionStatus');
export const ProposalStatusKey = searchKey('ProposalStatus');

/** The search attributes a nomination's process starts with (its stage and status are then kept current). */
export function nominationSearchAttributes(n: {
  cycleCode: string;
  unitCode: string;
  blockCode: string;
  nomineeKind: string;
  stage: string;
  status: string;
}) {
  return [
    { key: CycleCodeKey, value: n.cycleCode },
    { key: UnitCodeKey, value: n.unitCode },
    { key: BlockCodeKey, value: n.blockCode },
    { key: NomineeKindKey, value: n.nomineeKind },
    { key: NominationStageKey, value: n.stage },
    { key: NominationStatusKey, value: n.status },
  ];
}
