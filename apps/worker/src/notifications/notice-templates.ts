import { formatHanoiDate, formatHanoiDateTime, knownOutcomeReason, readableOutcomeReason } from '#domain';
import type { NoticeKind } from '#workflows';

/** What a notice is worded from: the facts the workflow sent, and names looked up for people to read. */
export interface NoticeContext {
  kind: NoticeKind;
  recipientName: string;
  cycle: { code: string; title: string; planReference: string };
  facts: Record<string, string | number | null>;
  /** The nominating unit's name, for notices about a nomination. */
  unitName?: string;
  /** Units named in the facts (the list of units that missed the cutoff). */
  units?: { code: string; name: string }[];
}

const TASK = {
  BLOCK_REVIEW: 'xét duyệt hồ sơ của Khối/Cụm thi đua',
  REVISION: 'bổ sung, hoàn thiện hồ sơ',
  COUNCIL_BALLOT: 'bỏ phiếu của thành viên Hội đồng Thi đua – Khen thưởng',
  MINISTER_DECISION: 'quyết định công nhận của Bộ trưởng',
} as Record<string, string>;

const STAGE = {
  DRAFT: 'soạn hồ sơ (bản nháp)',
  BLOCK_REVIEW: 'xét duyệt của Khối/Cụm thi đua',
  REVISION: 'bổ sung hồ sơ',
  COUNCIL_VOTE: 'bỏ phiếu của Hội đồng Thi đua – Khen thưởng Bộ',
  MINISTER_DECISION: 'quyết định của Bộ trưởng',
  AWAITING_CONFERENCE: 'chờ hội nghị biểu dương',
} as Record<string, string>;

const OUTCOME = {
  REJECTED: 'không được chấp thuận',
  NOT_PROPOSED: 'đã được Hội đồng thông qua nhưng không được đề nghị Bộ trưởng công nhận',
  EXPIRED: 'hết hạn do không bổ sung hồ sơ đúng hạn',
  WITHDRAWN: 'đã được đơn vị rút',
} as Record<string, string>;

const DATE_NAMES = {
  submissionCutoff: 'Hạn nộp hồ sơ',
  blockReviewTarget: 'Hạn xét duyệt của Khối/Cụm thi đua',
  councilVoteTarget: 'Hạn bỏ phiếu của Hội đồng',
  decisionTarget: 'Hạn quyết định công nhận',
  conferenceDate: 'Hội nghị biểu dương',
} as Record<string, string>;

const SIGNATURE =
  '\n\nThường trực Hội đồng Thi đua – Khen thưởng Bộ\n(Thư gửi tự động từ hệ thống xét công nhận điển hình tiên tiến; vui lòng không trả lời thư này.)';

const at = (instant: string | number | null | undefined) => (instant ? `${formatHanoiDateTime(instant)} (giờ Hà Nội)` : '');
const text = (value: string | number | null | undefined) => (value === null || value === undefined ? '' : String(value));
/** "ngày dd/MM/yyyy" (Hanoi), or nothing when the date is not known. */
const onDay = (instant: string | number | null | undefined) => (instant ? ` ngày ${formatHanoiDate(instant)}` : '');
/** " theo Quyết định số …", or nothing when there is no number. */
const byDecision = (number: string | number | null | undefined) => (number ? ` theo Quyết định số ${number}` : '');

