import { BadRequestException, Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';

// C0 control characters other than tab, line feed and carriage return: PostgreSQL cannot store NUL
// in text or jsonb, and none of them belongs in a dossier.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function problems(value: unknown, path: string): string[] {
  if (typeof value === 'string') return CONTROL.test(value) ? [`${path || 'value'} must not contain control characters`] : [];
  if (Array.isArray(value)) return value.flatMap((item, i) => problems(item, path ? `${path}.${i}` : String(i)));
  if (value && typeof value === 'object') {
    return Object.keys(value).flatMap((key) => {
      const at = path ? `${path}.${key}` : key;
      if (FORBIDDEN_KEYS.has(key)) return [`${at} should not exist`];
      return problems((value as Record<string, unknown>)[key], at);
    });
  }
  return [];
}

/**
 * Runs before validation on bodies and queries: refuses control characters (NUL would
 * otherwise reach PostgreSQL) and prototype keys, naming each offending field.
 */
@Injectable()
export class SafeTextPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type !== 'body' && metadata.type !== 'query') return value;
    const found = problems(value, '');
    if (found.length) throw new BadRequestException(found);
    return value;
  }
}
