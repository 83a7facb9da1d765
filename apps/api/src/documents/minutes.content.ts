/**
 * What the vote-count minutes say, worked out once from the data for both formats. A session
 * without quorum prints no count and no outcome at all, whatever the data carries: nothing was
 * counted, so nothing may be published. No one's individual choice is ever printed.
 */
import { agencyNameInSentence } from './agency-name.js';
import type { MinutesData } from './document-data.js';
import { type DocumentHeader, type SignatureBlock, endWith, nfc } from './document-parts.js';
import { hanoiDateTime, placeAndDate } from './hanoi-date.js';

export const INQUORATE_STATEMENT =
  'Phiên họp không đủ số thành viên tham gia bỏ phiếu theo quy định; kết quả không được kiểm và công bố. Các hồ sơ được đưa ra phiên họp sau.';

export interface Table {
  columns: string[];
  rows: string[][];
}

/** A column's role, so each layout can size and align it. */
export type ColumnKind = 'order' | 'text' | 'short' | 'count' | 'outcome';

export interface MinutesSection {
  heading: string; // '1. Thành phần Hội đồng'
  paragraphs: string[]; // before the table
  table: (Table & { kinds: ColumnKind[] }) | null;
  notes: string[]; // after the table
}

export interface MinutesContent {
  title: string;
  author: string; // the ministry, as written in a sentence
  header: DocumentHeader;
  type: string; // 'BIÊN BẢN KIỂM PHIẾU'
  subtitles: string[];
  opening: string[]; // time and place
  sections: MinutesSection[];
  closing: string;
  /** Secretary on the left, chair on the right. */
  signatures: [SignatureBlock, SignatureBlock];
}

const ROLE_LABELS = { CHAIR: 'Chủ tịch', SECRETARY: 'Thư ký', MEMBER: 'Ủy viên' } as const;
const ATTENDANCE_LABELS = { BALLOT: 'Có mặt', WRITTEN_OPINION: 'Gửi ý kiến bằng văn bản', ABSENT: 'Vắng mặt' } as const;
const OUTCOME_LABELS = { PASSED: 'Đạt', FAILED: 'Không đạt' } as const;

export function minutesContent(data: MinutesData): MinutesContent {
  const counted = data.status === 'CLOSED';
  const session = nfc(data.sessionTitle);
  return {
    title: `Biên bản kiểm phiếu – ${session}`,
    author: agencyNameInSentence(nfc(data.ministryName)),
    header: {
      parentBody: nfc(data.ministryName).toLocaleUpperCase('vi'),
      issuingBody: nfc(data.councilName).toLocaleUpperCase('vi'),
      numberLine: null,
      placeAndDate: placeAndDate(nfc(data.place), data.closedAt),
    },
    type: 'BIÊN BẢN KIỂM PHIẾU',
    subtitles: [session, nfc(data.cycleTitle)].filter((line) => line !== ''),
    opening: [`Thời gian: ${hanoiDateTime(data.meetingAt)}.`, `Địa điểm: ${endWith(nfc(data.place), '.')}`],
    sections: [membersSection(data), quorumSection(data), counted ? resultSection(data) : deferredSection(data)],
    closing: `Phiên họp kết thúc lúc ${hanoiDateTime(data.closedAt)}.`,
    signatures: [
      { capacity: ['THƯ KÝ HỘI ĐỒNG'], fullName: nfc(data.secretaryName) },
      { capacity: ['CHỦ TỊCH HỘI ĐỒNG'], fullName: nfc(data.chairName) },
    ],
  };
}

function membersSection(data: MinutesData): MinutesSection {
  return {
    heading: '1. Thành phần Hội đồng',
    paragraphs: [],
    table: {
      columns: ['STT', 'Họ và tên', 'Chức vụ', 'Nhiệm vụ trong Hội đồng', 'Hình thức tham gia'],
      kinds: ['order', 'text', 'text', 'short', 'short'],
      rows: data.members.map((m, i) => [
        String(i + 1),
        nfc(m.fullName),
        nfc(m.title),
        ROLE_LABELS[m.councilRole],
        ATTENDANCE_LABELS[m.attendance],
      ]),
    },
    notes: [],
  };
}