/** How the conference ended for an approved nomination: honoured on stage, or recognised without a place. */
function conferenceOutcome(ctx: NoticeContext, greeting: string): { subject: string; body: string } {
  const { facts, cycle } = ctx;
  const nominee = text(facts.nominee);
  const conference = `Hội nghị biểu dương điển hình tiên tiến${onDay(facts.conferenceDate)}`;
  if (facts.status === 'HONOURED') {
    const certificate = facts.certificateNumber ? ` (Giấy chứng nhận số ${text(facts.certificateNumber)})` : '';
    return {
      subject: `Biểu dương điển hình tiên tiến: ${nominee}${certificate}`,
      body:
        greeting +
        `${nominee}, được công nhận điển hình tiên tiến${byDecision(facts.decisionNumber)}, đợt “${cycle.title}”, ` +
        `đã được biểu dương tại ${conference}` +
        (facts.rank === null || facts.rank === undefined ? '.\n' : ` (xếp thứ ${text(facts.rank)}).\n`) +
        (facts.certificateNumber ? `Giấy chứng nhận số ${text(facts.certificateNumber)}.` : '') +
        SIGNATURE,
    };
  }
  const beyondQuota = facts.reason === 'BEYOND_QUOTA';
  return {
    subject: `Công nhận điển hình tiên tiến: ${nominee}${byDecision(facts.decisionNumber)}, không biểu dương tại hội nghị`,
    body:
      greeting +
      `${nominee} được công nhận điển hình tiên tiến${byDecision(facts.decisionNumber)}, đợt “${cycle.title}”.\n` +
      (beyondQuota
        ? `Tại ${conference}, hồ sơ` +
          (facts.rank === null || facts.rank === undefined ? '' : ` xếp thứ ${text(facts.rank)},`) +
          ` ngoài số lượng được biểu dương tại hội nghị, nên không được biểu dương tại hội nghị.\n`
        : `${conference} của đợt đã diễn ra trước khi có quyết định công nhận, nên hồ sơ không được biểu dương tại hội nghị.\n`) +
      `Việc công nhận điển hình tiên tiến theo quyết định nêu trên vẫn giữ nguyên giá trị.` +
      SIGNATURE,
  };
}

/** A dossier's step of its block's review, told to its unit or its reviewer. */
function dossierStep(ctx: NoticeContext, greeting: string): { subject: string; body: string } {
  const { facts, cycle } = ctx;
  const nominee = text(facts.nominee);
  const unit = ctx.unitName ?? text(facts.unitCode);
  const reviewer =
    facts.by === 'STANDING_OFFICE'
      ? 'Thường trực Hội đồng Thi đua – Khen thưởng Bộ'
      : (ctx.units?.[0]?.name ?? 'đơn vị trưởng Khối/Cụm thi đua');
  const dossier = `hồ sơ đề nghị công nhận điển hình tiên tiến của ${nominee}, đợt “${cycle.title}”`;
  // The standing office checks completeness (thẩm định) of dossiers waiting for the council; a block reviews.
  const office = facts.by === 'STANDING_OFFICE';
  switch (ctx.kind) {
    case 'DOSSIER_RECEIVED':
      return {
        subject: `Đã tiếp nhận hồ sơ đề nghị của ${nominee}`,
        body:
          greeting +
          `Hệ thống đã tiếp nhận ${dossier}, lúc ${at(facts.submittedAt)}.\n` +
          `Hồ sơ đã được chuyển đến ${reviewer} để xét duyệt; hạn xét duyệt của Khối/Cụm thi đua: ${at(facts.dueAt)}.\n` +
          `Đơn vị theo dõi tiến độ xử lý hồ sơ trên hệ thống.` +
          SIGNATURE,
      };
    case 'DOSSIER_ARRIVED':
      return {
        subject: `Hồ sơ mới cần xét duyệt: ${nominee} (${unit})`,
        body:
          greeting +
          `${unit} đã gửi ${dossier} để Khối/Cụm thi đua xét duyệt.\n` +
          `Hạn xét duyệt: ${at(facts.dueAt)}. Hồ sơ có trong mục “Việc cần xử lý” của hệ thống.` +
          SIGNATURE,
      };
    case 'DOSSIER_RETURNED':
      return {
        subject: `Yêu cầu bổ sung hồ sơ của ${nominee}: hạn ${formatHanoiDateTime(text(facts.revisionDueAt))}`,
        body:
          greeting +
          `${reviewer} đề nghị đơn vị bổ sung, hoàn thiện ${dossier} (lần ${text(facts.round)}, tối đa ${text(facts.maxRounds)} lần).\n` +
          `Lý do: ${text(facts.reason)}\n` +
          (facts.what ? `Nội dung cần bổ sung: ${text(facts.what)}\n` : '') +
          `Đề nghị đơn vị sửa hồ sơ, tải lên tài liệu bổ sung và gửi lại trước ${at(facts.revisionDueAt)}; ` +
          `quá thời hạn này, hồ sơ không được xét tiếp.` +
          SIGNATURE,
      };
    case 'DOSSIER_RESUBMITTED':
      return {
        subject: `Đã tiếp nhận hồ sơ bổ sung của ${nominee}`,
        body:
          greeting +
          `Hệ thống đã tiếp nhận ${dossier}, đã được đơn vị bổ sung theo yêu cầu lần ${text(facts.round)}.\n` +
          `Nội dung đơn vị đã bổ sung: ${text(facts.changes)}\n` +
          `Hồ sơ đã được chuyển lại ${reviewer} để ${office ? 'thẩm định trước khi trình Hội đồng' : 'xét duyệt'}.` +
          SIGNATURE,
      };
    case 'DOSSIER_REVISED':
      return {
        subject: `Hồ sơ đã bổ sung cần xét duyệt lại: ${nominee} (${unit})`,
        body:
          greeting +
          `${unit} đã bổ sung ${dossier} theo yêu cầu lần ${text(facts.round)}.\n` +
          `Nội dung đơn vị đã bổ sung: ${text(facts.changes)}\n` +
          (office
            ? `Hồ sơ trở lại danh sách chờ phiên họp của Hội đồng; các thay đổi so với lần trước có trên trang hồ sơ.`
            : `Các thay đổi so với lần trước và việc xét duyệt lại có trong mục “Việc cần xử lý” của hệ thống.`) +
          SIGNATURE,
      };
    default:
      throw new Error(`Not a dossier step: ${ctx.kind}`);
  }
}

