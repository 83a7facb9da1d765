/**
 * A nomination's history as the tests tell it: one builder per recorded event, with sensible
 * keys, actors and Hanoi-calendar times of the Sơ kết 2016–2018 cycle (cutoff "trước ngày
 * 29/4/2018", conference 08/06/2018), and whole histories up to each stage.
 *
 *   nominationSpec.given(votingOpen(9)).when(castBallot(3)).then([ballotCast(3)]);
 */
import { agreesNeeded, quorumNeeded } from '../cycle/approval-rule.js';
import type { CycleRules } from '../cycle/cycle-rules.js';
import type { Tally } from '../council/tally.js';
import type { Actor } from '../organisation/actor.js';
import { decide } from '../nomination/decide.js';
import {
  recorded,
  SYSTEM_ACTOR,
  type CompensationCause,
  type EventOfType,
  type NominationEvent,
  type NominationTargets,
  type RecordedEvent,
} from '../nomination/events.js';
import { nominationWorkflowId, nomineeKey } from '../nomination/nominee-key.js';
import { evolve, type NominationState } from '../nomination/state.js';
import type { Dossier, NominationStage, Nominee, TaskType } from '../nomination/vocabulary.js';
import { blockReviewer, councilMember, minister, nominatingOfficer, BLOCK_VI, NOMINATING_UNIT } from './actors.js';
import { DeciderSpecification } from './decider-spec.js';

/** The nomination decider under test: no state before its submission. */
export const nominationSpec = DeciderSpecification.for({
  decide,
  evolve,
  initialState: (): NominationState | null => null,
  compareAs: ({ type, data }: NominationEvent) => ({ type, data }),
});

export const CYCLE = 'SK-2016-2018';
export const NOMINATION_ID = 'nomination-0001';

export const NOMINEE: Nominee = {
  kind: 'INDIVIDUAL',
  fullName: 'Nguyễn Văn Hùng',
  position: 'Trưởng phòng Kỹ thuật',
  field: 'Quản lý dự án',
  remoteArea: false,
  continuousYears: 3,
};

export const DOSSIER: Dossier = {
  nominee: NOMINEE,
  achievements: 'Hoàn thành xuất sắc nhiệm vụ quản lý dự án giai đoạn 2016–2018',
  initiatives: ['Sáng kiến quản lý tiến độ dự án'],
  documents: [{ kind: 'ACHIEVEMENT_REPORT', title: 'Báo cáo thành tích', sha256: 'a'.repeat(64) }],
};

export const RULES: CycleRules = {
  cycleCode: CYCLE,
  approvalRule: 'MAJORITY_OF_MEMBERS',
  maxChangeRounds: 2,
  decisionSuffix: 'QĐ-BTNMT',
};

/** The cycle's targets, copied into the nomination when it is submitted (Hanoi time in the comments). */
export const TARGETS: NominationTargets = {
  blockReviewTarget: '2018-05-10T10:00:00.000Z', // 10/05/2018 17:00
  councilVoteTarget: '2018-05-20T10:00:00.000Z', // 20/05/2018 17:00
  decisionTarget: '2018-05-31T10:00:00.000Z', // 31/05/2018 17:00
  conferenceDate: '2018-06-08T01:00:00.000Z', // 08/06/2018 08:00
  revisionDays: 10,
};

/** When things happen in the default story. */
export const T = {
  submitted: '2018-04-20T02:00:00.000Z', // 20/04/2018 09:00, before the cutoff
  changesRequested: '2018-05-03T03:00:00.000Z', // 03/05/2018 10:00
  resubmitted: '2018-05-07T03:00:00.000Z',
  endorsed: '2018-05-08T03:00:00.000Z',
  voteOpened: '2018-05-08T03:01:00.000Z',
  ballot: '2018-05-15T02:00:00.000Z',
  voteClosed: '2018-05-20T10:00:00.000Z',
  decided: '2018-05-25T03:00:00.000Z',
  conference: TARGETS.conferenceDate,
  revoked: '2019-03-01T03:00:00.000Z',
} as const;

export const DAY = 86_400_000;
export const plusDays = (instant: string, days: number) => new Date(Date.parse(instant) + days * DAY).toISOString();

/** Task ids: the n-th review task, the revision of round n, member n's ballot, the minister's task. */
export const reviewTask = (n = 1) => `review-${n}`;
export const revisionTask = (round = 1) => `revision-${round}`;
export const ballotTask = (member: number) => `ballot-${member}`;
export const DECISION_TASK = 'decision-1';