/** "Tổng số thành viên: 9; số thành viên tham gia bỏ phiếu: 7 (trong đó 1 gửi ý kiến bằng văn bản); số cần để đủ điều kiện: 6." */
function quorumSection(data: MinutesData): MinutesSection {
  const { members, cast, needed } = data.quorum;
  const written = data.members.filter((m) => m.attendance === 'WRITTEN_OPINION').length;
  const writtenNote = written > 0 ? ` (trong đó ${written} gửi ý kiến bằng văn bản)` : '';
  const verdict = data.status === 'CLOSED' ? 'Phiên họp đủ điều kiện để kiểm phiếu.' : INQUORATE_STATEMENT;
  return {
    heading: '2. Số thành viên tham gia bỏ phiếu',
    paragraphs: [
      `Tổng số thành viên Hội đồng: ${members}; số thành viên tham gia bỏ phiếu: ${cast}${writtenNote}; số cần để đủ điều kiện: ${needed}.`,
      verdict,
    ],
    table: null,
    notes: [],
  };
}

function resultSection(data: MinutesData): MinutesSection {
  const candidates = [...data.candidates].sort((a, b) => a.order - b.order);
  const rows = candidates.map((c) => {
    if (c.tally === null || c.outcome === null) {
      throw new RangeError(`Closed session '${data.sessionTitle}' has no count for candidate ${c.order} (${c.nomineeName})`);
    }
    const t = c.tally;
    return [
      String(c.order),
      nfc(c.nomineeName),
      nfc(c.unitName),
      ...[t.agree, t.disagree, t.abstain, t.recused, t.notVoted].map(String),
      OUTCOME_LABELS[c.outcome],
    ];
  });
  const passed = candidates.filter((c) => c.outcome === 'PASSED').length;
  return {
    heading: '3. Kết quả kiểm phiếu',
    paragraphs: [ruleSentence(data)],
    table: {
      columns: [
        'STT',
        'Họ và tên / Tên tập thể',
        'Đơn vị',
        'Đồng ý',
        'Không đồng ý',
        'Không biểu quyết',
        'Không tham gia',
        'Không bỏ phiếu',
        'Kết quả',
      ],
      kinds: ['order', 'text', 'text', 'count', 'count', 'count', 'count', 'count', 'outcome'],
      rows,
    },
    notes: [...recusalNotes(candidates), `Kết luận: ${passed} hồ sơ đạt, ${candidates.length - passed} hồ sơ không đạt.`],
  };
}

/** Without quorum: only which dossiers go to the next session, no column that could hold a count. */
function deferredSection(data: MinutesData): MinutesSection {
  const candidates = [...data.candidates].sort((a, b) => a.order - b.order);
  return {
    heading: '3. Hồ sơ đưa ra phiên họp sau',
    paragraphs: [],
    table: {
      columns: ['STT', 'Họ và tên / Tên tập thể', 'Đơn vị'],
      kinds: ['order', 'text', 'text'],
      rows: candidates.map((c) => [String(c.order), nfc(c.nomineeName), nfc(c.unitName)]),
    },
    notes: [],
  };
}

/** The rule, with the number of agreeing votes it takes when it is the same for every dossier. */
function ruleSentence(data: MinutesData): string {
  const needs = [...new Set(data.candidates.map((c) => c.agreesNeeded))];
  const threshold =
    needs.length === 1
      ? ` (từ ${needs[0]} phiếu đồng ý trở lên)`
      : ` (số phiếu đồng ý cần có: ${data.candidates.map((c) => `hồ sơ số ${c.order}: ${c.agreesNeeded}`).join('; ')})`;
  return `Hồ sơ đạt khi số phiếu đồng ý đạt ${nfc(data.approvalRuleLabel)}${threshold}.`;
}

/** Who stood aside for which dossier: names only, never anyone's vote. */
function recusalNotes(candidates: MinutesData['candidates']): string[] {
  const recusals = candidates.filter((c) => c.recusedMembers.length > 0);
  if (recusals.length === 0) return ['Không có thành viên nào không tham gia biểu quyết do có liên quan đến hồ sơ.'];
  return [
    'Thành viên không tham gia biểu quyết do có liên quan đến hồ sơ:',
    ...recusals.map((c) => `- Hồ sơ số ${c.order} (${nfc(c.nomineeName)}): ${c.recusedMembers.map(nfc).join(', ')}.`),
  ];
}
