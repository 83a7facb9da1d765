import type { FieldProblem } from '../errors.js';
import type { SpreadRules } from './ranking.js';

/** A list longer than the quota needs a reason in writing of at least this many characters, spaces not counted. */
export const MIN_JUSTIFICATION_CHARS = 20;

export interface ProposalInput {
  nominationIds: string[];
  quota: number;
  justification?: string;
  /** The nominations the council passed. */
  passed: readonly string[];
}

/** Field problems of a proposal the standing office sends: over the quota needs a written justification. */
export function proposalProblems(input: ProposalInput): FieldProblem[] {
  if (input.nominationIds.length === 0) {
    return [{ field: 'nominationIds', code: 'required', message: 'Danh sách đề nghị phải có ít nhất một hồ sơ' }];
  }
  return [...duplicateProblems(input.nominationIds), ...notPassedProblems(input), ...overQuotaProblems(input)];
}

/** One problem per id listed more than once. */
function duplicateProblems(ids: readonly string[]): FieldProblem[] {
  const repeated = new Set(ids.filter((id, i) => ids.indexOf(id) !== i));
  return [...repeated].map((id) => ({
    field: 'nominationIds',
    code: 'duplicate',
    message: `Hồ sơ ${id} có tên nhiều lần trong danh sách đề nghị`,
  }));
}

function notPassedProblems(input: ProposalInput): FieldProblem[] {
  const passed = new Set(input.passed);
  const notPassed = new Set(input.nominationIds.filter((id) => !passed.has(id)));
  return [...notPassed].map((id) => ({
    field: 'nominationIds',
    code: 'notPassed',
    message: `Hồ sơ ${id} không có trong danh sách được Hội đồng thông qua`,
  }));
}

/** Non-space characters, diacritics composed (NFC) so that "ố" counts once however it was typed. */
const writtenLength = (text: string) => text.normalize('NFC').replace(/\s/gu, '').length;

function overQuotaProblems(input: ProposalInput): FieldProblem[] {
  // Duplicates are reported on their own: the list holds as many nominations as distinct ids.
  const count = new Set(input.nominationIds).size;
  if (count <= input.quota) return [];
  const written = writtenLength(input.justification ?? '');
  if (written >= MIN_JUSTIFICATION_CHARS) return [];
  const over = `Danh sách đề nghị có ${count} hồ sơ, vượt chỉ tiêu ${input.quota} (${count - input.quota} hồ sơ)`;
  const message =
    written === 0
      ? `${over}: cần nêu lý do bằng văn bản.`
      : `${over}: lý do nêu quá ngắn, cần ít nhất ${MIN_JUSTIFICATION_CHARS} ký tự (không kể khoảng trắng).`;
  return [{ field: 'justification', code: 'overQuotaNeedsJustification', message }];
}

const SPREAD_LABELS: Record<keyof SpreadRules, string> = {
  maxBlockShare: 'Tỷ lệ tối đa của một khối trong chỉ tiêu',
  minCollectives: 'Số tập thể tối thiểu',
  minRemoteArea: 'Số tập thể, cá nhân vùng sâu, vùng xa, biên giới, hải đảo tối thiểu',
};

/**
 * Problems of a cycle's spread rules, with class-validator's codes (`isNumber`, `isInt`, `min`,
 * `max`) so the web app treats them like the API's own: the share in (0, 1], the minimums whole
 * numbers from 0 to the quota.
 */
export function validateSpreadRules(spread: SpreadRules, quota: number): FieldProblem[] {
  return [
    shareProblem(spread.maxBlockShare),
    countProblem('minCollectives', spread.minCollectives, quota),
    countProblem('minRemoteArea', spread.minRemoteArea, quota),
  ].filter((p): p is FieldProblem => p !== null);
}

function shareProblem(share: number | undefined): FieldProblem | null {
  if (share === undefined) return null;
  const field = 'spreadRules.maxBlockShare';
  const label = SPREAD_LABELS.maxBlockShare;
  if (typeof share !== 'number' || !Number.isFinite(share)) return { field, code: 'isNumber', message: `${label} phải là một số` };
  if (share <= 0) return { field, code: 'min', message: `${label} phải lớn hơn 0` };
  if (share > 1) return { field, code: 'max', message: `${label} không được lớn hơn 1 (100% chỉ tiêu)` };
  return null;
}

function countProblem(rule: 'minCollectives' | 'minRemoteArea', value: number | undefined, quota: number): FieldProblem | null {
  if (value === undefined) return null;
  const field = `spreadRules.${rule}`;
  const label = SPREAD_LABELS[rule];
  if (!Number.isInteger(value)) return { field, code: 'isInt', message: `${label} phải là số nguyên` };
  if (value < 0) return { field, code: 'min', message: `${label} không được nhỏ hơn 0` };
  if (value > quota) return { field, code: 'max', message: `${label} không được lớn hơn chỉ tiêu (${quota})` };
  return null;
}