export const BLOCK_LIST_REF = `${BLOCK_VI.code}/${CYCLE}`;
export const AGENDA_REF = `${CYCLE}/${NOMINATION_ID}`;
export const SEAT_REF = `${CYCLE}/${NOMINATION_ID}`;

/** When and by whom an event was recorded, and its key (the event type unless given). */
export interface Stamp {
  at?: string;
  by?: Actor | string;
  key?: string;
}

type Recorded<E extends NominationEvent> = E & { key: string; actor: string; occurredAt: string };

function stamp<E extends NominationEvent>(event: E, defaults: { at: string; by: Actor | string }, s: Stamp = {}): Recorded<E> {
  const by = s.by ?? defaults.by;
  return recorded(event, s.key ?? event.type, typeof by === 'string' ? by : by.username, s.at ?? defaults.at);
}

type Data<T extends NominationEvent['type']> = EventOfType<T>['data'];

// ------------------------------------------------------------------------------------ submission

export function submitted(overrides: Partial<Data<'NominationSubmitted'>> = {}, s?: Stamp): Recorded<EventOfType<'NominationSubmitted'>> {
  const data: Data<'NominationSubmitted'> = {
    nominationId: NOMINATION_ID,
    workflowId: nominationWorkflowId(CYCLE, NOMINATING_UNIT, NOMINEE),
    cycleCode: CYCLE,
    unitCode: NOMINATING_UNIT,
    blockCode: BLOCK_VI.code,
    reviewerUnitCode: BLOCK_VI.leaderUnitCode,
    nomineeKey: nomineeKey(NOMINEE),
    dossier: DOSSIER,
    rules: RULES,
    targets: TARGETS,
    reviewTaskId: reviewTask(1),
    ...overrides,
  };
  return stamp({ type: 'NominationSubmitted', data }, { at: T.submitted, by: nominatingOfficer }, s);
}

export function blockListEntryAdded(ref = BLOCK_LIST_REF, s?: Stamp) {
  return stamp({ type: 'BlockListEntryAdded', data: { ref } }, { at: T.submitted, by: nominatingOfficer }, s);
}

// ------------------------------------------------------------------------------------ block review

export function changesRequested(
  { round = 1, reason = 'Bổ sung biên bản họp bình xét của đơn vị', at = T.changesRequested } = {},
  s?: Omit<Stamp, 'at'>,
) {
  const data = { round, reason, revisionTaskId: revisionTask(round), revisionDueAt: plusDays(at, TARGETS.revisionDays) };
  return stamp({ type: 'ChangesRequested', data }, { at, by: blockReviewer }, s);
}

export function resubmitted({ round = 1, changes = 'Đã bổ sung biên bản họp bình xét' } = {}, s?: Stamp) {
  return stamp(
    { type: 'NominationResubmitted', data: { round, changes, reviewTaskId: reviewTask(round + 1) } },
    { at: T.resubmitted, by: nominatingOfficer },
    s,
  );
}

export function endorsed(score = 85, s?: Stamp, reviewerUnitCode = BLOCK_VI.leaderUnitCode) {
  return stamp({ type: 'BlockEndorsed', data: { score, reviewerUnitCode } }, { at: T.endorsed, by: `unit.${reviewerUnitCode}` }, s);
}

// ------------------------------------------------------------------------------------ council

export function councilAgendaItemAdded(ref = AGENDA_REF, s?: Stamp) {
  return stamp({ type: 'CouncilAgendaItemAdded', data: { ref } }, { at: T.voteOpened, by: SYSTEM_ACTOR }, s);
}

/** Ballots for council.1 … council.n, task ids ballot-1 … ballot-n. */
export function ballotsFor(members: number) {
  return Array.from({ length: members }, (_, i) => ({ taskId: ballotTask(i + 1), member: councilMember(i + 1).username }));
}

export function votingOpened(members = 9, s?: Stamp) {
  const ballots = ballotsFor(members);
  return stamp({ type: 'CouncilVotingOpened', data: { members, ballots } }, { at: T.voteOpened, by: SYSTEM_ACTOR }, s);
}

export function ballotCast(member: number, s?: Stamp) {
  const by = councilMember(member);
  return stamp(
    { type: 'BallotCast', data: { member: by.username, taskId: ballotTask(member) } },
    { at: T.ballot, by },
    { key: `BallotCast:${by.username}`, ...s },
  );
}

/** Ballots cast by council.1 … council.n. */
export function ballotsCast(count: number, s?: Stamp) {
  return Array.from({ length: count }, (_, i) => ballotCast(i + 1, s));
}

export function tally(agree: number, disagree = 0, abstain = 0, members = 9): Tally {
  return { agree, disagree, abstain, members };
}

