import {
  castCount,
  formatHanoiDate,
  formatHanoiDateTime,
  knownOutcomeReason,
  DOSSIER_FIELD_LABELS,
  NomineeKind,
  Role,
  SYSTEM_ACTOR,
  type CompensationCause,
  type NominationEventType,
  type NominationTargets,
  type StoredEvent,
} from '#domain';

/*
 * A nomination's history told to a person, in Vietnamese: one plain sentence per recorded fact.
 * Pure: the events and the names to show (looked up by the caller) in, the sentences out.
 * Ballots say who voted, never how.
 */

/** Every event type of a nomination (a type added to the domain must be added here: the compiler says so). */
const EVENT_TYPE_SET = {
  NominationSubmitted: true,
  BlockListEntryAdded: true,
  ChangesRequested: true,
  NominationResubmitted: true,
  BlockEndorsed: true,
  CouncilAgendaItemAdded: true,
  CouncilVotingOpened: true,
  BallotCast: true,
  CouncilVotePassed: true,
  CouncilVoteFailed: true,
  MinisterApproved: true,
  MinisterRejected: true,
  ConferenceSeatReserved: true,
  NominationHonoured: true,
  NominationRecognised: true,
  ConferenceSeatReleased: true,
  NominationRejected: true,
  NominationWithdrawn: true,
  NominationExpired: true,
  NominationRevoked: true,
  TaskReminded: true,
  TaskEscalated: true,
  NominationTargetsMoved: true,
  BlockListEntryCompensated: true,
  CouncilAgendaItemCompensated: true,
  ConferenceSeatCompensated: true,
  CouncilAgendaItemRemoved: true,
  CouncilSessionInquorate: true,
  ProposalEntryAdded: true,
  ProposalEntryRemoved: true,
  ProposalEntryCompensated: true,
  NominationNotProposed: true,
  DraftCreated: true,
  DossierEdited: true,
  DocumentAttached: true,
  DraftLapsed: true,
} satisfies Record<NominationEventType, true>;
export const NOMINATION_EVENT_TYPES = Object.keys(EVENT_TYPE_SET) as NominationEventType[];

/** The names a timeline shows, by username and by code (what the events carry). */
export interface TimelineNames {
  users: Record<string, { fullName: string; roles: string[] }>;
  units: Record<string, string>;
  blocks: Record<string, string>;
}

export interface TimelineEntry {
  at: string;
  type: NominationEventType;
  actor: { username: string; name: string } | null;
  text: string;
}

/** The usernames, unit codes and block codes whose names the timeline of these events shows. */
export function namesNeeded(events: readonly StoredEvent[]): { usernames: string[]; unitCodes: string[]; blockCodes: string[] } {
  const usernames = new Set<string>();
  const unitCodes = new Set<string>();
  const blockCodes = new Set<string>();
  for (const event of events) {
    if (event.actor !== SYSTEM_ACTOR) usernames.add(event.actor);
    if (event.type === 'BallotCast') usernames.add(event.data.member);
    if (event.type === 'NominationSubmitted' || event.type === 'DraftCreated') {
      unitCodes.add(event.data.unitCode);
      blockCodes.add(event.data.blockCode);
    }
  }
  return { usernames: [...usernames], unitCodes: [...unitCodes], blockCodes: [...blockCodes] };
}

const COUNCIL = 'Hội đồng Thi đua – Khen thưởng Bộ';
const ON_BEHALF = 'ký thay Bộ trưởng (KT. BỘ TRƯỞNG / THỨ TRƯỞNG)';

const STAGE: Record<string, string> = {
  BLOCK_REVIEW: 'xét duyệt của Khối/Cụm thi đua',
  REVISION: 'bổ sung hồ sơ',
  COUNCIL_VOTE: 'bỏ phiếu của Hội đồng',
  MINISTER_DECISION: 'quyết định của Bộ trưởng',
  AWAITING_CONFERENCE: 'chờ hội nghị biểu dương',
  CLOSED: 'đã kết thúc',
};

const CAUSE: Record<CompensationCause, string> = {
  REJECTED: 'hồ sơ không được chấp thuận',
  WITHDRAWN: 'đơn vị đã rút hồ sơ',
  EXPIRED: 'hồ sơ đã hết hạn',
  REVOKED: 'việc công nhận đã bị thu hồi',
  NOT_PROPOSED: 'hồ sơ không được đề nghị công nhận',
};

