import { ApplicationFailure } from '@temporalio/activity';

/**
 * A number the records office entered that some document of the year already has: the same on
 * every retry, so non-retryable; the workflow turns it into the person's 409 (DECISION_NUMBER_TAKEN).
 */
export function decisionNumberTaken(number: string): ApplicationFailure {
  return ApplicationFailure.create({
    type: 'DECISION_NUMBER_TAKEN',
    message: `Số quyết định ${number} đã được dùng cho một quyết định khác. Xin vui lòng kiểm tra lại với Văn thư.`,
    nonRetryable: true,
  });
}
