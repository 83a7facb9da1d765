import { DomainError, type FieldProblem } from '../errors.js';
import { awardTitle, awardTitleName, FIRST_AWARD_YEAR } from './catalogue.js';

/**
 * What a cycle asks of a nominee's titles (DOMAIN §3.1: "continuity matters: nominees without it
 * fail the standard"): one of `titles` in each of at least `consecutiveYears` years in a row,
 * the run ending at `periodEndYear`.
 *
 * `periodEndYear` is the last year whose titles count, and the run must reach it: a gap in the
 * last year breaks continuity as any other gap does. A year's titles are conferred after it
 * ends, so a cycle whose cutoff falls before its last year's titles exist (Sơ kết 2016–2018,
 * cutoff April 2018) names the year before (2017) — the cycle chooses, not this function, so that
 * a nominee who missed the title of a year already conferred is never counted as continuous.
 */
export interface EligibilityStandard {
  /** Title codes of the catalogue; a year with any one of them counts. */
  titles: string[];
  consecutiveYears: number;
  periodEndYear: number;
  /** What submission does with a nominee the history shows falls short: refuse the dossier, or accept it flagged for the reviewers. */
  onIneligible: 'REFUSE' | 'FLAG';
}

export interface AwardYear {
  titleCode: string;
  year: number;
}

export interface EligibilityAssessment {
  eligible: boolean;
  /** The run of years with a counting title ending at the standard's last year: the derived "số năm liên tục". */
  consecutiveYears: number;
  /** Vietnamese sentences a reviewer reads: the standard, what the history shows, what is missing. */
  reasons: string[];
  /** Whether the history knows the nominee at all (any title, any year). Without it nothing was checked. */
  historyFound: boolean;
}

/**
 * Whether a nominee's award history meets a cycle's standard. Pure: the same history and
 * standard always give the same answer (it runs inside the nomination's workflow).
 */
export function assessEligibility(standard: EligibilityStandard, awards: readonly AwardYear[]): EligibilityAssessment {
  const required = standard.consecutiveYears;
  const end = standard.periodEndYear;
  const counting = new Set(standard.titles);
  const titlesByYear = new Map<number, string[]>();
  for (const a of awards) {
    if (!counting.has(a.titleCode) || a.year > end) continue;
    const codes = titlesByYear.get(a.year) ?? [];
    if (!codes.includes(a.titleCode)) codes.push(a.titleCode);
    titlesByYear.set(a.year, codes);
  }
  const run: number[] = [];
  for (let year = end; titlesByYear.has(year); year--) run.unshift(year);

  const reasons = [standardSentence(standard)];
  if (awards.length === 0) {
    reasons.push('Chưa có lịch sử khen thưởng của người được đề nghị trong hệ thống: chưa xác định được số năm liên tục đạt danh hiệu.');
    return { eligible: false, consecutiveYears: 0, reasons, historyFound: false };
  }
  if (run.length > 0) reasons.push(runSentence(run, titlesByYear));
  const eligible = run.length >= required;
  if (!eligible) {
    const missing = end - run.length;
    const earlier = [...titlesByYear.keys()].filter((y) => y < missing);
    if (run.length === 0 && earlier.length === 0) {
      reasons.push(`Không có ${titleList(standard.titles)} trong lịch sử khen thưởng đến năm ${end}.`);
    } else if (earlier.length > 0) {
      reasons.push(`Thiếu năm ${missing}: chuỗi danh hiệu không liên tục.`);
    } else {
      reasons.push(`Năm ${missing} không có danh hiệu được tính: chuỗi danh hiệu chỉ bắt đầu từ năm ${missing + 1}.`);
    }
    reasons.push(`Chưa đạt tiêu chuẩn: ${run.length} năm liên tục, tiêu chuẩn yêu cầu ${required} năm.`);
  }
  return { eligible, consecutiveYears: run.length, reasons, historyFound: true };
}

/** The nominee's "số năm liên tục": derived from the history where it knows the nominee, else as the unit typed it. */
export function derivedContinuousYears(typed: number, assessment: EligibilityAssessment): number {
  return assessment.historyFound ? assessment.consecutiveYears : typed;
}

