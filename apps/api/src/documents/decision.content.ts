/**
 * What the decision says, worked out once from the data: every sentence, punctuation and count
 * that both the PDF and the HTML print.
 */
import { agencyNameInSentence } from './agency-name.js';
import type { DecisionData } from './document-data.js';
import { type DocumentHeader, type SignatureBlock, endWith, nfc } from './document-parts.js';
import { hanoiDate, placeAndDate } from './hanoi-date.js';

export interface DecisionArticle {
  label: string; // 'Điều 1.'
  text: string;
}

export interface AnnexRow {
  order: number;
  name: string;
  position: string; // empty for a collective or an unknown position
  unitName: string;
}

export interface AnnexGroup {
  label: string; // 'I. CÁ NHÂN'
  rows: AnnexRow[];
}

export interface DecisionContent {
  title: string; // for the PDF's metadata and the HTML <title>
  author: string; // 'Bộ Tài nguyên và Môi trường'
  header: DocumentHeader;
  type: string; // 'QUYẾT ĐỊNH'
  summary: string;
  authority: string; // 'BỘ TRƯỞNG BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG'
  bases: string[]; // italic, each ending ';', the last '.'
  decides: string; // 'QUYẾT ĐỊNH:'
  articles: DecisionArticle[];
  recipientsLabel: string;
  recipients: string[]; // '- Như Điều 3;' … '- Lưu: VT, TĐKT.'
  signature: SignatureBlock;
  annex: {
    title: string;
    subtitle: string;
    reference: string; // '(Kèm theo Quyết định số … ngày … của Bộ trưởng …)'
    columns: [string, string, string, string];
    groups: AnnexGroup[];
  };
}

const KIND_GROUPS = [
  { kind: 'INDIVIDUAL', label: 'CÁ NHÂN' },
  { kind: 'COLLECTIVE', label: 'TẬP THỂ' },
] as const;
const ROMAN = ['I', 'II'];

export function decisionContent(data: DecisionData): DecisionContent {
  if (data.annex.length === 0) throw new RangeError(`Decision ${data.number} recognises no one: its annex is empty`);
  const ministry = nfc(data.ministryName).toLocaleUpperCase('vi');
  const number = nfc(data.number);
  return {
    title: `Quyết định số ${number}`,
    author: agencyNameInSentence(ministry),
    header: {
      parentBody: null,
      issuingBody: ministry,
      numberLine: `Số: ${number}`,
      placeAndDate: placeAndDate(nfc(data.place), data.signedAt),
    },
    type: 'QUYẾT ĐỊNH',
    summary: nfc(data.summary),
    authority: `BỘ TRƯỞNG ${ministry}`,
    bases: basesLines(data),
    decides: 'QUYẾT ĐỊNH:',
    articles: [
      { label: 'Điều 1.', text: recognitionSentence(data) },
      { label: 'Điều 2.', text: 'Quyết định này có hiệu lực kể từ ngày ký.' },
      {
        label: 'Điều 3.',
        // Who carries it out: the data names no unit, so the standing formula for any ministry.
        text: 'Chánh Văn phòng Bộ, Thủ trưởng các đơn vị có liên quan và các cá nhân, tập thể có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.',
      },
    ],
    recipientsLabel: 'Nơi nhận:',
    recipients: recipientLines(data.recipients),
    signature: {
      capacity: data.signer.onBehalfOfMinister ? ['KT. BỘ TRƯỞNG', 'THỨ TRƯỞNG'] : ['BỘ TRƯỞNG'],
      fullName: nfc(data.signer.fullName),
    },
    annex: {
      title: 'DANH SÁCH ĐIỂN HÌNH TIÊN TIẾN',
      subtitle: nfc(data.cycleTitle),
      reference: `(Kèm theo Quyết định số ${number} ngày ${hanoiDate(data.signedAt)} của Bộ trưởng ${agencyNameInSentence(ministry)})`,
      columns: ['STT', 'Họ và tên / Tên tập thể', 'Chức vụ', 'Đơn vị'],
      groups: annexGroups(data.annex),
    },
  };
}

/**
 * The grounds block: every line ends with ';' and the block's last line with '.', the proposal
 * line ("Theo đề nghị của …") being the last one (Nghị định 30/2020, Phụ lục I).
 */
function basesLines(data: DecisionData): string[] {
  const proposal = nfc(data.proposalReference);
  const proposalLine = proposal === '' || /^theo đề nghị/iu.test(proposal) ? proposal : `Theo đề nghị của ${proposal}`;
  const lines = [...data.legalBases.map(nfc), proposalLine].filter((line) => line !== '');
  return lines.map((line, i) => endWith(line, i === lines.length - 1 ? '.' : ';'));
}

/** Điều 1 names the count, split by kind when both kinds are recognised. */
function recognitionSentence(data: DecisionData): string {
  const individuals = data.annex.filter((row) => row.nomineeKind === 'INDIVIDUAL').length;
  const collectives = data.annex.length - individuals;
  const whom =
    individuals > 0 && collectives > 0
      ? `${data.annex.length} cá nhân, tập thể (${individuals} cá nhân và ${collectives} tập thể)`
      : individuals > 0
        ? `${individuals} cá nhân`
        : `${collectives} tập thể`;
  return `Công nhận danh hiệu Điển hình tiên tiến cho ${whom} có tên trong Danh sách kèm theo Quyết định này.`;
}

/** '- X;' for each recipient, then the office's own copy, which closes the list with '.'. */
function recipientLines(recipients: string[]): string[] {
  const named = recipients
    .map((r) => nfc(r).replace(/^[-–•+]\s*/u, ''))
    .filter((r) => r !== '' && !/^lưu\s*:/iu.test(r))
    .map((r) => `- ${endWith(r, ';')}`);
  return [...named, '- Lưu: VT, TĐKT.'];
}

/**
 * Individuals first, then collectives, each in the order the data gives. The STT runs 1…N over
 * the whole list, so the last one is the count Điều 1 states; it equals the data's own `order`
 * whenever the data already lists individuals first.
 */
function annexGroups(annex: DecisionData['annex']): AnnexGroup[] {
  const present = KIND_GROUPS.filter(({ kind }) => annex.some((row) => row.nomineeKind === kind));
  let stt = 0;
  return present.map(({ kind, label }, i) => ({
    label: `${ROMAN[i]}. ${label}`,
    rows: annex
      .filter((row) => row.nomineeKind === kind)
      .sort((a, b) => a.order - b.order)
      .map((row) => ({ order: ++stt, name: nfc(row.nomineeName), position: nfc(row.position ?? ''), unitName: nfc(row.unitName) })),
  }));
}
