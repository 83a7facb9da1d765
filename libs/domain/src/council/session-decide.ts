import { agreesNeeded, quorumNeeded } from '../cycle/approval-rule.js';
import { DomainError } from '../errors.js';
import { councilVoteDue } from '../nomination/deadlines.js';
import { hasRole, Role, type Actor } from '../organisation/actor.js';
import {
  RecusalCounting,
  SessionStatus,
  type AgendaItem,
  type CandidateResult,
  type Recusal,
  type SessionBallot,
  type SessionCloser,
  type SessionEvent,
  type SessionMember,
  type SessionQuorum,
  type SessionRules,
  type SessionView,
  type BallotVia,
} from './session.js';

/** What the ballot box holds for one candidate once the session closes: counts only. */
export interface BoxTotals {
  nominationId: string;
  agree: number;
  disagree: number;
  abstain: number;
}

/** What the box says when it is opened: how many members put a ballot in, and the totals per candidate. */
export interface BoxCount {
  cast: number;
  totals: BoxTotals[];
}

export type SessionCommand =
  | {
      type: 'Compose';
      sessionId: string;
      workflowId: string;
      cycleCode: string;
      title: string;
      meetingAt: string;
      rules: SessionRules;
      actor: Actor;
    }
  | { type: 'AddAgendaItem'; actor: Actor; item: AgendaItem }
  | { type: 'RemoveAgendaItem'; actor: Actor; nominationId: string }
  | { type: 'DropAgendaItem'; nominationId: string; why: 'WITHDRAWN' | 'LEFT_STAGE' }
  /**
   * `recuseWhileVoting`: a conflict declared after the opening recuses the member at once. Sessions
   * that started before this rule (the workflow's patch) recorded the conflict only.
   */
  | { type: 'DeclareConflict'; actor: Actor; nominationId: string; note: string; recuseWhileVoting?: boolean }
  | { type: 'Open'; actor: Actor; members: SessionMember[]; ballots: SessionBallot[]; dueAt: string }
  /** `fromBox`: found in the box when it was sealed (the API could not report it in time); no one to check. */
  | { type: 'ReceiveBallot'; actor: Actor; member: string; via: BallotVia; documentId?: string; fromBox?: boolean }
  | { type: 'Close'; by: SessionCloser; actor?: Actor; box: BoxCount }
  /** The cycle's calendar moved (version `calendarVersion`): a voting session's ballots fall due at the new target. */
  | { type: 'FollowCalendar'; councilVoteTarget: string; calendarVersion: number; reason: string };

const refuse = (
  code: 'FORBIDDEN' | 'CONFLICT' | 'INVALID',
  reason: ConstructorParameters<typeof DomainError>[1],
  message: string,
  field?: string,
) => new DomainError(code, reason, message, field === undefined ? {} : { field });

const STATUS_WORDS: Record<SessionStatus, string> = {
  DRAFT: 'đang được chuẩn bị',
  VOTING: 'đang bỏ phiếu',
  CLOSED: 'đã kết thúc',
  INQUORATE: 'đã kết thúc do không đủ số thành viên tham gia',
};

function requireStatus(view: SessionView, ...allowed: SessionStatus[]): void {
  if (!allowed.includes(view.status)) {
    throw refuse(
      'CONFLICT',
      'SESSION_WRONG_STATUS',
      `Phiên họp “${view.title}” ${STATUS_WORDS[view.status]} nên không thể thực hiện thao tác này.`,
    );
  }
}

function requireStandingOffice(actor: Actor | undefined, what: string): void {
  if (!actor || !hasRole(actor, Role.STANDING_OFFICE)) {
    throw refuse('FORBIDDEN', 'FORBIDDEN_ROLE', `Chỉ Thường trực Hội đồng mới được ${what}.`);
  }
}

function requireOnAgenda(view: SessionView, nominationId: string): AgendaItem {
  const item = view.agenda.find((i) => i.nominationId === nominationId);
  if (!item)
    throw refuse(
      'CONFLICT',
      'NOT_ON_AGENDA',
      `Hồ sơ ${nominationId} không có trong chương trình phiên họp “${view.title}”.`,
      'nominationId',
    );
  return item;
}

/**
 * The session's rules: what a command records, or why it is refused. Pure, like the nomination's
 * `decide`: the workflow runs it in its validators (discarding the events) and in its handlers.
 */
