import { CALENDAR_DATE_LABELS } from '#domain';

/**
 * The Vietnamese name of every field a request of the API can carry (bodies, queries, path
 * parameters), by its dotted path with array indices as `*`: what a validation message calls it.
 */
const FIELD_LABELS: Record<string, string> = {
  // POST /auth/login
  username: 'Tên đăng nhập',
  password: 'Mật khẩu',
  // POST /cycles, POST /cycles/:code/schedule
  code: 'Mã đợt',
  title: 'Tên đợt',
  planReference: 'Kế hoạch (số, ký hiệu văn bản)',
  ...CALENDAR_DATE_LABELS,
  quota: 'Số lượng được biểu dương',
  approvalRule: 'Tỷ lệ biểu quyết',
  maxChangeRounds: 'Số lần yêu cầu bổ sung tối đa',
  revisionDays: 'Số ngày bổ sung hồ sơ',
  decisionSuffix: 'Ký hiệu số quyết định',
  requiredDocuments: 'Tài liệu bắt buộc của hồ sơ',
  'requiredDocuments.*': 'Tài liệu bắt buộc của hồ sơ',
  'requiredDocuments.*.kind': 'Loại tài liệu bắt buộc',
  'requiredDocuments.*.title': 'Tên tài liệu bắt buộc',
  eligibility: 'Tiêu chuẩn về danh hiệu',
  'eligibility.titles': 'Danh hiệu được tính',
  'eligibility.consecutiveYears': 'Số năm liên tục yêu cầu',
  'eligibility.periodEndYear': 'Năm cuối của chuỗi danh hiệu',
  'eligibility.onIneligible': 'Cách xử lý hồ sơ chưa đạt tiêu chuẩn',
  reopen: 'Mở lại việc nhận hồ sơ',
  format: 'Định dạng',
  // POST /cycles/:code/conference
  heldOn: 'Ngày tổ chức hội nghị',
  place: 'Địa điểm tổ chức hội nghị',
  // POST /nominations
  cycleCode: 'Mã đợt',
  nominee: 'Đối tượng được đề nghị',
  'nominee.kind': 'Loại đối tượng',
  'nominee.fullName': 'Họ và tên',
  'nominee.dateOfBirth': 'Ngày sinh',
  draft: 'Lưu bản nháp',
  'nominee.position': 'Chức vụ',
  'nominee.field': 'Lĩnh vực',
  'nominee.remoteArea': 'Công tác ở vùng sâu, vùng xa, biên giới, hải đảo',
  'nominee.continuousYears': 'Số năm liên tục đạt danh hiệu thi đua',
  achievements: 'Thành tích',
  initiatives: 'Sáng kiến',
  'initiatives.*': 'Sáng kiến',
  documents: 'Tài liệu kèm theo',
  'documents.*': 'Tài liệu kèm theo',
  'documents.*.kind': 'Loại tài liệu',
  'documents.*.title': 'Tên tài liệu',
  'documents.*.sha256': 'Mã băm SHA-256 của tài liệu',
  // GET /nominations
  cycle: 'Đợt',
  unit: 'Đơn vị',
  block: 'Khối/Cụm thi đua',
  stage: 'Bước xét duyệt',
  status: 'Trạng thái',
  page: 'Trang',
  pageSize: 'Số dòng mỗi trang',
  // POST /tasks/:id/complete, withdraw, revoke, schedule
  decision: 'Quyết định',
  score: 'Điểm',
  reason: 'Lý do',
  changes: 'Nội dung bổ sung',
  fields: 'Mục cần bổ sung',
  'fields.*': 'Mục cần bổ sung',
  documentNumber: 'Số quyết định',
  // Path parameters
  id: 'Mã định danh',
  // The request as a whole
  body: 'Nội dung yêu cầu',
  value: 'Giá trị',
};

/**
 * A request's own names for its fields, where one name serves two requests (`title` is a cycle's
 * name in POST /cycles, a document's in an upload): a DTO declares `static fieldLabels`.
 */
export type FieldLabels = Readonly<Record<string, string>>;

/** The labels a DTO class declares for its fields (none by default). */
export function ownFieldLabels(target: object | undefined): FieldLabels {
  return (target?.constructor as { fieldLabels?: FieldLabels } | undefined)?.fieldLabels ?? {};
}

/**
 * "Họ và tên", "Tên tài liệu (mục 2)" for `documents.1.title`; a field the API does not know
 * keeps its own name, in quotes.
 */
export function fieldLabel(path: string, own: FieldLabels = {}): string {
  const indices = path.split('.').filter((part) => /^\d+$/.test(part));
  const key = path.replace(/(^|\.)\d+(?=\.|$)/g, '$1*');
  const label = own[key] ?? FIELD_LABELS[key];
  if (!label) return `Trường “${path}”`;
  return indices.length ? `${label} (mục ${indices.map((i) => Number(i) + 1).join('.')})` : label;
}

export function isKnownField(path: string): boolean {
  return path.replace(/(^|\.)\d+(?=\.|$)/g, '$1*') in FIELD_LABELS;
}