/** What a count records besides its outcome: the rule and the numbers it needed. */
export function counted(t: Tally, rules: CycleRules = RULES) {
  return {
    tally: t,
    approvalRule: rules.approvalRule,
    agreesNeeded: agreesNeeded(rules.approvalRule, t.members),
    quorumNeeded: quorumNeeded(t.members),
  };
}

export function votePassed(t: Tally = tally(7, 1, 1), s?: Stamp) {
  return stamp(
    { type: 'CouncilVotePassed', data: { ...counted(t), decisionTaskId: DECISION_TASK } },
    { at: T.voteClosed, by: SYSTEM_ACTOR },
    s,
  );
}

export function voteFailed(t: Tally, reason: 'QUORUM_NOT_REACHED' | 'NOT_ENOUGH_AGREES', s?: Stamp) {
  return stamp({ type: 'CouncilVoteFailed', data: { ...counted(t), reason } }, { at: T.voteClosed, by: SYSTEM_ACTOR }, s);
}

// ------------------------------------------------------------------------------------ minister

export function ministerApproved(
  { by = minister, decisionNumber = '382/QĐ-BTNMT' }: { by?: Actor; decisionNumber?: string } = {},
  s?: Stamp,
) {
  const onBehalfOfMinister = !by.roles.includes('MINISTER');
  const data = {
    decisionNumber,
    signedBy: by.username,
    signerName: by.fullName,
    signature: `${onBehalfOfMinister ? 'KT. BỘ TRƯỞNG / THỨ TRƯỞNG' : 'BỘ TRƯỞNG'} ${by.fullName}`,
    onBehalfOfMinister,
  };
  return stamp({ type: 'MinisterApproved', data }, { at: T.decided, by }, s);
}

export function ministerRejected(reason = 'Thành tích chưa tiêu biểu', s?: Stamp) {
  return stamp({ type: 'MinisterRejected', data: { reason } }, { at: T.decided, by: minister }, s);
}

export function seatReserved(ref = SEAT_REF, s?: Stamp) {
  return stamp({ type: 'ConferenceSeatReserved', data: { ref } }, { at: T.decided, by: SYSTEM_ACTOR }, s);
}

// ------------------------------------------------------------------------------------ conference

export function honoured({ rank = 7, certificateNumber = `${CYCLE}/007` } = {}, s?: Stamp) {
  return stamp(
    { type: 'NominationHonoured', data: { certificateNumber, rank, conferenceDate: TARGETS.conferenceDate } },
    { at: T.conference, by: SYSTEM_ACTOR },
    s,
  );
}

export function recognised(rank: number | null = 71, reason: 'BEYOND_QUOTA' | 'CONFERENCE_ALREADY_HELD' = 'BEYOND_QUOTA', s?: Stamp) {
  return stamp({ type: 'NominationRecognised', data: { rank, reason } }, { at: T.conference, by: SYSTEM_ACTOR }, s);
}

export function seatReleased(ref = SEAT_REF, s?: Stamp) {
  return stamp({ type: 'ConferenceSeatReleased', data: { ref } }, { at: T.conference, by: SYSTEM_ACTOR }, s);
}

// ------------------------------------------------------------------------------------ endings

export function nominationRejected(stage: NominationStage, reason = 'Không đạt tiêu chuẩn', s?: Stamp) {
  return stamp({ type: 'NominationRejected', data: { stage, reason } }, { at: T.changesRequested, by: blockReviewer }, s);
}

export function withdrawn(stage: NominationStage, reason = 'Withdrawn by the unit', s?: Stamp) {
  return stamp({ type: 'NominationWithdrawn', data: { stage, reason } }, { at: T.changesRequested, by: nominatingOfficer }, s);
}

export function expired(stage: NominationStage, reason = 'Not resubmitted by the revision deadline', s?: Stamp) {
  return stamp({ type: 'NominationExpired', data: { stage, reason } }, { at: T.changesRequested, by: SYSTEM_ACTOR }, s);
}

export function revoked({ by = minister, reason = 'Thành tích không đúng sự thật', decisionNumber = '45/QĐ-BTNMT' } = {}, s?: Stamp) {
  const onBehalfOfMinister = !by.roles.includes('MINISTER');
  const data = {
    reason,
    decisionNumber,
    signedBy: by.username,
    signerName: by.fullName,
    signature: `${onBehalfOfMinister ? 'KT. BỘ TRƯỞNG / THỨ TRƯỞNG' : 'BỘ TRƯỞNG'} ${by.fullName}`,
    onBehalfOfMinister,
  };
  return stamp({ type: 'NominationRevoked', data }, { at: T.revoked, by }, s);
}

// ------------------------------------------------------------------------------------ deadlines and dates

