import type { ApprovalRule } from '../cycle/approval-rule.js';
import type { NomineeKind } from '../nomination/vocabulary.js';

/*
 * A council session (phiên họp): the standing office composes an agenda, opens it, every member
 * of the cycle's council casts ONE ballot for the whole agenda (or sends a written opinion), and
 * the count is recorded once, in the minutes. The session's own stream holds who voted, never how:
 * the choices go straight from the API into the ballot box (see libs/persistence/src/ballots),
 * so nothing here, and nothing in Temporal, depends on them.
 */

/** Names that API clients rely on: keep them exactly. */
export const SessionStatus = { DRAFT: 'DRAFT', VOTING: 'VOTING', CLOSED: 'CLOSED', INQUORATE: 'INQUORATE' } as const;
export type SessionStatus = (typeof SessionStatus)[keyof typeof SessionStatus];

export const CouncilRole = { CHAIR: 'CHAIR', SECRETARY: 'SECRETARY', MEMBER: 'MEMBER' } as const;
export type CouncilRole = (typeof CouncilRole)[keyof typeof CouncilRole];
export const COUNCIL_ROLES = Object.values(CouncilRole);

/**
 * How a member recused for a candidate counts toward that candidate's threshold (a cycle setting):
 * as a member who did not agree (the law's default: the share is of all members), or not at all
 * (the share is of the members who were not recused).
 */
export const RecusalCounting = { AS_NOT_AGREEING: 'AS_NOT_AGREEING', EXCLUDED: 'EXCLUDED' } as const;
export type RecusalCounting = (typeof RecusalCounting)[keyof typeof RecusalCounting];
export const RECUSAL_COUNTINGS = Object.values(RecusalCounting);

/** A member of the cycle's council. */
export interface SessionMember {
  username: string;
  fullName: string;
  title: string;
  /** The member's own unit: recused for that unit's candidates. */
  unitCode: string | null;
  councilRole: CouncilRole;
}

export interface AgendaItem {
  nominationId: string;
  workflowId: string;
  unitCode: string;
  nomineeName: string;
  nomineeKind: NomineeKind;
  blockScore: number | null;
}

export type RecusalReason = 'SAME_UNIT' | 'DECLARED';
export interface Recusal {
  member: string;
  nominationId: string;
  reason: RecusalReason;
  /** The member's own words when declared. */
  note?: string;
}

/** How a member's ballot reached the box: cast in person (in the app), or a written opinion recorded by the standing office. */
export type BallotVia = 'BALLOT' | 'WRITTEN_OPINION';

export interface ReceivedBallot {
  member: string;
  via: BallotVia;
  /** The scanned letter of a written opinion. */
  documentId?: string;
}

export interface SessionBallot {
  taskId: string;
  member: string;
}

/** One candidate's count: never who chose what. */
export interface CandidateTally {
  agree: number;
  disagree: number;
  abstain: number;
  recused: number;
  /** Members who cast no ballot (and were not recused for this candidate). */
  notVoted: number;
  /** The members the share is counted on (all members, or all but the recused: see RecusalCounting). */
  members: number;
}

export interface CandidateResult {
  nominationId: string;
  tally: CandidateTally;
  agreesNeeded: number;
  passed: boolean;
}

export interface SessionQuorum {
  members: number;
  cast: number;
  needed: number;
  reached: boolean;
}

export interface SessionRules {
  approvalRule: ApprovalRule;
  recusalCounting: RecusalCounting;
}

/** Who closed the session: the standing office, or the process (all voted, or its time). */
export type SessionCloser = { kind: 'PERSON'; username: string } | { kind: 'PROCESS'; why: 'ALL_VOTED' | 'DUE' };

export interface SessionView {
  id: string;
  workflowId: string;
  cycleCode: string;
  title: string;
  meetingAt: string;
  status: SessionStatus;
  agenda: AgendaItem[];
  rules: SessionRules;
  /** Set when the session opens: the cycle's council as it stood then. */
  members: SessionMember[];
  conflicts: Recusal[];
  recusals: Recusal[];
  ballots: SessionBallot[];
  received: ReceivedBallot[];
  /** When the ballots are due (the cycle's council vote target, or a window after a late opening). */
  dueAt: string | null;
  quorum: SessionQuorum | null;
  /** Only after a quorate close. */
  results: CandidateResult[] | null;
  composedBy: string;
  composedAt: string;
  openedAt: string | null;
  closedAt: string | null;
  closedBy: SessionCloser | null;
  version: number;
}

type Event<Type extends string, Data> = { type: Type; data: Data };

