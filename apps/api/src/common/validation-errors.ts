import type { ValidationError } from 'class-validator';
import {
  APPROVAL_RULE_LABELS,
  AWARD_TITLES,
  DECISION_LABELS,
  NOMINEE_KIND_LABELS,
  STAGE_LABELS,
  STATUS_LABELS,
  type FieldProblem,
} from '#domain';
import { fieldLabel, ownFieldLabels, type FieldLabels } from './field-labels.js';

/** The people's names of the values a field takes (`isIn`), where they are not words already. */
const VALUE_LABELS: Record<string, Record<string, string>> = {
  decision: DECISION_LABELS,
  stage: STAGE_LABELS,
  status: STATUS_LABELS,
  'nominee.kind': NOMINEE_KIND_LABELS,
  approvalRule: APPROVAL_RULE_LABELS,
  'eligibility.titles': Object.fromEntries(AWARD_TITLES.map((t) => [t.code, t.name])),
  'eligibility.onIneligible': { REFUSE: 'từ chối nhận hồ sơ', FLAG: 'nhận và đánh dấu cho người xét duyệt' },
};

/** What a `matches` pattern asks for, per field (the DTOs' patterns and IsInstant's offset). */
const PATTERN_RULES: Record<string, string> = {
  code: 'chỉ gồm 2–40 chữ in hoa không dấu, chữ số hoặc dấu gạch ngang (ví dụ SK-2016-2018)',
  'documents.*.sha256': 'phải gồm đúng 64 ký tự thập lục phân (0–9, a–f)',
  heldOn: 'phải là một ngày theo dạng năm-tháng-ngày (ví dụ 2018-06-08)',
  decisionSuffix: 'chỉ gồm 2–20 chữ cái, chữ số, dấu chấm hoặc dấu gạch ngang (ví dụ QĐ-BTNMT)',
  documentNumber: 'phải có dạng số/ký hiệu do Văn thư cấp (ví dụ 382/QĐ-BTNMT)',
  'requiredDocuments.*.kind': 'chỉ gồm chữ in hoa không dấu, chữ số và dấu gạch dưới (ví dụ BAO_CAO_THANH_TICH)',
  'nominee.dateOfBirth': 'phải là một ngày theo dạng năm-tháng-ngày (ví dụ 1978-09-02)',
};
const INSTANT_PATTERN_RULE = 'phải ghi rõ múi giờ: Z hoặc độ lệch như +07:00 (ví dụ 2018-04-29T00:00:00+07:00)';

/** The first number in class-validator's own message (its constraints do not travel otherwise). */
const numberIn = (message: string) => /-?\d+(\.\d+)?/.exec(message)?.[0] ?? '';

function sentence(path: string, constraint: string, english: string, own: FieldLabels): string {
  const label = fieldLabel(path, own);
  // `{ each: true }` on a list: about its items (unless the path already names the item).
  const each = english.startsWith('each value in ') && !/(^|\.)\d+$/.test(path);
  const subject = each ? `Mỗi mục của ${label.charAt(0).toLowerCase()}${label.slice(1)}` : label;
  const key = path.replace(/(^|\.)\d+(?=\.|$)/g, '$1*');
  switch (constraint) {
    case 'whitelistValidation':
      return `Trường “${path}” không được phép`;
    case 'isNotEmpty':
    case 'isDefined':
      return `${subject} không được để trống`;
    case 'isString':
      return `${subject} phải là chuỗi ký tự`;
    case 'maxLength':
      return `${subject} không được dài quá ${numberIn(english)} ký tự`;
    case 'minLength':
      return `${subject} phải có ít nhất ${numberIn(english)} ký tự`;
    case 'isInt':
      return `${subject} phải là số nguyên`;
    case 'min':
      return `${subject} không được nhỏ hơn ${numberIn(english)}`;
    case 'max':
      return `${subject} không được lớn hơn ${numberIn(english)}`;
    case 'isBoolean':
      return `${subject} phải là đúng hoặc sai (true/false)`;
    case 'isObject':
    case 'nestedValidation':
      return `${subject} phải là một nhóm thông tin (đối tượng JSON)`;
    case 'isArray':
      return `${subject} phải là một danh sách`;
    case 'arrayMaxSize':
      return `${subject} không được quá ${numberIn(english)} mục`;
    case 'isIn': {
      const values = english.slice(english.lastIndexOf(': ') + 2).split(', ');
      const labels = VALUE_LABELS[key] ?? {};
      return `${subject} phải là một trong: ${values.map((v) => labels[v] ?? v).join(', ')}`;
    }
    case 'isIso8601':
      return `${subject} phải là ngày giờ hợp lệ theo ISO 8601 (ví dụ 2018-04-28T17:00:00Z)`;
    case 'isPastDate':
      return `${subject} phải là một ngày có thật, trước ngày hôm nay`;
    case 'matches':
      return `${subject} ${PATTERN_RULES[key] ?? INSTANT_PATTERN_RULE}`;
    case 'unknownValue':
      return 'Nội dung yêu cầu phải là một đối tượng JSON';
    default:
      return `${subject} không hợp lệ`;
  }
}

/**
 * class-validator's errors as the API answers them: one entry per field and constraint, the
 * field as a dotted path (`nominee.fullName`, `documents.0.title`, `initiatives.0`), the
 * constraint's name as the code and a Vietnamese sentence built from the field's name.
 */
export function validationProblems(errors: ValidationError[], parent = '', labels?: FieldLabels): FieldProblem[] {
  return errors.flatMap((e) => {
    // The request's own names for its fields, from the DTO validated at the top.
    const own = labels ?? ownFieldLabels(e.target);
    // The request itself (a body that is not an object) has no property: it is the body.
    const field = [parent, e.property].filter((part) => part !== undefined && part !== '').join('.') || 'body';
    const seen = new Set<string>();
    const problems = Object.entries(e.constraints ?? {}).flatMap(([code, english]) => {
      const message = sentence(field, code, english, own);
      if (seen.has(message)) return [];
      seen.add(message);
      return [{ field, code, message }];
    });
    return [...problems, ...validationProblems(e.children ?? [], field, own)];
  });
}
