import { RecusalCounting, SessionStatus, type ApprovalRule, type SessionRules, type SessionView } from '#domain';
import type { MinutesData } from '../documents/index.js';

/*
 * The vote-count minutes of a session, from its read model: who was there and how (in person, in
 * writing, absent), who stood aside for which dossier, and for a quorate close the counts and
 * outcomes the session recorded. Nothing here knows, or could print, who chose what.
 */

export const COUNCIL_NAME = 'HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG';

export interface MinutesSources {
  session: SessionView;
  cycleTitle: string;
  /** Unit code → name (a code missing here is printed as is). */
  unitNames: Readonly<Record<string, string>>;
  ministryName: string;
  place: string;
}

/** The share of members the rule asks for, as the sentence "Hồ sơ đạt khi số phiếu đồng ý đạt …" goes on. */
const RULE_WORDS: Record<ApprovalRule, string> = {
  MAJORITY_OF_MEMBERS: 'quá nửa tổng số thành viên Hội đồng',
  TWO_THIRDS_OF_MEMBERS: 'ít nhất hai phần ba tổng số thành viên Hội đồng',
  NINETY_PERCENT_OF_MEMBERS: 'ít nhất 90% tổng số thành viên Hội đồng',
};

export function approvalRuleLabel(rules: SessionRules): string {
  const share = RULE_WORDS[rules.approvalRule];
  return rules.recusalCounting === RecusalCounting.EXCLUDED ? `${share}, không tính thành viên có liên quan đến hồ sơ` : share;
}

/** Only a session that has ended has minutes: CLOSED (counted) or INQUORATE (nothing counted). */
export function hasMinutes(session: SessionView): session is SessionView & { status: 'CLOSED' | 'INQUORATE'; closedAt: string } {
  return (session.status === SessionStatus.CLOSED || session.status === SessionStatus.INQUORATE) && session.closedAt !== null;
}

export function minutesData({ session, cycleTitle, unitNames, ministryName, place }: MinutesSources): MinutesData {
  if (!hasMinutes(session)) throw new RangeError(`Session ${session.id} is ${session.status}: it has no minutes yet`);
  const counted = session.status === SessionStatus.CLOSED;
  const quorum = session.quorum;
  if (!quorum) throw new RangeError(`Session ${session.id} ended without a quorum record`);
  const nameOf = (username: string) => session.members.find((m) => m.username === username)?.fullName ?? username;
  const holder = (role: 'CHAIR' | 'SECRETARY') => session.members.find((m) => m.councilRole === role)?.fullName ?? '';

  return {
    ministryName,
    councilName: COUNCIL_NAME,
    cycleTitle,
    sessionTitle: session.title,
    meetingAt: session.meetingAt,
    closedAt: session.closedAt,
    place,
    status: session.status,
    approvalRuleLabel: approvalRuleLabel(session.rules),
    quorum: { members: quorum.members, cast: quorum.cast, needed: quorum.needed, reached: quorum.reached },
    members: session.members.map((m) => ({
      fullName: m.fullName,
      title: m.title,
      councilRole: m.councilRole,
      attendance: session.received.find((r) => r.member === m.username)?.via ?? 'ABSENT',
    })),
    candidates: session.agenda.map((item, i) => {
      const result = counted ? session.results?.find((r) => r.nominationId === item.nominationId) : undefined;
      if (counted && !result) throw new RangeError(`Session ${session.id} closed without a count for ${item.nominationId}`);
      return {
        order: i + 1,
        nomineeName: item.nomineeName,
        nomineeKind: item.nomineeKind,
        unitName: unitNames[item.unitCode] ?? item.unitCode,
        recusedMembers: session.recusals.filter((r) => r.nominationId === item.nominationId).map((r) => nameOf(r.member)),
        // The tally's `members` (the base of the share) is in agreesNeeded; the minutes print the five counts.
        tally: result
          ? {
              agree: result.tally.agree,
              disagree: result.tally.disagree,
              abstain: result.tally.abstain,
              recused: result.tally.recused,
              notVoted: result.tally.notVoted,
            }
          : null,
        agreesNeeded: result?.agreesNeeded ?? 0,
        outcome: result ? (result.passed ? 'PASSED' : 'FAILED') : null,
      };
    }),
    chairName: holder('CHAIR'),
    secretaryName: holder('SECRETARY'),
  };
}