export type SessionEvent =
  | Event<
      'SessionComposed',
      {
        sessionId: string;
        workflowId: string;
        cycleCode: string;
        title: string;
        meetingAt: string;
        rules: SessionRules;
        composedBy: string;
      }
    >
  | Event<'AgendaItemAdded', { item: AgendaItem }>
  | Event<'AgendaItemRemoved', { nominationId: string; why: 'BY_STANDING_OFFICE' | 'WITHDRAWN' | 'LEFT_STAGE' }>
  /** `recused`: declared while voting, so the member is recused at once (absent before that rule). */
  | Event<'ConflictDeclared', { member: string; nominationId: string; note: string; recused?: true }>
  | Event<'SessionOpened', { members: SessionMember[]; recusals: Recusal[]; ballots: SessionBallot[]; dueAt: string }>
  | Event<'BallotReceived', { member: string; via: BallotVia; taskId: string; documentId?: string }>
  /** The cycle's council vote target moved while the session was voting: the ballots are due at `dueAt`. */
  | Event<'SessionDueMoved', { dueAt: string; previousDueAt: string; calendarVersion: number; reason: string }>
  | Event<'SessionClosed', { by: SessionCloser; quorum: SessionQuorum; results: CandidateResult[] }>
  | Event<'SessionInquorate', { by: SessionCloser; quorum: SessionQuorum }>;

export type SessionEventType = SessionEvent['type'];

/** As recorded: `key` makes appending idempotent, `occurredAt` is an ISO instant. */
export type RecordedSessionEvent = SessionEvent & { key: string; actor: string; occurredAt: string };

/** The one fold of a session's events: the workflow, the read model and the replay checks all use it. */
export function evolveSession(view: SessionView | null, event: RecordedSessionEvent): SessionView {
  if (event.type === 'SessionComposed') {
    const d = event.data;
    return {
      id: d.sessionId,
      workflowId: d.workflowId,
      cycleCode: d.cycleCode,
      title: d.title,
      meetingAt: d.meetingAt,
      status: SessionStatus.DRAFT,
      agenda: [],
      rules: d.rules,
      members: [],
      conflicts: [],
      recusals: [],
      ballots: [],
      received: [],
      dueAt: null,
      quorum: null,
      results: null,
      composedBy: d.composedBy,
      composedAt: event.occurredAt,
      openedAt: null,
      closedAt: null,
      closedBy: null,
      version: 1,
    };
  }
  if (view === null) throw new Error(`${event.type} before SessionComposed`);
  const next: SessionView = { ...view, version: view.version + 1 };
  switch (event.type) {
    case 'AgendaItemAdded':
      return { ...next, agenda: [...view.agenda, event.data.item] };
    case 'AgendaItemRemoved': {
      const { nominationId } = event.data;
      return {
        ...next,
        agenda: view.agenda.filter((i) => i.nominationId !== nominationId),
        conflicts: view.conflicts.filter((r) => r.nominationId !== nominationId),
        recusals: view.recusals.filter((r) => r.nominationId !== nominationId),
      };
    }
    case 'ConflictDeclared': {
      const { recused, ...conflict } = event.data;
      const declared = { ...conflict, reason: 'DECLARED' as const };
      return { ...next, conflicts: [...view.conflicts, declared], ...(recused ? { recusals: [...view.recusals, declared] } : {}) };
    }
    case 'SessionOpened':
      return {
        ...next,
        status: SessionStatus.VOTING,
        members: event.data.members,
        recusals: event.data.recusals,
        ballots: event.data.ballots,
        dueAt: event.data.dueAt,
        openedAt: event.occurredAt,
      };
    case 'BallotReceived': {
      const { member, via, documentId } = event.data;
      return { ...next, received: [...view.received, documentId === undefined ? { member, via } : { member, via, documentId }] };
    }
    case 'SessionDueMoved':
      return { ...next, dueAt: event.data.dueAt };
    case 'SessionClosed':
      return {
        ...next,
        status: SessionStatus.CLOSED,
        quorum: event.data.quorum,
        results: event.data.results,
        closedAt: event.occurredAt,
        closedBy: event.data.by,
      };
    case 'SessionInquorate':
      return { ...next, status: SessionStatus.INQUORATE, quorum: event.data.quorum, closedAt: event.occurredAt, closedBy: event.data.by };
    default: {
      const unknown: never = event;
      throw new Error(`Unknown session event ${JSON.stringify(unknown)}`);
    }
  }
}

export function foldSession(events: readonly RecordedSessionEvent[]): SessionView | null {
  return events.reduce<SessionView | null>(evolveSession, null);
}

/** Whether the member still has to vote. */
export function awaitsBallotFrom(view: SessionView, member: string): boolean {
  return view.ballots.some((b) => b.member === member) && !view.received.some((r) => r.member === member);
}

/** The candidates a member votes on: the agenda without those the member is recused for. */
export function candidatesFor(view: SessionView, member: string): AgendaItem[] {
  const recused = new Set(view.recusals.filter((r) => r.member === member).map((r) => r.nominationId));
  return view.agenda.filter((i) => !recused.has(i.nominationId));
}

/** The id of a session's workflow, visible in the Temporal UI. */
export function councilSessionWorkflowId(sessionId: string): string {
  return `council-session-${sessionId}`;
}
