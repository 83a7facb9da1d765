import { DomainError } from '../errors.js';
import { formatHanoiDateTime, type Instant } from '../time/hanoi-time.js';

/**
 * "Trước ngày 29/4": a submission at or after the cutoff instant is late. The one cutoff check,
 * used by the cycle's workflow (by its own clock, exact to the second) and by the API before it
 * asks the workflow.
 */
export function requireSubmissionsOpen(cycleCode: string, submissionCutoff: Instant, at: Instant): void {
  if (new Date(at).getTime() >= new Date(submissionCutoff).getTime()) {
    throw new DomainError(
      'UNPROCESSABLE',
      'SUBMISSIONS_CLOSED',
      `Đợt ${cycleCode} đã hết hạn nhận hồ sơ: hồ sơ phải gửi trước ${formatHanoiDateTime(submissionCutoff)} (giờ Hà Nội); ` +
        `hiện là ${formatHanoiDateTime(at)}.`,
    );
  }
}
