/**
 * The list the standing office submits to the minister (tờ trình): the candidates the council
 * passed, ranked by council support and the block's score, within the quota, with a fair spread
 * (no block takes too many places; a minimum of collectives and of remote, border and island areas).
 */
export interface ProposalCandidate {
  nominationId: string;
  blockCode: string;
  nomineeKind: 'INDIVIDUAL' | 'COLLECTIVE';
  /** Remote, border or island area. */
  remoteArea: boolean;
  /** Agreeing members. */
  councilAgree: number;
  /** Members counted for this candidate (> 0; a candidate without a count has no support). */
  councilMembers: number;
  /** 0..100 */
  blockScore: number;
  /** ISO instant: the final tie-break (earlier first), then nominationId. */
  submittedAt: string;
}

/** Settings of the cycle; all optional. */
export interface SpreadRules {
  /** 0 < x <= 1: no block may hold more than floor(x * quota) places (at least 1). */
  maxBlockShare?: number;
  /** At least this many COLLECTIVE nominees among the proposed (if that many passed). */
  minCollectives?: number;
  /** At least this many remote, border or island nominees among the proposed (if that many passed). */
  minRemoteArea?: number;
}

export type MinimumRule = 'minCollectives' | 'minRemoteArea';
export type LeftOutReason = 'BEYOND_QUOTA' | 'BLOCK_SHARE_CAP';

export interface ProposedCandidate extends ProposalCandidate {
  rank: number;
  /** councilAgree / councilMembers, 0..1 */
  support: number;
  /** Why a spread rule put it in, in Vietnamese; empty when its rank alone did. */
  reasons: string[];
}

export interface LeftOutCandidate extends ProposalCandidate {
  rank: number;
  support: number;
  reason: LeftOutReason;
  /** In Vietnamese, for the person reading the list. */
  explanation: string;
}

/** A minimum the list could not reach, and why, in Vietnamese. */
export interface SpreadShortfall {
  rule: MinimumRule;
  required: number;
  reached: number;
  explanation: string;
}

export interface RankedProposal {
  /** Within the quota, in rank order 1..n. */
  proposed: ProposedCandidate[];
  /** In rank order, continuing the numbering. */
  leftOut: LeftOutCandidate[];
  /** The minimums not reached (too few passed, the quota or the block cap stood in the way); empty when all were. */
  shortfalls: SpreadShortfall[];
}

interface Minimum {
  rule: MinimumRule;
  matches: (c: ProposalCandidate) => boolean;
  /** e.g. "tập thể": what the minimum counts, after a number. */
  noun: string;
}

const MINIMUMS: readonly Minimum[] = [
  { rule: 'minCollectives', matches: (c) => c.nomineeKind === 'COLLECTIVE', noun: 'tập thể' },
  {
    rule: 'minRemoteArea',
    matches: (c) => c.remoteArea,
    noun: 'tập thể, cá nhân công tác ở vùng sâu, vùng xa, biên giới, hải đảo',
  },
];

const minimumText = (minimum: Minimum, count: number) => `tối thiểu ${count} ${minimum.noun}`;

export function councilSupport(c: ProposalCandidate): number {
  return c.councilMembers > 0 ? c.councilAgree / c.councilMembers : 0;
}

/** Code-point order: the same on every machine, unlike localeCompare. */
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Earlier instant first; strings that do not parse (NaN makes the difference falsy) fall back to their text. */
const compareInstants = (a: string, b: string) => Date.parse(a) - Date.parse(b) || compareText(a, b);

/** Support compared by cross-multiplying, so 2/3 and 6/9 tie exactly. */
function compareSupport(a: ProposalCandidate, b: ProposalCandidate): number {
  const [aAgree, aMembers] = a.councilMembers > 0 ? [a.councilAgree, a.councilMembers] : [0, 1];
  const [bAgree, bMembers] = b.councilMembers > 0 ? [b.councilAgree, b.councilMembers] : [0, 1];
  return bAgree * aMembers - aAgree * bMembers;
}