export function decideSession(view: SessionView | null, cmd: SessionCommand): SessionEvent[] {
  if (cmd.type === 'Compose') {
    if (view !== null) throw refuse('CONFLICT', 'SESSION_WRONG_STATUS', 'Phiên họp này đã được lập.');
    requireStandingOffice(cmd.actor, 'lập phiên họp Hội đồng');
    const { actor, type: _type, ...data } = cmd;
    return [{ type: 'SessionComposed', data: { ...data, composedBy: actor.username } }];
  }
  if (view === null) throw refuse('CONFLICT', 'SESSION_WRONG_STATUS', 'Phiên họp đang được lập. Xin vui lòng thử lại sau giây lát.');
  switch (cmd.type) {
    case 'AddAgendaItem':
      requireStandingOffice(cmd.actor, 'sửa chương trình phiên họp');
      requireStatus(view, SessionStatus.DRAFT);
      if (view.agenda.some((i) => i.nominationId === cmd.item.nominationId)) return [];
      return [{ type: 'AgendaItemAdded', data: { item: cmd.item } }];
    case 'RemoveAgendaItem':
      requireStandingOffice(cmd.actor, 'sửa chương trình phiên họp');
      requireStatus(view, SessionStatus.DRAFT);
      requireOnAgenda(view, cmd.nominationId);
      return [{ type: 'AgendaItemRemoved', data: { nominationId: cmd.nominationId, why: 'BY_STANDING_OFFICE' } }];
    case 'DropAgendaItem':
      // A withdrawn nomination leaves whatever the session is doing; after the count there is nothing to undo.
      if (view.status !== SessionStatus.DRAFT && view.status !== SessionStatus.VOTING) return [];
      if (!view.agenda.some((i) => i.nominationId === cmd.nominationId)) return [];
      return [{ type: 'AgendaItemRemoved', data: { nominationId: cmd.nominationId, why: cmd.why } }];
    case 'DeclareConflict':
      return decideConflict(view, cmd);
    case 'FollowCalendar': {
      // A draft takes the new target when it opens; a closed session has nothing left to be due.
      if (view.status !== SessionStatus.VOTING || view.dueAt === null || view.openedAt === null) return [];
      const dueAt = councilVoteDue(cmd.councilVoteTarget, view.openedAt);
      if (dueAt === view.dueAt) return [];
      const { calendarVersion, reason } = cmd;
      return [{ type: 'SessionDueMoved', data: { dueAt, previousDueAt: view.dueAt, calendarVersion, reason } }];
    }
    case 'Open':
      return decideOpening(view, cmd);
    case 'ReceiveBallot':
      return decideBallotReceived(view, cmd);
    case 'Close':
      return decideClosing(view, cmd);
    default: {
      const unknown: never = cmd;
      throw new Error(`Unknown session command ${JSON.stringify(unknown)}`);
    }
  }
}

function decideConflict(view: SessionView, cmd: Extract<SessionCommand, { type: 'DeclareConflict' }>): SessionEvent[] {
  requireStatus(view, SessionStatus.DRAFT, SessionStatus.VOTING);
  const member = cmd.actor.username;
  if (
    !hasRole(cmd.actor, Role.COUNCIL_MEMBER) ||
    (view.status === SessionStatus.VOTING && !view.members.some((m) => m.username === member))
  ) {
    throw refuse('FORBIDDEN', 'NOT_COUNCIL_MEMBER', 'Chỉ thành viên Hội đồng của phiên họp mới được tự khai xung đột lợi ích.');
  }
  requireOnAgenda(view, cmd.nominationId);
  if (view.received.some((r) => r.member === member)) {
    throw refuse('CONFLICT', 'ALREADY_VOTED', 'Đồng chí đã bỏ phiếu nên không thể khai xung đột lợi ích sau đó.');
  }
  const note = cmd.note.trim();
  if (!note) throw refuse('INVALID', 'REASON_REQUIRED', 'Cần nêu lý do xung đột lợi ích.', 'note');
  if ([...view.conflicts, ...view.recusals].some((r) => r.member === member && r.nominationId === cmd.nominationId)) return [];
  const recused = view.status === SessionStatus.VOTING && cmd.recuseWhileVoting === true;
  return [{ type: 'ConflictDeclared', data: { member, nominationId: cmd.nominationId, note, ...(recused ? { recused } : {}) } }];
}