/** The Vietnamese subject and body of a notice. Dates are dd/MM/yyyy HH:mm in Hanoi time. */
export function composeNotice(ctx: NoticeContext): { subject: string; body: string } {
  const { facts, cycle } = ctx;
  const greeting = `Kính gửi: ${ctx.recipientName}.\n\n`;
  switch (ctx.kind) {
    case 'CUTOFF_REMINDER':
      return {
        subject: `Nhắc hạn nộp hồ sơ điển hình tiên tiến: còn ${facts.daysLeft} ngày, hạn trước ${formatHanoiDateTime(text(facts.cutoff))}`,
        body:
          greeting +
          `Theo ${cycle.planReference}, hồ sơ đề nghị công nhận điển hình tiên tiến đợt “${cycle.title}” phải gửi về Bộ trước ${at(facts.cutoff)}.\n` +
          `Đến nay Bộ chưa nhận được hồ sơ nào của đơn vị. Đề nghị đơn vị khẩn trương hoàn thiện và nộp hồ sơ trước thời hạn nêu trên.` +
          SIGNATURE,
      };
    case 'MISSED_CUTOFF':
      return {
        subject: `Thông báo hết hạn nộp hồ sơ điển hình tiên tiến (${formatHanoiDateTime(text(facts.cutoff))}): đơn vị chưa nộp hồ sơ`,
        body:
          greeting +
          `Đã hết hạn nộp hồ sơ đề nghị công nhận điển hình tiên tiến đợt “${cycle.title}” (trước ${at(facts.cutoff)}). ` +
          `Bộ chưa nhận được hồ sơ nào của đơn vị.\n` +
          `Hồ sơ gửi sau thời hạn không được xem xét, trừ khi Bộ thông báo lùi thời hạn.` +
          SIGNATURE,
      };
    case 'MISSING_UNITS': {
      const list = (ctx.units ?? []).map((u, i) => `${i + 1}. ${u.name} (${u.code})`).join('\n');
      return {
        subject: `Danh sách ${ctx.units?.length ?? 0} đơn vị chưa nộp hồ sơ đợt ${cycle.code} (hạn trước ${formatHanoiDateTime(text(facts.cutoff))})`,
        body:
          greeting +
          `Đến hạn nộp hồ sơ đợt “${cycle.title}” (trước ${at(facts.cutoff)}), các đơn vị sau chưa nộp hồ sơ nào:\n\n${list || '(không có)'}\n\n` +
          `Danh sách cũng có tại GET /api/v1/cycles/${cycle.code}/missing-units (xuất CSV với ?format=csv).` +
          SIGNATURE,
      };
    }
    case 'TASK_REMINDER': {
      const task = TASK[text(facts.taskType)] ?? text(facts.taskType);
      return {
        subject: `Nhắc việc: ${task} – đến hạn ${formatHanoiDateTime(text(facts.dueAt))}`,
        body:
          greeting +
          `Hồ sơ đề nghị công nhận điển hình tiên tiến của ${text(facts.nominee)} (${ctx.unitName ?? ''}), đợt “${cycle.title}”, ` +
          `đang chờ ${task}. Thời hạn ${at(facts.dueAt)} đã đến mà việc này chưa hoàn thành.\n` +
          `Đề nghị hoàn thành sớm; quá hạn 3 ngày, việc chậm sẽ được báo cáo Thường trực Hội đồng.` +
          SIGNATURE,
      };
    }
    case 'TASK_ESCALATION': {
      const task = TASK[text(facts.taskType)] ?? text(facts.taskType);
      return {
        subject: `Báo cáo chậm xử lý: ${task} quá hạn từ ${formatHanoiDateTime(text(facts.dueAt))}`,
        body:
          greeting +
          `Việc ${task} đối với hồ sơ của ${text(facts.nominee)} (${ctx.unitName ?? ''}), đợt “${cycle.title}”, ` +
          `đã quá hạn ${at(facts.dueAt)} hơn 3 ngày mà chưa hoàn thành (người được giao: ${text(facts.assignee)}).\n` +
          `Đề nghị Thường trực Hội đồng đôn đốc xử lý.` +
          SIGNATURE,
      };
    }
    case 'NOMINATION_OUTCOME': {
      if (facts.status === 'REVOKED') {
        return {
          subject: `Thu hồi công nhận điển hình tiên tiến của ${text(facts.nominee)} (Quyết định số ${text(facts.decisionNumber)})`,
          body:
            greeting +
            `Bộ trưởng đã ban hành Quyết định số ${text(facts.decisionNumber)} thu hồi việc công nhận điển hình tiên tiến của ` +
            `${text(facts.nominee)}, đợt “${cycle.title}”.\nLý do: ${text(facts.reason)}\n` +
            `Giấy chứng nhận và chỗ tại hội nghị (nếu có) không còn giá trị.` +
            SIGNATURE,
        };
      }
      if (facts.status === 'NOT_SUBMITTED') {
        return {
          subject: `Bản nháp hồ sơ của ${text(facts.nominee)} chưa được nộp trước hạn`,
          body:
            greeting +
            `Đã hết hạn nộp hồ sơ của đợt “${cycle.title}” mà bản nháp hồ sơ đề nghị công nhận điển hình tiên tiến của ` +
            `${text(facts.nominee)} chưa được đơn vị nộp.
Bản nháp vẫn được lưu để đơn vị tham khảo, nhưng không được xét trong đợt này.` +
            SIGNATURE,
        };
      }
      // An honoured or recognised nomination has nothing undone: it is told as the conference's outcome.
      if (facts.status === 'HONOURED' || facts.status === 'RECOGNISED') return conferenceOutcome(ctx, greeting);
      const closedWithCycle = facts.status === 'EXPIRED' && knownOutcomeReason(text(facts.reason))?.kind === 'CLOSED_WITH_CYCLE';
      const ended = OUTCOME[text(facts.status)];
      const outcome = closedWithCycle ? 'hết hạn do đợt xét đã kết thúc' : (ended ?? text(facts.status));
      const stage = STAGE[text(facts.stage)] ?? text(facts.stage);
      const reason = readableOutcomeReason(facts.reason === null || facts.reason === undefined ? null : text(facts.reason));
      return {
        subject: `Kết quả xét hồ sơ điển hình tiên tiến của ${text(facts.nominee)}: ${outcome}`,
        body:
          greeting +
          `Hồ sơ đề nghị công nhận điển hình tiên tiến của ${text(facts.nominee)}, đợt “${cycle.title}”, ${outcome} ở bước ${stage}.\n` +
          (reason ? `Lý do: ${reason}\n` : '') +
          (ended ? `Mọi ghi nhận trên hồ sơ (danh sách của Khối, chương trình họp Hội đồng, chỗ tại hội nghị) đã được hủy.` : '') +
          SIGNATURE,
      };
    }
    case 'CALENDAR_MOVED': {
      const changed = text(facts.changed).split(',').filter(Boolean);
      const lines = changed.map((field) => `- ${DATE_NAMES[field] ?? field}: ${at(facts[`from:${field}`])} → ${at(facts[`to:${field}`])}`);
      const cutoff = changed.includes('submissionCutoff')
        ? ` – hạn nộp hồ sơ mới trước ${formatHanoiDateTime(text(facts['to:submissionCutoff']))}`
        : '';
      return {
        subject: `Thông báo lùi thời hạn đợt ${cycle.code}${cutoff}`,
        body:
          greeting +
          `Các mốc thời gian của đợt “${cycle.title}” (${cycle.planReference}) được điều chỉnh như sau:\n\n${lines.join('\n')}\n\n` +
          `Lý do: ${text(facts.reason)}` +
          SIGNATURE,
      };
    }
    case 'SESSION_OPENED':
      return {
        subject: `Mời bỏ phiếu: ${text(facts.title)}`,
        body:
          greeting +
          `Thường trực Hội đồng đã mở bỏ phiếu phiên họp “${text(facts.title)}” (họp lúc ${text(facts.meetingAt)}), ` +
          `đợt “${cycle.title}”: ${text(facts.candidates)} hồ sơ trên một phiếu bầu.
` +
          `Đề nghị đồng chí bỏ phiếu trước ${at(facts.dueAt)} tại mục “Việc cần xử lý”. ` +
          `Phiếu bầu là phiếu kín; mỗi thành viên bỏ phiếu một lần và không sửa được. ` +
          `Nếu không dự họp, đồng chí gửi ý kiến bằng văn bản cho Thường trực Hội đồng.` +
          SIGNATURE,
      };
    case 'SESSION_DUE_MOVED':
      return {
        subject: `Điều chỉnh hạn bỏ phiếu: ${text(facts.title)}`,
        body:
          greeting +
          `Do các mốc thời gian của đợt “${cycle.title}” được điều chỉnh, hạn bỏ phiếu phiên họp “${text(facts.title)}” ` +
          `nay là ${at(facts.dueAt)}. Lý do: ${text(facts.reason)}\n` +
          `Đề nghị đồng chí bỏ phiếu trước thời hạn trên tại mục “Việc cần xử lý”.` +
          SIGNATURE,
      };
    case 'SESSION_BALLOT_REMINDER':
      return {
        subject: `Nhắc bỏ phiếu: ${text(facts.title)} – hạn ${formatHanoiDateTime(text(facts.dueAt))}`,
        body:
          greeting +
          `Phiên họp “${text(facts.title)}”, đợt “${cycle.title}”, kết thúc bỏ phiếu lúc ${at(facts.dueAt)}; ` +
          `đến nay ${text(facts.cast)}/${text(facts.members)} thành viên đã bỏ phiếu.\n` +
          `Đề nghị đồng chí bỏ phiếu tại mục “Việc cần xử lý”, hoặc gửi ý kiến bằng văn bản cho Thường trực Hội đồng nếu không dự họp.` +
          SIGNATURE,
      };
    case 'SESSION_QUORUM_GRACE':
      return {
        subject: `Chưa đủ số thành viên bỏ phiếu: ${text(facts.title)}`,
        body:
          greeting +
          `Đến hạn bỏ phiếu, phiên họp “${text(facts.title)}”, đợt “${cycle.title}”, mới có ${text(facts.cast)}/${text(facts.members)} ` +
          `thành viên bỏ phiếu, chưa đủ ${text(facts.needed)} thành viên (hai phần ba) theo quy định. ` +
          `Việc bỏ phiếu được gia hạn đến ${at(facts.until)}; nếu vẫn không đủ, phiếu không được kiểm và các hồ sơ được đưa ra phiên họp sau.\n` +
          `Thành viên chưa bỏ phiếu đề nghị bỏ phiếu tại mục “Việc cần xử lý” hoặc gửi ý kiến bằng văn bản cho Thường trực Hội đồng.` +
          SIGNATURE,
      };
    case 'SESSION_CLOSED': {
      const quorate = facts.status === 'CLOSED';
      return {
        subject: quorate ? `Kết thúc bỏ phiếu: ${text(facts.title)}` : `Phiên họp không đủ số thành viên: ${text(facts.title)}`,
        body:
          greeting +
          (quorate
            ? `Phiên họp “${text(facts.title)}”, đợt “${cycle.title}”, đã kết thúc bỏ phiếu: ${text(facts.cast)}/${text(facts.members)} ` +
              `thành viên tham gia; ${text(facts.passed)}/${text(facts.candidates)} hồ sơ được Hội đồng thông qua. ` +
              `Biên bản kiểm phiếu đã có trên hệ thống.`
            : `Phiên họp “${text(facts.title)}”, đợt “${cycle.title}”, kết thúc khi chỉ có ${text(facts.cast)}/${text(facts.members)} ` +
              `thành viên tham gia bỏ phiếu, không đủ hai phần ba theo quy định: phiếu không được kiểm, không hồ sơ nào bị loại. ` +
              `Các hồ sơ sẽ được đưa ra phiên họp sau.`) +
          SIGNATURE,
      };
    }
    case 'NOMINATION_APPROVED':
      return {
        subject: `Công nhận điển hình tiên tiến: ${text(facts.nominee)} (Quyết định số ${text(facts.decisionNumber)})`,
        body:
          greeting +
          `Bộ trưởng đã ký Quyết định số ${text(facts.decisionNumber)} công nhận ${text(facts.nominee)} là điển hình tiên tiến, ` +
          `đợt “${cycle.title}”. Người ký: ${text(facts.signature)}.
` +
          `Danh sách được biểu dương tại Hội nghị sẽ được thông báo sau.` +
          SIGNATURE,
      };
    case 'NOMINATION_HONOURED':
    case 'NOMINATION_RECOGNISED':
      return conferenceOutcome(ctx, greeting);
    case 'PROPOSAL_RETURNED':
      return {
        subject: `Tờ trình đề nghị công nhận được trả lại: ${text(facts.nominee)}`,
        body:
          greeting +
          `Bộ trưởng đã trả lại Thường trực Hội đồng tờ trình có hồ sơ của ${text(facts.nominee)}, đợt “${cycle.title}”.
` +
          `Lý do: ${text(facts.reason)}
Hồ sơ vẫn giữ kết quả Hội đồng đã thông qua và chờ tờ trình mới; đơn vị không cần làm gì thêm.` +
          SIGNATURE,
      };
    case 'DOSSIER_RECEIVED':
    case 'DOSSIER_ARRIVED':
    case 'DOSSIER_RETURNED':
    case 'DOSSIER_RESUBMITTED':
    case 'DOSSIER_REVISED':
      return dossierStep(ctx, greeting);
    default: {
      const unknown: never = ctx.kind;
      throw new Error(`Unknown notice ${String(unknown)}`);
    }
  }
}
