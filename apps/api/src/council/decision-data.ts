import { hanoiYear, type Instant, type ListDecision, type NominationView } from '#domain';
import type { DecisionData } from '../documents/index.js';

/*
 * The minister's decision for the list, from its row and the read models of the nominations it
 * recognises: the grounds in force on the day it was signed, the cycle's plan, the standing
 * office's proposal, and the annexed list in the proposal's order.
 */

export interface DecisionSources {
  decision: Pick<ListDecision, 'number' | 'signedAt' | 'signerName' | 'onBehalfOf' | 'nominationIds'>;
  cycle: { title: string; planReference: string; periodFrom: Instant; periodTo: Instant };
  /** The nominations of `decision.nominationIds` (any order). */
  nominations: readonly NominationView[];
  /** Unit code → name (a code missing here is printed as is). */
  unitNames: Readonly<Record<string, string>>;
  ministryName: string;
  place: string;
}

/** The Law on emulation and commendation of 2022 and its decree apply from 1 January 2024 (Hanoi). */
const CURRENT_LAW_FROM = Date.UTC(2023, 11, 31, 17);

const LEGAL_BASES_SINCE_2024 = [
  'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022',
  'Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng',
];
const LEGAL_BASES_BEFORE_2024 = [
  'Căn cứ Luật Thi đua, Khen thưởng ngày 26 tháng 11 năm 2003',
  'Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Thi đua, Khen thưởng ngày 14 tháng 6 năm 2005 và ngày 16 tháng 11 năm 2013',
  'Căn cứ Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng',
];

export const PROPOSAL_REFERENCE = 'Theo đề nghị của Thường trực Hội đồng Thi đua – Khen thưởng Bộ';

export function legalBases(signedAt: string, planReference: string): string[] {
  const laws = new Date(signedAt).getTime() >= CURRENT_LAW_FROM ? LEGAL_BASES_SINCE_2024 : LEGAL_BASES_BEFORE_2024;
  const plan = planReference.trim();
  return plan === '' ? laws : [...laws, /^căn cứ/iu.test(plan) ? plan : `Căn cứ ${plan}`];
}

/** 'Về việc công nhận danh hiệu Điển hình tiên tiến giai đoạn 2016–2018' (or 'năm 2018' for a one-year period). */
export function decisionSummary(cycle: DecisionSources['cycle']): string {
  const [from, to] = [hanoiYear(cycle.periodFrom), hanoiYear(cycle.periodTo)];
  return `Về việc công nhận danh hiệu Điển hình tiên tiến ${from === to ? `năm ${to}` : `giai đoạn ${from}–${to}`}`;
}

export function decisionData({ decision, cycle, nominations, unitNames, ministryName, place }: DecisionSources): DecisionData {
  const byId = new Map(nominations.map((n) => [n.id, n]));
  const deputySigned = decision.onBehalfOf !== null;
  return {
    ministryName,
    number: decision.number,
    place,
    signedAt: decision.signedAt,
    cycleTitle: cycle.title,
    summary: decisionSummary(cycle),
    legalBases: legalBases(decision.signedAt, cycle.planReference),
    proposalReference: PROPOSAL_REFERENCE,
    signer: { fullName: decision.signerName, onBehalfOfMinister: deputySigned },
    recipients: [
      'Như Điều 3',
      ...(deputySigned ? ['Bộ trưởng (để báo cáo)'] : []),
      'Các Thứ trưởng',
      'Ban Thi đua – Khen thưởng Trung ương',
      'Cổng Thông tin điện tử Bộ',
    ],
    annex: decision.nominationIds.map((id, i) => {
      const n = byId.get(id);
      if (!n) throw new Error(`Decision ${decision.number} recognises nomination ${id}, which has no read model`);
      return {
        order: i + 1,
        nomineeName: n.nominee.fullName,
        nomineeKind: n.nominee.kind,
        position: n.nominee.kind === 'INDIVIDUAL' ? (n.nominee.position?.trim() ?? null) || null : null,
        unitName: unitNames[n.unitCode] ?? n.unitCode,
      };
    }),
  };
}
