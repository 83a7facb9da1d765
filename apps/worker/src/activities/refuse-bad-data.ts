import { ApplicationFailure } from '@temporalio/activity';
import { QueryFailedError } from 'typeorm';

/**
 * PostgreSQL data exceptions (SQLSTATE class 22, e.g. a NUL in jsonb) will fail the same way on
 * every retry: fail at once, non-retryable, instead of retrying for ever. The API refuses such
 * input first; this is the last line.
 */
export async function refuseBadData<T>(append: () => Promise<T>): Promise<T> {
  try {
    return await append();
  } catch (err) {
    const code = err instanceof QueryFailedError ? (err.driverError as { code?: string }).code : undefined;
    if (code?.startsWith('22'))
      throw ApplicationFailure.nonRetryable(`Cannot store the event: ${err instanceof Error ? err.message : err}`, 'InvalidData');
    throw err;
  }
}