/**
 * The refusal of a submission whose nominee falls short, when the cycle refuses rather than
 * flags; null otherwise. A nominee the history does not know is never refused for it: the
 * history is imported unit by unit, and its absence proves nothing (the unit's typed number of
 * continuous years stands, and the reviewers see that the history had nothing).
 */
export function ineligibleRefusal(standard: EligibilityStandard, assessment: EligibilityAssessment): DomainError | null {
  if (assessment.eligible || !assessment.historyFound || standard.onIneligible !== 'REFUSE') return null;
  return new DomainError(
    'UNPROCESSABLE',
    'NOMINEE_NOT_ELIGIBLE',
    `Người được đề nghị chưa đạt tiêu chuẩn của đợt xét chọn theo lịch sử khen thưởng: ${assessment.reasons.slice(1).join(' ')}`,
    { field: 'nominee' },
  );
}

function standardSentence(standard: EligibilityStandard): string {
  return `Tiêu chuẩn của đợt xét chọn: đạt ${titleList(standard.titles)} ít nhất ${standard.consecutiveYears} năm liên tục đến năm ${standard.periodEndYear}.`;
}

function runSentence(run: number[], titlesByYear: Map<number, string[]>): string {
  const codes = new Set(run.flatMap((y) => titlesByYear.get(y) ?? []));
  if (codes.size === 1) {
    return `Đạt danh hiệu ${awardTitleName([...codes][0])} ${run.length} năm liên tục (${run.join(', ')}).`;
  }
  const years = run.map((y) => `${y}: ${(titlesByYear.get(y) ?? []).map(awardTitleName).join(', ')}`);
  return `Đạt danh hiệu thi đua ${run.length} năm liên tục (${years.join('; ')}).`;
}

/** "Chiến sĩ thi đua cơ sở", or "một trong các danh hiệu Chiến sĩ thi đua cơ sở, Chiến sĩ thi đua cấp Bộ". */
function titleList(codes: string[]): string {
  const names = codes.map(awardTitleName);
  return names.length === 1 ? `danh hiệu ${names[0]}` : `một trong các danh hiệu ${names.join(', ')}`;
}

/** What is wrong with a standard a cycle is given (each field named), so that a cycle never carries one that cannot be met. */
export function eligibilityStandardProblems(standard: EligibilityStandard, field = 'eligibility'): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const unknown = standard.titles.filter((code) => !awardTitle(code));
  if (standard.titles.length === 0) {
    problems.push({ field: `${field}.titles`, code: 'TITLES_REQUIRED', message: 'Tiêu chuẩn phải nêu ít nhất một danh hiệu' });
  }
  if (unknown.length > 0) {
    problems.push({
      field: `${field}.titles`,
      code: 'TITLE_UNKNOWN',
      message: `Danh hiệu không có trong danh mục: ${unknown.join(', ')}`,
    });
  }
  if (!Number.isInteger(standard.consecutiveYears) || standard.consecutiveYears < 1 || standard.consecutiveYears > 30) {
    problems.push({
      field: `${field}.consecutiveYears`,
      code: 'OUT_OF_RANGE',
      message: 'Số năm liên tục phải là số nguyên từ 1 đến 30',
    });
  }
  if (!Number.isInteger(standard.periodEndYear) || standard.periodEndYear < FIRST_AWARD_YEAR) {
    problems.push({
      field: `${field}.periodEndYear`,
      code: 'OUT_OF_RANGE',
      message: `Năm cuối của chuỗi danh hiệu phải là một năm từ ${FIRST_AWARD_YEAR} trở đi`,
    });
  }
  if (standard.onIneligible !== 'REFUSE' && standard.onIneligible !== 'FLAG') {
    problems.push({
      field: `${field}.onIneligible`,
      code: 'INVALID',
      message: 'Cách xử lý hồ sơ chưa đạt tiêu chuẩn phải là từ chối (REFUSE) hoặc đánh dấu (FLAG)',
    });
  }
  return problems;
}
