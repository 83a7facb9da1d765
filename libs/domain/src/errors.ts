/**
 * Why a command was refused. The code decides the HTTP answer at the edge
 * (FORBIDDEN → 403, CONFLICT → 409, INVALID → 400, UNPROCESSABLE → 422, NOT_FOUND → 404).
 * Inside a workflow the code travels as the failure's type, so the API can map it back.
 */
export type DomainErrorCode = 'FORBIDDEN' | 'CONFLICT' | 'INVALID' | 'UNPROCESSABLE' | 'NOT_FOUND';

export const DOMAIN_ERROR_CODES: readonly DomainErrorCode[] = ['FORBIDDEN', 'CONFLICT', 'INVALID', 'UNPROCESSABLE', 'NOT_FOUND'];

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
  ) {
    super(message);
    this.name = code;
  }
}

export function isDomainErrorCode(value: unknown): value is DomainErrorCode {
  return typeof value === 'string' && (DOMAIN_ERROR_CODES as readonly string[]).includes(value);
}
