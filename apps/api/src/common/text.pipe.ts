import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import type { FieldProblem } from '#domain';
import { invalidFields } from './api-error.js';
import { fieldLabel } from './field-labels.js';

// C0 control characters other than tab, line feed and carriage return: PostgreSQL cannot store NUL
// in text or jsonb, and none of them belongs in a dossier.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
// A UTF-16 surrogate without its pair is valid JSON but not text: PostgreSQL refuses it in jsonb.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** No request of this API nests deeper; deeper bodies are refused before they are walked. */
const MAX_DEPTH = 16;

function problems(value: unknown, path: string, depth: number): FieldProblem[] {
  const problem = (field: string, code: string, rule: string): FieldProblem[] => [{ field, code, message: `${fieldLabel(field)} ${rule}` }];
  if (depth > MAX_DEPTH) return problem(path || 'body', 'maxDepth', 'lồng nhau quá nhiều cấp');
  if (typeof value === 'string') {
    if (CONTROL.test(value)) return problem(path || 'value', 'noControlCharacters', 'không được chứa ký tự điều khiển');
    if (LONE_SURROGATE.test(value)) return problem(path || 'value', 'isUnicodeText', 'phải là văn bản Unicode hợp lệ');
    return [];
  }
  if (Array.isArray(value)) return value.flatMap((item, i) => problems(item, path ? `${path}.${i}` : String(i), depth + 1));
  if (value && typeof value === 'object') {
    return Object.keys(value).flatMap((key) => {
      const at = path ? `${path}.${key}` : key;
      if (FORBIDDEN_KEYS.has(key)) return [{ field: at, code: 'whitelistValidation', message: `Trường “${at}” không được phép` }];
      return problems((value as Record<string, unknown>)[key], at, depth + 1);
    });
  }
  return [];
}

/**
 * Runs before validation on bodies, queries and path parameters: refuses control characters,
 * broken Unicode, prototype keys and absurd nesting, naming each offending field.
 */
@Injectable()
export class SafeTextPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type !== 'body' && metadata.type !== 'query' && metadata.type !== 'param') return value;
    const found = problems(value, metadata.type === 'param' ? (metadata.data ?? 'param') : '', 0);
    if (found.length) throw invalidFields(found);
    return value;
  }
}