/** Council support desc, block score desc, earlier submission, then the id. */
function compareByMerit(a: ProposalCandidate, b: ProposalCandidate): number {
  return (
    compareSupport(a, b) ||
    b.blockScore - a.blockScore ||
    compareInstants(a.submittedAt, b.submittedAt) ||
    compareText(a.nominationId, b.nominationId)
  );
}

/** Places one block may hold, or none when there is no cap. */
export function blockCap(maxBlockShare: number | undefined, quota: number): number | undefined {
  if (maxBlockShare === undefined) return undefined;
  // The epsilon absorbs binary fractions: 0.29 * 100 is 28.999999999999996, meant as 29.
  return Math.max(1, Math.floor(maxBlockShare * quota + 1e-9));
}

/** The places taken so far, and by whom. */
class Selection {
  readonly chosen = new Set<ProposalCandidate>();
  /** The minimums whose reservation took the candidate. */
  readonly reservedFor = new Map<ProposalCandidate, MinimumRule[]>();
  private readonly perBlock = new Map<string, number>();

  constructor(
    readonly quota: number,
    readonly cap: number | undefined,
  ) {}

  get full(): boolean {
    return this.chosen.size >= this.quota;
  }

  blockFull(c: ProposalCandidate): boolean {
    return this.cap !== undefined && (this.perBlock.get(c.blockCode) ?? 0) >= this.cap;
  }

  take(c: ProposalCandidate, reservedFor?: MinimumRule): void {
    this.chosen.add(c);
    this.perBlock.set(c.blockCode, (this.perBlock.get(c.blockCode) ?? 0) + 1);
    if (reservedFor) this.reservedFor.set(c, [...(this.reservedFor.get(c) ?? []), reservedFor]);
  }
}

/**
 * Takes the best-ranked candidates a minimum counts until it is met (those already taken count),
 * within the quota and the block cap; says why it fell short if it did.
 */
function reserve(selection: Selection, ranked: readonly ProposalCandidate[], minimum: Minimum, required: number): SpreadShortfall | null {
  let reached = [...selection.chosen].filter(minimum.matches).length;
  for (const c of ranked) {
    if (reached >= required || selection.full) break;
    if (!minimum.matches(c) || selection.chosen.has(c) || selection.blockFull(c)) continue;
    selection.take(c, minimum.rule);
    reached++;
  }
  if (reached >= required) return null;
  return { rule: minimum.rule, required, reached, explanation: shortfallExplanation(selection, ranked, minimum, required, reached) };
}

function shortfallExplanation(
  selection: Selection,
  ranked: readonly ProposalCandidate[],
  minimum: Minimum,
  required: number,
  reached: number,
): string {
  const passed = ranked.filter(minimum.matches).length;
  const short = `Chỉ bảo đảm được ${reached}/${required} ${minimum.noun}`;
  if (passed < required) return `${short}: chỉ có ${passed} ${minimum.noun} được Hội đồng thông qua`;
  if (selection.full) return `${short}: đã hết ${selection.quota} suất của chỉ tiêu`;
  return `${short}: các ${minimum.noun} còn lại thuộc khối đã đủ suất`;
}

/** Fills the remaining places in rank order, skipping blocks at their cap; returns those skipped. */
function fillInRankOrder(selection: Selection, ranked: readonly ProposalCandidate[]): Set<ProposalCandidate> {
  const skipped = new Set<ProposalCandidate>();
  for (const c of ranked) {
    if (selection.full) break;
    if (selection.chosen.has(c)) continue;
    if (selection.blockFull(c)) skipped.add(c);
    else selection.take(c);
  }
  return skipped;
}

/** What the picking decided, for presenting each candidate. */
interface Picked {
  quota: number;
  spread: SpreadRules;
  selection: Selection;
  /** The pick without the minimums: who is in by rank alone. */
  byRankAlone: Selection;
  /** Skipped while places were left because their block was at its cap. */
  capped: Set<ProposalCandidate>;
  /** The minimums that brought in someone whose rank alone would not have. */
  displacing: MinimumRule[];
}