function decideOpening(view: SessionView, cmd: Extract<SessionCommand, { type: 'Open' }>): SessionEvent[] {
  requireStandingOffice(cmd.actor, 'khai mạc phiên bỏ phiếu');
  requireStatus(view, SessionStatus.DRAFT);
  if (view.agenda.length === 0) {
    throw refuse('CONFLICT', 'AGENDA_EMPTY', 'Chương trình phiên họp chưa có hồ sơ nào nên chưa thể mở bỏ phiếu.');
  }
  if (cmd.members.length === 0) {
    throw refuse('CONFLICT', 'COUNCIL_NOT_NAMED', 'Đợt xét chọn chưa có danh sách thành viên Hội đồng nên chưa thể mở bỏ phiếu.');
  }
  return [
    {
      type: 'SessionOpened',
      data: { members: cmd.members, recusals: recusalsOf(view, cmd.members), ballots: cmd.ballots, dueAt: cmd.dueAt },
    },
  ];
}

/** A member is recused for the candidates of their own unit, and for those they declared a conflict on. */
export function recusalsOf(view: SessionView, members: readonly SessionMember[]): Recusal[] {
  const recusals: Recusal[] = [];
  for (const member of members) {
    for (const item of view.agenda) {
      const declared = view.conflicts.find((c) => c.member === member.username && c.nominationId === item.nominationId);
      if (member.unitCode !== null && member.unitCode === item.unitCode) {
        recusals.push({ member: member.username, nominationId: item.nominationId, reason: 'SAME_UNIT' });
      } else if (declared) {
        recusals.push(declared);
      }
    }
  }
  return recusals;
}

function decideBallotReceived(view: SessionView, cmd: Extract<SessionCommand, { type: 'ReceiveBallot' }>): SessionEvent[] {
  requireStatus(view, SessionStatus.VOTING);
  if (cmd.fromBox) {
    // Checked by the API when it put the ballot in the box.
  } else if (cmd.via === 'WRITTEN_OPINION') requireStandingOffice(cmd.actor, 'ghi nhận ý kiến bằng văn bản');
  else if (cmd.actor.username !== cmd.member) {
    throw refuse('FORBIDDEN', 'NOT_ASSIGNEE', 'Mỗi thành viên Hội đồng chỉ bỏ phiếu của chính mình.');
  }
  const ballot = view.ballots.find((b) => b.member === cmd.member);
  if (!ballot) throw refuse('FORBIDDEN', 'NOT_COUNCIL_MEMBER', `${cmd.member} không phải thành viên Hội đồng của phiên họp này.`, 'member');
  if (view.received.some((r) => r.member === cmd.member)) return [];
  const data = { member: cmd.member, via: cmd.via, taskId: ballot.taskId };
  return [{ type: 'BallotReceived', data: cmd.documentId === undefined ? data : { ...data, documentId: cmd.documentId } }];
}

function decideClosing(view: SessionView, cmd: Extract<SessionCommand, { type: 'Close' }>): SessionEvent[] {
  if (cmd.by.kind === 'PERSON') requireStandingOffice(cmd.actor, 'kết thúc phiên bỏ phiếu');
  requireStatus(view, SessionStatus.VOTING);
  const quorum = sessionQuorum(view, cmd.box.cast);
  // Without quorum the meeting decides nothing and publishes nothing: not even the counts.
  if (!quorum.reached) return [{ type: 'SessionInquorate', data: { by: cmd.by, quorum } }];
  return [{ type: 'SessionClosed', data: { by: cmd.by, quorum, results: countCandidates(view, cmd.box) } }];
}

/** At least 2/3 of the session's members must have put a ballot in the box (written opinions included). */
export function sessionQuorum(view: SessionView, cast: number): SessionQuorum {
  const members = view.members.length;
  const needed = quorumNeeded(members);
  return { members, cast, needed, reached: cast >= needed };
}

/** Each candidate passes or fails by the cycle's rule, counted on all members (or all but the recused: a cycle setting). */
export function countCandidates(view: SessionView, box: BoxCount): CandidateResult[] {
  const members = view.members.length;
  return view.agenda.map((item) => {
    const totals = box.totals.find((t) => t.nominationId === item.nominationId) ?? { agree: 0, disagree: 0, abstain: 0 };
    const recused = view.recusals.filter((r) => r.nominationId === item.nominationId).length;
    const base = view.rules.recusalCounting === RecusalCounting.EXCLUDED ? members - recused : members;
    const voted = totals.agree + totals.disagree + totals.abstain;
    const needed = agreesNeeded(view.rules.approvalRule, base);
    return {
      nominationId: item.nominationId,
      tally: {
        agree: totals.agree,
        disagree: totals.disagree,
        abstain: totals.abstain,
        recused,
        notVoted: Math.max(0, members - recused - voted),
        members: base,
      },
      agreesNeeded: needed,
      passed: base > 0 && totals.agree >= needed,
    };
  });
}
