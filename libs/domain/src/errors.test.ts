// Why a command was refused: the code decides the HTTP answer at the edge.
import { describe, expect, it } from '@jest/globals';
import { DOMAIN_ERROR_CODES, DomainError, isDomainErrorCode } from './errors.js';

describe('domain errors', () => {
  it('carry their code, also as the error’s name', () => {
    const error = new DomainError('CONFLICT', 'The nomination has already been submitted');
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ code: 'CONFLICT', name: 'CONFLICT', message: 'The nomination has already been submitted' });
  });

  it.each([...DOMAIN_ERROR_CODES])('%s is a domain error code', (code) => {
    expect(isDomainErrorCode(code)).toBe(true);
  });

  it.each(['BAD_REQUEST', 'conflict', 409, null, undefined])('%p is not', (value) => {
    expect(isDomainErrorCode(value)).toBe(false);
  });
});
