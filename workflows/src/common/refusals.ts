import { ApplicationFailure } from '@temporalio/workflow';
import { DomainError, refusalDetails } from '#domain';

/**
 * A refusal as Temporal carries it: an ApplicationFailure whose type is the DomainError's code
 * (FORBIDDEN, CONFLICT, …), whose message is the Vietnamese sentence, and whose first detail is
 * `{ reason, field? }` (the stable reason, and the field it concerns), read back by the API.
 */
export function asFailure(err: unknown): unknown {
  return err instanceof DomainError
    ? ApplicationFailure.create({ type: err.code, message: err.message, details: [refusalDetails(err)], nonRetryable: true })
    : err;
}

/** Update handlers must fail with an ApplicationFailure: any other error would fail the workflow task and retry for ever. */
export function refusing<A extends unknown[], R>(handler: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  return async (...args: A) => {
    try {
      return await handler(...args);
    } catch (err) {
      throw asFailure(err);
    }
  };
}

/** A validator whose refusal reaches the caller with its code as the failure type (and nothing is recorded). */
export function validating<A extends unknown[]>(check: (...args: A) => void): (...args: A) => void {
  return (...args: A) => {
    try {
      check(...args);
    } catch (err) {
      throw asFailure(err);
    }
  };
}
