import { applyDecorators, ParseUUIDPipe, type PipeTransform } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsISO8601, Matches } from 'class-validator';
import { invalidFields } from './api-error.js';
import { fieldLabel } from './field-labels.js';

/**
 * An instant: a real calendar date and time in ISO 8601 with Z or an explicit offset,
 * e.g. 2018-04-28T17:00:00Z or 2018-04-29T00:00:00+07:00. 30 February or 25:00 are refused.
 */
export function IsInstant(field: string) {
  return applyDecorators(
    IsISO8601({ strict: true, strictSeparator: true }, { message: `${field} must be a valid ISO 8601 date and time` }),
    Matches(/T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/, {
      message: `${field} must be an instant: give the time with Z or an offset such as +07:00`,
    }),
  );
}

/** A number of the Ministry's register as the records office writes it: `382/QĐ-BTNMT`. */
export const DOCUMENT_NUMBER = /^\d{1,6}\/[\p{L}\p{N}.-]{2,20}$/u;

/** Trims surrounding spaces before validation, so "   " counts as empty. */
export const Trim = () => Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));

/** A path parameter that must be a UUID; the 400 names it. */
export const uuidParam = (name = 'id') =>
  new ParseUUIDPipe({
    version: '4',
    exceptionFactory: () => invalidFields([{ field: name, code: 'isUuid', message: `${fieldLabel(name)} phải là một UUID (phiên bản 4)` }]),
  });

/** A cycle code in the path: the same shape as when it was created; anything else is a 400. */
export class CycleCodePipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!/^[A-Z0-9][A-Z0-9-]{1,39}$/.test(value))
      throw invalidFields([
        {
          field: 'code',
          code: 'matches',
          message: `${fieldLabel('code')} chỉ gồm 2–40 chữ in hoa không dấu, chữ số hoặc dấu gạch ngang (ví dụ SK-2016-2018)`,
        },
      ]);
    return value;
  }
}
