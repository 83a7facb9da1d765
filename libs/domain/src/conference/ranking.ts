/** What the conference ranking looks at for each approved nomination. */
export interface ConferenceCandidate {
  nominationId: string;
  workflowId: string;
  councilAgree: number;
  councilMembers: number;
  blockScore: number;
  remoteArea: boolean;
  submittedAt: string;
}

export interface RankedCandidate extends ConferenceCandidate {
  rank: number;
  honoured: boolean;
}

/**
 * Ranks approved nominations for the conference: council support first (share of all
 * members who agreed), then the block's score; ties favour remote, border and island
 * areas, then the earlier submission. The first `quota` are honoured on stage.
 */
export function rankForConference(candidates: readonly ConferenceCandidate[], quota: number): RankedCandidate[] {
  const share = (c: ConferenceCandidate) => (c.councilMembers > 0 ? c.councilAgree / c.councilMembers : 0);
  return [...candidates]
    .sort(
      (a, b) =>
        share(b) - share(a) ||
        b.blockScore - a.blockScore ||
        Number(b.remoteArea) - Number(a.remoteArea) ||
        a.submittedAt.localeCompare(b.submittedAt) ||
        a.nominationId.localeCompare(b.nominationId),
    )
    .map((c, i) => ({ ...c, rank: i + 1, honoured: i < quota }));
}

/** e.g. `SK-2016-2018/007`: the certificate's number within its cycle, in rank order. */
export function certificateNumber(cycleCode: string, rank: number): string {
  return `${cycleCode}/${String(rank).padStart(3, '0')}`;
}