const TARGETS: [keyof NominationTargets, string][] = [
  ['blockReviewTarget', 'hạn xét duyệt của Khối/Cụm thi đua'],
  ['councilVoteTarget', 'hạn bỏ phiếu của Hội đồng'],
  ['decisionTarget', 'hạn quyết định công nhận'],
  ['conferenceDate', 'ngày hội nghị biểu dương'],
];

/** "— lý do: …", or nothing when there is no reason to tell. */
const because = (reason: string | null | undefined) => (reason?.trim() ? ` — lý do: ${reason.trim()}` : '');

/** The timeline of a nomination's events, oldest first. */
export function presentTimeline(events: readonly StoredEvent[], names: TimelineNames): TimelineEntry[] {
  // What earlier events said that later sentences need: who nominated, which block reviews, the revision deadline.
  let unitCode = '';
  let blockCode = '';
  let changeRounds = 0;
  let revisionDueAt: string | null = null;

  const person = (username: string) => names.users[username]?.fullName ?? username;
  const unit = () => names.units[unitCode] ?? unitCode;
  const block = () => names.blocks[blockCode] ?? blockCode;
  const isDeputyMinister = (username: string) => {
    const roles = names.users[username]?.roles ?? [];
    return roles.includes(Role.DEPUTY_MINISTER) && !roles.includes(Role.MINISTER);
  };
  const taskName = (taskType: string) =>
    ({
      BLOCK_REVIEW: `xét duyệt hồ sơ của ${block()}`,
      REVISION: `bổ sung hồ sơ của đơn vị ${unit()}`,
      COUNCIL_BALLOT: 'bỏ phiếu của thành viên Hội đồng',
      MINISTER_DECISION: 'quyết định công nhận của Bộ trưởng',
    })[taskType] ?? taskType;

  const sentence = (event: StoredEvent): string => {
    switch (event.type) {
      case 'NominationSubmitted': {
        const d = event.data;
        unitCode = d.unitCode;
        blockCode = d.blockCode;
        const kind = d.dossier.nominee.kind === NomineeKind.COLLECTIVE ? 'tập thể' : 'cá nhân';
        return `Đơn vị ${unit()} nộp hồ sơ đề nghị công nhận điển hình tiên tiến cho ${kind} ${d.dossier.nominee.fullName}`;
      }
      case 'DraftCreated': {
        const d = event.data;
        unitCode = d.unitCode;
        blockCode = d.blockCode;
        return `Đơn vị ${unit()} bắt đầu soạn hồ sơ (bản nháp) cho ${d.dossier.nominee.fullName}`;
      }
      case 'DossierEdited':
        return `Đơn vị sửa hồ sơ: ${event.data.changed.map(dossierFieldLabel).join(', ')}`;
      case 'DocumentAttached': {
        const doc = event.data.document;
        return doc.version && doc.version > 1
          ? `Đơn vị tải lên phiên bản ${doc.version} của tài liệu “${doc.title}”`
          : `Đơn vị tải lên tài liệu “${doc.title}”`;
      }
      case 'DraftLapsed':
        return `Hết hạn nộp hồ sơ (${formatHanoiDateTime(event.data.cutoff)}) mà bản nháp chưa được nộp: hồ sơ được lưu, không được xét`;
      case 'BlockListEntryAdded':
        return `Hồ sơ được đưa vào danh sách xét duyệt của ${block()}`;
      case 'ChangesRequested':
        changeRounds = event.data.round;
        revisionDueAt = event.data.revisionDueAt;
        return (
          `${event.data.from === 'COUNCIL_VOTE' ? 'Thường trực Hội đồng thẩm định và' : block()} yêu cầu bổ sung hồ sơ${because(event.data.reason)} ` +
          `(lần ${event.data.round}, hạn bổ sung ${formatHanoiDateTime(event.data.revisionDueAt)})`
        );
      case 'NominationResubmitted':
        return `Đơn vị ${unit()} bổ sung và nộp lại hồ sơ — nội dung bổ sung: ${event.data.changes}`;
      case 'BlockEndorsed':
        return `${block()} nhất trí đề nghị lên ${COUNCIL}, chấm ${event.data.score}/100 điểm`;
      case 'CouncilAgendaItemAdded':
        return `Hồ sơ được đưa vào chương trình họp của ${COUNCIL}`;
      case 'CouncilAgendaItemRemoved':
        return `Thường trực Hội đồng đưa hồ sơ ra khỏi chương trình phiên họp; hồ sơ chờ phiên họp sau`;
      case 'CouncilSessionInquorate':
        return `Phiên họp của ${COUNCIL} không đủ số thành viên tham gia bỏ phiếu nên không kiểm phiếu; hồ sơ chờ phiên họp sau`;
      case 'ProposalEntryAdded':
        return 'Thường trực Hội đồng đưa hồ sơ vào tờ trình đề nghị Bộ trưởng công nhận';
      case 'ProposalEntryRemoved':
        return `Bộ trưởng trả lại tờ trình cho Thường trực Hội đồng${because(event.data.reason)}; hồ sơ chờ tờ trình mới`;
      case 'ProposalEntryCompensated':
        return `Hồ sơ được rút khỏi tờ trình đề nghị Bộ trưởng vì ${CAUSE[event.data.cause] ?? event.data.cause}`;
      case 'NominationNotProposed':
        return `Hồ sơ đã được Hội đồng thông qua nhưng không được đề nghị công nhận (Quyết định số ${event.data.decisionNumber})${because(event.data.reason)}`;
      case 'CouncilVotingOpened':
        return `${COUNCIL} bắt đầu bỏ phiếu kín (${event.data.members} thành viên)`;
      case 'BallotCast':
        return `Thành viên Hội đồng ${person(event.data.member)} đã bỏ phiếu`;
      case 'CouncilVotePassed': {
        const { tally, agreesNeeded } = event.data;
        const closedBy = event.actor === SYSTEM_ACTOR ? '' : `${person(event.actor)} kết thúc bỏ phiếu. `;
        return (
          `${closedBy}${COUNCIL} thông qua: ${tally.agree}/${tally.members} thành viên đồng ý (cần ${agreesNeeded}), ` +
          `${tally.disagree} không đồng ý, ${tally.abstain} không biểu quyết`
        );
      }
      case 'CouncilVoteFailed': {
        const { tally, agreesNeeded, quorumNeeded, reason } = event.data;
        const closedBy = event.actor === SYSTEM_ACTOR ? '' : `${person(event.actor)} kết thúc bỏ phiếu. `;
        // Without quorum the vote was not counted (since rules version 2 the tally is null): only how many voted.
        const cast = tally ? castCount(tally) : (event.data.cast ?? 0);
        const members = tally?.members ?? event.data.members ?? 0;
        return reason === 'QUORUM_NOT_REACHED' || tally === null
          ? `${closedBy}${COUNCIL} không đủ số thành viên bỏ phiếu: ${cast}/${members} thành viên đã bỏ phiếu, cần ít nhất ${quorumNeeded}`
          : `${closedBy}${COUNCIL} không thông qua: ${tally.agree}/${tally.members} thành viên đồng ý, cần ${agreesNeeded}`;
      }
      case 'MinisterApproved': {
        const d = event.data;
        const who = d.onBehalfOfMinister ? `Thứ trưởng ${d.signerName} ${ON_BEHALF}` : `Bộ trưởng ${d.signerName}`;
        return `${who} phê duyệt, công nhận điển hình tiên tiến — Quyết định số ${d.decisionNumber}`;
      }
      case 'MinisterRejected': {
        const who = isDeputyMinister(event.actor) ? `Thứ trưởng ${person(event.actor)} ${ON_BEHALF}` : `Bộ trưởng ${person(event.actor)}`;
        return `${who} không phê duyệt${because(event.data.reason)}`;
      }
      case 'ConferenceSeatReserved':
        return 'Hồ sơ được dành một chỗ tại hội nghị biểu dương';
      case 'NominationHonoured':
        return (
          `Được biểu dương tại hội nghị ngày ${formatHanoiDate(event.data.conferenceDate)}: xếp thứ ${event.data.rank}, ` +
          `giấy chứng nhận số ${event.data.certificateNumber}`
        );
      case 'NominationRecognised':
        return event.data.reason === 'BEYOND_QUOTA'
          ? `Được công nhận điển hình tiên tiến, xếp thứ ${event.data.rank ?? '—'}, ngoài số lượng biểu dương tại hội nghị`
          : 'Được công nhận điển hình tiên tiến, không có chỗ tại hội nghị biểu dương vì hội nghị đã diễn ra trước khi có quyết định';
      case 'ConferenceSeatReleased':
        return 'Chỗ tại hội nghị biểu dương được trả lại';
      case 'NominationRejected': {
        const { stage, reason } = event.data;
        if (stage === 'COUNCIL_VOTE') return 'Hồ sơ không được chấp thuận vì Hội đồng không thông qua';
        if (stage === 'MINISTER_DECISION')
          return `Hồ sơ không được chấp thuận theo quyết định của Bộ trưởng${reason.startsWith('Bộ trưởng không công nhận') ? because(reason) : ''}`;
        if (stage === 'BLOCK_REVIEW') {
          // The domain words a change request beyond the limit in English; the person's own reason follows the colon.
          const beyond = knownOutcomeReason(reason);
          if (beyond?.kind === 'TOO_MANY_CHANGE_REQUESTS') {
            return (
              `${block()} yêu cầu bổ sung hồ sơ lần thứ ${changeRounds + 1}, quá số lần cho phép (${beyond.maxRounds} lần): ` +
              `hồ sơ không được chấp thuận${because(beyond.reason)}`
            );
          }
          return `${block()} không chấp thuận hồ sơ${because(reason)}`;
        }
        return `Hồ sơ không được chấp thuận${because(reason)}`;
      }
      case 'NominationWithdrawn': {
        const reason = knownOutcomeReason(event.data.reason)?.kind === 'WITHDRAWN_BY_UNIT' ? '' : event.data.reason;
        return `Đơn vị ${unit()} rút hồ sơ ở bước ${STAGE[event.data.stage] ?? event.data.stage}${because(reason)}`;
      }
      case 'NominationExpired': {
        const { reason } = event.data;
        const known = knownOutcomeReason(reason);
        if (known?.kind === 'NOT_RESUBMITTED') {
          const due = revisionDueAt ? ` trước hạn ${formatHanoiDateTime(revisionDueAt)}` : ' đúng hạn';
          return `Hồ sơ hết hạn: đơn vị ${unit()} không bổ sung hồ sơ${due}`;
        }
        if (known?.kind === 'CLOSED_WITH_CYCLE') {
          return `Hồ sơ hết hạn: đợt đã kết thúc với hội nghị biểu dương ngày ${known.conferenceDate} khi chưa có quyết định công nhận`;
        }
        return `Hồ sơ hết hạn${because(reason)}`;
      }
      case 'NominationRevoked': {
        const d = event.data;
        const who = d.onBehalfOfMinister ? `Thứ trưởng ${d.signerName} ${ON_BEHALF}` : `Bộ trưởng ${d.signerName}`;
        return `${who} thu hồi việc công nhận — Quyết định số ${d.decisionNumber}${because(d.reason)}`;
      }
      case 'TaskReminded':
        return `Nhắc việc ${taskName(event.data.taskType)}: đến hạn ${formatHanoiDateTime(event.data.dueAt)}`;
      case 'TaskEscalated':
        return (
          `Việc ${taskName(event.data.taskType)} quá hạn ${formatHanoiDateTime(event.data.dueAt)} chưa hoàn thành: ` +
          'đã báo cáo Thường trực Hội đồng'
        );
      case 'NominationTargetsMoved': {
        const { previous, targets, reason } = event.data;
        const moved = TARGETS.filter(([key]) => previous[key] !== targets[key]).map(
          ([key, label]) => `${label} từ ${formatHanoiDateTime(String(previous[key]))} sang ${formatHanoiDateTime(String(targets[key]))}`,
        );
        return `Lịch của đợt được điều chỉnh${moved.length ? `: ${moved.join('; ')}` : ''}${because(reason)}`;
      }
      case 'BlockListEntryCompensated':
        return `Hồ sơ được rút khỏi danh sách xét duyệt của ${block()} vì ${CAUSE[event.data.cause] ?? event.data.cause}`;
      case 'CouncilAgendaItemCompensated':
        return `Hồ sơ được rút khỏi chương trình họp của ${COUNCIL} vì ${CAUSE[event.data.cause] ?? event.data.cause}`;
      case 'ConferenceSeatCompensated':
        return `Hủy chỗ tại hội nghị biểu dương vì ${CAUSE[event.data.cause] ?? event.data.cause}`;
      default: {
        const unknown: never = event;
        throw new Error(`Unknown event ${JSON.stringify(unknown)}`);
      }
    }
  };

  return events.map((event) => ({
    at: new Date(event.occurredAt).toISOString(),
    type: event.type,
    actor: event.actor === SYSTEM_ACTOR ? null : { username: event.actor, name: person(event.actor) },
    text: sentence(event),
  }));
}

/** The Vietnamese name of a dossier field a unit changed (the keys of DossierEdited). */
function dossierFieldLabel(key: string): string {
  return DOSSIER_FIELD_LABELS[key] ?? key;
}
