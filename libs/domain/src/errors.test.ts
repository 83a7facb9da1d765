// Why a command was refused: the category decides the HTTP answer at the edge, the reason is the stable code the API answers with.
import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  DOMAIN_ERROR_CODES,
  DomainError,
  isDomainErrorCode,
  isRefusalReason,
  readRefusalDetails,
  REFUSAL_REASONS,
  refusalDetails,
} from './errors.js';

describe('domain errors', () => {
  it('carry their category (also as the error’s name), their reason, their message and the field they concern', () => {
    const error = new DomainError('INVALID', 'SCORE_OUT_OF_RANGE', 'Điểm phải là số nguyên từ 0 đến 100 khi đồng ý đề nghị.', {
      field: 'score',
    });
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ code: 'INVALID', name: 'INVALID', reason: 'SCORE_OUT_OF_RANGE', field: 'score' });
    expect(refusalDetails(error)).toEqual({ reason: 'SCORE_OUT_OF_RANGE', field: 'score' });
    expect(refusalDetails(new DomainError('CONFLICT', 'WRONG_STAGE', '…'))).toEqual({ reason: 'WRONG_STAGE' });
  });

  it.each([...DOMAIN_ERROR_CODES])('%s is a domain error code', (code) => {
    expect(isDomainErrorCode(code)).toBe(true);
  });

  it.each(['BAD_REQUEST', 'conflict', 409, null, undefined])('%p is not', (value) => {
    expect(isDomainErrorCode(value)).toBe(false);
  });

  it('read back what Temporal carried, and nothing else', () => {
    expect(readRefusalDetails({ reason: 'DATE_IN_PAST', field: 'conferenceDate' })).toEqual({
      reason: 'DATE_IN_PAST',
      field: 'conferenceDate',
    });
    expect(readRefusalDetails({ reason: 'NOPE' })).toBeNull();
    expect(readRefusalDetails(undefined)).toBeNull();
    expect(isRefusalReason('TASK_NOT_OPEN')).toBe(true);
    expect(isRefusalReason('task_not_open')).toBe(false);
  });
});

describe('the refusal reasons', () => {
  const root = join(import.meta.dirname, '../../..');
  const sources = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return sources(path);
      return path.endsWith('.ts') && !path.endsWith('.test.ts') ? [path] : [];
    });
  // Every source file, the list itself left out.
  const code = ['libs/domain/src', 'workflows/src', 'apps/api/src']
    .flatMap((dir) => sources(join(root, dir)))
    .map((f) => readFileSync(f, 'utf8').replace(/export const REFUSAL_REASONS = \[[^\]]*\]/, ''));

  it('are unique SCREAMING_SNAKE names', () => {
    expect(new Set(REFUSAL_REASONS).size).toBe(REFUSAL_REASONS.length);
    for (const reason of REFUSAL_REASONS) expect(reason).toMatch(/^[A-Z]+(_[A-Z]+)*$/);
  });

  // Each is given, with its Vietnamese message, where it is thrown: none is listed and never used.
  it.each([...REFUSAL_REASONS])('%s is used', (reason) => {
    expect(code.some((text) => text.includes(`'${reason}'`))).toBe(true);
  });
});