/**
 * Ranks the candidates the council passed and picks the proposal: first the places the minimums
 * need (the best-ranked collectives, then the best-ranked remote-area ones; one candidate may count
 * for both), then the rest in rank order, no block above its cap. Rules are expected to be valid
 * (see `validateSpreadRules`); a minimum that cannot be met is reported in `shortfalls`.
 */
export function rankProposal(candidates: readonly ProposalCandidate[], quota: number, spread: SpreadRules): RankedProposal {
  const ranked = [...candidates].sort(compareByMerit);
  const cap = blockCap(spread.maxBlockShare, quota);

  const byRankAlone = new Selection(quota, cap);
  fillInRankOrder(byRankAlone, ranked);

  const selection = new Selection(quota, cap);
  const shortfalls = MINIMUMS.flatMap((m) => {
    const required = spread[m.rule] ?? 0;
    return required > 0 ? (reserve(selection, ranked, m, required) ?? []) : [];
  });
  const capped = fillInRankOrder(selection, ranked);

  const displacing = [...new Set([...selection.chosen].flatMap((c) => broughtInBy(c, { selection, byRankAlone })))];
  const picked: Picked = { quota, spread, selection, byRankAlone, capped, displacing };
  const proposed = ranked.filter((c) => selection.chosen.has(c)).map((c, i) => presentProposed(c, i + 1, picked));
  const leftOut = ranked.filter((c) => !selection.chosen.has(c)).map((c, i) => presentLeftOut(c, proposed.length + i + 1, picked));
  return { proposed, leftOut, shortfalls };
}

/** The minimums that took the candidate in, if its rank alone would not have. */
function broughtInBy(c: ProposalCandidate, picked: Pick<Picked, 'selection' | 'byRankAlone'>): MinimumRule[] {
  return picked.byRankAlone.chosen.has(c) ? [] : (picked.selection.reservedFor.get(c) ?? []);
}

const minimumSetting = (rule: MinimumRule, spread: SpreadRules) => minimumText(minimumOf(rule), spread[rule] ?? 0);

function presentProposed(c: ProposalCandidate, rank: number, picked: Picked): ProposedCandidate {
  const reasons = broughtInBy(c, picked).map((rule) => `Bảo đảm ${minimumSetting(rule, picked.spread)}`);
  return { ...c, rank, support: councilSupport(c), reasons };
}

const percent = (share: number) => String(Math.round(share * 1000) / 10).replace('.', ',');

function presentLeftOut(c: ProposalCandidate, rank: number, picked: Picked): LeftOutCandidate {
  const { quota, spread, selection } = picked;
  const reason: LeftOutReason = picked.capped.has(c) ? 'BLOCK_SHARE_CAP' : 'BEYOND_QUOTA';
  const why =
    reason === 'BLOCK_SHARE_CAP'
      ? `Khối ${c.blockCode} đã đủ ${selection.cap} suất (tối đa ${percent(spread.maxBlockShare ?? 1)}% chỉ tiêu)`
      : `Ngoài chỉ tiêu ${quota} (xếp thứ ${rank})`;
  return { ...c, rank, support: councilSupport(c), reason, explanation: why + gaveWay(c, picked) };
}

/** In by rank alone but out now: a minimum took its place, and the person reading should know which. */
function gaveWay(c: ProposalCandidate, picked: Picked): string {
  if (!picked.byRankAlone.chosen.has(c) || picked.displacing.length === 0) return '';
  return `; nhường suất để bảo đảm ${picked.displacing.map((rule) => minimumSetting(rule, picked.spread)).join(' và ')}`;
}

function minimumOf(rule: MinimumRule): Minimum {
  const minimum = MINIMUMS.find((m) => m.rule === rule);
  if (!minimum) throw new Error(`Unknown minimum ${rule}`);
  return minimum;
}
