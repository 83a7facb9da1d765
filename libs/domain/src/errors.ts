/**
 * Why a command was refused. The code decides the HTTP answer at the edge
 * (FORBIDDEN → 403, CONFLICT → 409, INVALID → 400, UNPROCESSABLE → 422, NOT_FOUND → 404).
 * Inside a workflow the code travels as the failure's type, so the API can map it back.
 */
export type DomainErrorCode = 'FORBIDDEN' | 'CONFLICT' | 'INVALID' | 'UNPROCESSABLE' | 'NOT_FOUND';

export const DOMAIN_ERROR_CODES: readonly DomainErrorCode[] = ['FORBIDDEN', 'CONFLICT', 'INVALID', 'UNPROCESSABLE', 'NOT_FOUND'];

/**
 * Every stable reason a refusal can give, the `code` of an error body the web app relies on
 * (its Vietnamese `message` is for people and may be reworded; the reason never changes).
 * The domain's refusals, and the API's own (authentication, validation, transport, time-outs).
 */
export const REFUSAL_REASONS = [
  // The request itself
  'VALIDATION_FAILED',
  'MALFORMED_JSON',
  'PAYLOAD_TOO_LARGE',
  'ROUTE_NOT_FOUND',
  // Who asks
  'UNAUTHENTICATED',
  'TOKEN_INVALID',
  'WRONG_CREDENTIALS',
  'FORBIDDEN_ROLE',
  'NOT_UNIT_OFFICER',
  'NOT_ASSIGNEE',
  'NOT_NOMINATING_UNIT',
  // What it is about
  'NOMINATION_NOT_FOUND',
  'TASK_NOT_FOUND',
  'CYCLE_NOT_FOUND',
  // Cycles and their calendar
  'CYCLE_ALREADY_EXISTS',
  'CYCLE_CLOSED',
  'SUBMISSIONS_CLOSED',
  'DATE_IN_PAST',
  'INVALID_DATE',
  'DATES_OUT_OF_ORDER',
  'DATES_NO_LONGER_MOVE',
  'CUTOFF_PASSED_REOPEN_REFUSED',
  'CONFERENCE_ALREADY_HELD',
  'CONFERENCE_BEFORE_CUTOFF',
  'CONFERENCE_DATE_IN_FUTURE',
  'CONFERENCE_DATE_BEFORE_CUTOFF',
  'CONFERENCE_PLACE_REQUIRED',
  // Award history and eligibility
  'AWARD_IMPORT_INVALID',
  'AWARD_FILE_NOT_XLSX',
  'NOMINEE_NOT_ELIGIBLE',
  // Nominations and their tasks
  'NOMINEE_ALREADY_NOMINATED',
  'DRAFT_NOT_SUPPORTED',
  'FILE_EMPTY',
  'FILE_TOO_LARGE',
  'FILE_TYPE_NOT_ALLOWED',
  'FILE_TYPE_MISMATCH',
  'FILE_ARCHIVE_TOO_LARGE',
  'FILE_REQUIRED',
  'DOCUMENT_NOT_FOUND',
  'NOMINATION_ALREADY_SUBMITTED',
  'NOMINATION_BEING_RECORDED',
  'DECISION_IN_PROGRESS',
  'WRONG_STAGE',
  'TASK_NOT_OPEN',
  'DECISION_NOT_ALLOWED',
  'REASON_REQUIRED',
  'CHANGES_REQUIRED',
  'SCORE_OUT_OF_RANGE',
  'VOTE_NOT_OPEN',
  'ALREADY_ON_SESSION',
  'CHANGE_ROUNDS_EXHAUSTED',
  'VOTE_BEING_COUNTED',
  'BALLOT_NOT_SEALED',
  'WITHDRAWAL_TOO_LATE',
  'NOT_REVOCABLE',
  'ALREADY_REVOKED',
  'PROCESS_ENDED',
  'RECORDING_FAILED',
  // Council sessions, proposals and decisions
  'SESSION_NOT_FOUND',
  'SESSION_WRONG_STATUS',
  'SESSION_NOT_CLOSED',
  'NOT_ON_AGENDA',
  'ALREADY_ON_AGENDA',
  'AGENDA_EMPTY',
  'COUNCIL_NOT_NAMED',
  'NOT_COUNCIL_MEMBER',
  'ALREADY_VOTED',
  'BALLOT_INCOMPLETE',
  'PROPOSAL_NOT_FOUND',
  'PROPOSAL_PENDING',
  'PROPOSAL_DECIDED',
  'ALREADY_PROPOSED',
  'DECISION_NOT_FOUND',
  'DECISION_NUMBER_TAKEN',
  'DECISION_NUMBER_REQUIRED',
  'DECISION_PENDING',
  // Dossiers: drafts, documents, nominees
  'DOCUMENTS_MISSING',
  // The system
  'TIMEOUT',
  'INTERNAL',
  /** A refusal without a reason of its own (e.g. from a worker older than the reasons): named by its category. */
  'REFUSED',
] as const;

