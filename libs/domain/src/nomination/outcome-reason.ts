import { APPROVAL_RULE_LABELS } from '../labels.js';
import type { ApprovalRule } from '../cycle/approval-rule.js';

/*
 * Some reasons a nomination ended with are stored as the domain first worded them, in English
 * (or as a code). Stored events keep those texts for ever (old histories replay them), so they
 * are told to people in Vietnamese here, at the edge: the notice, the nomination read, the timeline.
 */

/** A reason the domain words itself, read back into its parts. */
export type KnownOutcomeReason =
  /** "Not resubmitted by the revision deadline, dd/MM/yyyy HH:mm (Hanoi time)" (the date is absent in the oldest texts). */
  | { kind: 'NOT_RESUBMITTED'; dueAt: string | null }
  /** "Changes requested a third time (at most 2 rounds): <the block's own reason>" */
  | { kind: 'TOO_MANY_CHANGE_REQUESTS'; round: number | null; maxRounds: number; reason: string }
  /** "Quorum not reached: 5 of 9 members voted, 6 needed" */
  | { kind: 'QUORUM_NOT_REACHED'; cast: number; members: number; needed: number }
  /** "Not enough members agreed: 5 of 9, 6 needed (TWO_THIRDS_OF_MEMBERS)" */
  | { kind: 'NOT_ENOUGH_AGREES'; agree: number; members: number; needed: number; rule: string }
  /** "The cycle closed with its conference of dd/MM/yyyy before a decision was taken" */
  | { kind: 'CLOSED_WITH_CYCLE'; conferenceDate: string }
  /** "Withdrawn by the unit": the unit gave no reason of its own. */
  | { kind: 'WITHDRAWN_BY_UNIT' }
  /** The codes of NominationRecognised. */
  | { kind: 'BEYOND_QUOTA' }
  | { kind: 'CONFERENCE_ALREADY_HELD' };

const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3 };

const roundOf = (ordinal: string): number | null => ORDINALS[ordinal] ?? (/^(\d+)th$/.exec(ordinal) ? Number.parseInt(ordinal, 10) : null);

/** The parts of a reason the domain worded in English (or as a code); null for any other reason (a person's own words). */
export function knownOutcomeReason(reason: string | null | undefined): KnownOutcomeReason | null {
  const text = reason?.trim();
  if (!text) return null;
  if (text === 'Withdrawn by the unit') return { kind: 'WITHDRAWN_BY_UNIT' };
  if (text === 'BEYOND_QUOTA') return { kind: 'BEYOND_QUOTA' };
  if (text === 'CONFERENCE_ALREADY_HELD') return { kind: 'CONFERENCE_ALREADY_HELD' };
  let m = /^Not resubmitted by the revision deadline(?:,\s*(.+?)\s*\(Hanoi time\))?\.?$/.exec(text);
  if (m) return { kind: 'NOT_RESUBMITTED', dueAt: m[1] ?? null };
  m = /^Changes requested a (\S+) time \(at most (\d+) rounds?\):\s*([\s\S]*)$/.exec(text);
  if (m) return { kind: 'TOO_MANY_CHANGE_REQUESTS', round: roundOf(m[1]), maxRounds: Number(m[2]), reason: m[3].trim() };
  m = /^Quorum not reached: (\d+) of (\d+) members voted, (\d+) needed\.?$/.exec(text);
  if (m) return { kind: 'QUORUM_NOT_REACHED', cast: Number(m[1]), members: Number(m[2]), needed: Number(m[3]) };
  m = /^Not enough members agreed: (\d+) of (\d+), (\d+) needed(?: \((\w+)\))?\.?$/.exec(text);
  if (m) return { kind: 'NOT_ENOUGH_AGREES', agree: Number(m[1]), members: Number(m[2]), needed: Number(m[3]), rule: m[4] ?? '' };
  m = /^The cycle closed with its conference of (\S+) before a decision was taken\.?$/.exec(text);
  if (m) return { kind: 'CLOSED_WITH_CYCLE', conferenceDate: m[1] };
  return null;
}

/**
 * The reason a nomination ended with, as a person reads it: each reason the domain words in
 * English (or as a code) in natural Vietnamese, keeping a person's own words where it quotes them;
 * any other reason (already Vietnamese, typed by a person) unchanged. Null stays null.
 */
export function readableOutcomeReason(reason: string | null): string | null {
  if (reason === null) return null;
  const known = knownOutcomeReason(reason);
  if (known === null) return reason;
  switch (known.kind) {
    case 'NOT_RESUBMITTED':
      return known.dueAt
        ? `Đơn vị không bổ sung, nộp lại hồ sơ trước hạn ${known.dueAt} (giờ Hà Nội)`
        : 'Đơn vị không bổ sung, nộp lại hồ sơ đúng hạn';
    case 'TOO_MANY_CHANGE_REQUESTS': {
      const round = known.round === null ? 'thêm một lần' : `lần thứ ${known.round}`;
      return (
        `Khối/Cụm thi đua yêu cầu bổ sung hồ sơ ${round}, quá số lần cho phép (tối đa ${known.maxRounds} lần)` +
        (known.reason ? `: ${known.reason}` : '')
      );
    }
    case 'QUORUM_NOT_REACHED':
      return `Hội đồng không đủ số thành viên bỏ phiếu: ${known.cast}/${known.members} thành viên đã bỏ phiếu, cần ít nhất ${known.needed}`;
    case 'NOT_ENOUGH_AGREES': {
      const label = APPROVAL_RULE_LABELS[known.rule as ApprovalRule];
      return (
        `Hội đồng không thông qua: ${known.agree}/${known.members} thành viên đồng ý, cần ít nhất ${known.needed}` +
        (label ? ` (${label.toLowerCase()})` : '')
      );
    }
    case 'CLOSED_WITH_CYCLE':
      return `Đợt xét đã kết thúc với hội nghị biểu dương ngày ${known.conferenceDate} khi hồ sơ chưa có quyết định công nhận`;
    case 'WITHDRAWN_BY_UNIT':
      return 'Đơn vị đã rút hồ sơ';
    case 'BEYOND_QUOTA':
      return 'Ngoài số lượng được biểu dương tại hội nghị';
    case 'CONFERENCE_ALREADY_HELD':
      return 'Hội nghị biểu dương đã diễn ra trước khi có quyết định công nhận';
    default: {
      const unknown: never = known;
      throw new Error(`Unknown reason ${JSON.stringify(unknown)}`);
    }
  }
}