export interface TaskFacts {
  id: string;
  type: TaskType;
  dueAt: string | null;
}

export function taskReminded(task: TaskFacts, s?: Stamp) {
  const data = { taskId: task.id, taskType: task.type, dueAt: task.dueAt as string };
  return stamp({ type: 'TaskReminded', data }, { at: task.dueAt ?? T.voteClosed, by: SYSTEM_ACTOR }, s);
}

export function taskEscalated(task: TaskFacts, s?: Stamp) {
  const data = { taskId: task.id, taskType: task.type, dueAt: task.dueAt as string };
  return stamp({ type: 'TaskEscalated', data }, { at: plusDays(task.dueAt ?? T.voteClosed, 3), by: SYSTEM_ACTOR }, s);
}

export function targetsMoved(
  targets: NominationTargets,
  {
    calendarVersion = 2,
    reason = 'Lùi thời hạn do dịch COVID-19',
    previous = TARGETS,
  }: { calendarVersion?: number; reason?: string; previous?: NominationTargets } = {},
  s?: Stamp,
) {
  return stamp(
    { type: 'NominationTargetsMoved', data: { previous, targets, reason, calendarVersion } },
    { at: T.changesRequested, by: 'admin' },
    s,
  );
}

export function blockListEntryCompensated(cause: CompensationCause, ref = BLOCK_LIST_REF, s?: Stamp) {
  return stamp({ type: 'BlockListEntryCompensated', data: { ref, cause } }, { at: T.changesRequested, by: SYSTEM_ACTOR }, s);
}

export function councilAgendaItemCompensated(cause: CompensationCause, ref = AGENDA_REF, s?: Stamp) {
  return stamp({ type: 'CouncilAgendaItemCompensated', data: { ref, cause } }, { at: T.changesRequested, by: SYSTEM_ACTOR }, s);
}

export function conferenceSeatCompensated(cause: CompensationCause, ref = SEAT_REF, s?: Stamp) {
  return stamp({ type: 'ConferenceSeatCompensated', data: { ref, cause } }, { at: T.changesRequested, by: SYSTEM_ACTOR }, s);
}

// ------------------------------------------------------------------------------------ histories up to each stage

/** Submitted to its block: waiting for the block's review (the two events a submission records). */
export function atBlockReview(overrides: Partial<Data<'NominationSubmitted'>> = {}): RecordedEvent[] {
  return [submitted(overrides), blockListEntryAdded()];
}

/** Sent back `round` times (resubmitted in between), now waiting for the unit's revision. */
export function inRevision(round = 1, overrides: Partial<Data<'NominationSubmitted'>> = {}): RecordedEvent[] {
  const events: RecordedEvent[] = atBlockReview(overrides);
  for (let r = 1; r <= round; r++) {
    events.push(changesRequested({ round: r }));
    if (r < round) events.push(resubmitted({ round: r }));
  }
  return events;
}

/** Sent back `rounds` times and resubmitted each time: back at the block's review. */
export function resubmittedAfter(rounds = 1, overrides: Partial<Data<'NominationSubmitted'>> = {}): RecordedEvent[] {
  return [...inRevision(rounds, overrides), resubmitted({ round: rounds })];
}

/** Endorsed by the block; the council vote has not opened yet. */
export function atCouncilVote(score = 85, overrides: Partial<Data<'NominationSubmitted'>> = {}): RecordedEvent[] {
  return [...atBlockReview(overrides), endorsed(score)];
}

/** On the council's agenda, every one of `members` holding a ballot. */
export function votingOpen(members = 9, overrides: Partial<Data<'NominationSubmitted'>> = {}): RecordedEvent[] {
  return [...atCouncilVote(85, overrides), councilAgendaItemAdded(), votingOpened(members)];
}

/** The council passed it (7 of 9 agreed): waiting for the minister. */
export function atMinisterDecision(): RecordedEvent[] {
  return [...votingOpen(9), ...ballotsCast(9), votePassed(tally(7, 1, 1))];
}

/** Approved by the minister, with (or without) its conference seat. */
export function awaitingConference({ seat = true, by = minister }: { seat?: boolean; by?: Actor } = {}): RecordedEvent[] {
  return [...atMinisterDecision(), ministerApproved({ by }), ...(seat ? [seatReserved()] : [])];
}

/** Honoured on stage at the conference. */
export function honouredNomination(): RecordedEvent[] {
  return [...awaitingConference(), honoured()];
}

/** Recognised beyond the quota, its seat released. */
export function recognisedNomination(): RecordedEvent[] {
  return [...awaitingConference(), seatReleased(), recognised(71, 'BEYOND_QUOTA')];
}