export type RefusalReason = (typeof REFUSAL_REASONS)[number];

export function isRefusalReason(value: unknown): value is RefusalReason {
  return typeof value === 'string' && (REFUSAL_REASONS as readonly string[]).includes(value);
}

/** One thing wrong with one field of a request: its dotted path (`nominee.fullName`, `documents.0.title`), why, and what to tell the person. */
export interface FieldProblem {
  field: string;
  code: string;
  message: string;
}

export interface DomainErrorOptions {
  /** The field of the request the refusal concerns (e.g. `score`, `reason`, `conferenceDate`), so a form can show it beside it. */
  field?: string;
  /** Several things wrong at once (e.g. each missing document), each shown beside its field. */
  problems?: FieldProblem[];
}

export class DomainError extends Error {
  readonly field?: string;
  readonly problems?: FieldProblem[];

  /**
   * @param code the category, which decides the HTTP status
   * @param reason the stable reason (the body's `code`)
   * @param message in Vietnamese, for the person who asked
   */
  constructor(
    readonly code: DomainErrorCode,
    readonly reason: RefusalReason,
    message: string,
    options: DomainErrorOptions = {},
  ) {
    super(message);
    this.name = code;
    if (options.field !== undefined) this.field = options.field;
    if (options.problems?.length) this.problems = options.problems;
  }
}

export function isDomainErrorCode(value: unknown): value is DomainErrorCode {
  return typeof value === 'string' && (DOMAIN_ERROR_CODES as readonly string[]).includes(value);
}

/** What a refusal carries through Temporal besides its category and message (an ApplicationFailure's first detail). */
export interface RefusalDetails {
  reason: RefusalReason;
  field?: string;
  problems?: FieldProblem[];
}

export function refusalDetails(error: DomainError): RefusalDetails {
  return {
    reason: error.reason,
    ...(error.field !== undefined && { field: error.field }),
    ...(error.problems !== undefined && { problems: error.problems }),
  };
}

/** Reads the details back; anything else (an older worker's failure, no details) gives null. */
export function readRefusalDetails(value: unknown): RefusalDetails | null {
  if (!value || typeof value !== 'object') return null;
  const { reason, field, problems } = value as { reason?: unknown; field?: unknown; problems?: unknown };
  if (!isRefusalReason(reason)) return null;
  return {
    reason,
    ...(typeof field === 'string' && { field }),
    ...(Array.isArray(problems) && { problems: problems.filter(isFieldProblem) }),
  };
}

function isFieldProblem(value: unknown): value is FieldProblem {
  const p = value as Partial<FieldProblem> | null;
  return typeof p?.field === 'string' && typeof p.code === 'string' && typeof p.message === 'string';
}

/** The nomination's workflow has started but its submission is not yet recorded (also refused by the workflow itself). */
export const nominationBeingRecorded = () =>
  new DomainError('CONFLICT', 'NOMINATION_BEING_RECORDED', 'Hồ sơ đề nghị đang được ghi nhận. Xin vui lòng thử lại sau giây lát.');

/** Refused by a nomination's workflow while an approval is being numbered or a vote counted. */
export const decisionInProgress = () =>
  new DomainError('CONFLICT', 'DECISION_IN_PROGRESS', 'Một quyết định về hồ sơ này đang được ghi nhận. Xin vui lòng thử lại sau giây lát.');
export const voteBeingCounted = () =>
  new DomainError('CONFLICT', 'VOTE_BEING_COUNTED', 'Hội đồng đang kiểm phiếu cho hồ sơ này. Xin vui lòng thử lại sau giây lát.');
