import type { FormInstance } from 'antd';
import { ApiError } from '../api/errors';

/**
 * Puts an API refusal where it belongs: each field error next to its field (the API names it
 * by path, `nominee.fullName`); what concerns no field of this form is returned for an alert.
 */
export function showApiError(form: FormInstance | undefined, error: unknown): string | null {
  if (!(error instanceof ApiError)) return (error as Error)?.message ?? 'Không thực hiện được.';
  const known = new Set(form ? Object.keys(flatten(form.getFieldsValue(true))) : []);
  const placed = error.fieldErrors.filter((e) => known.has(e.field));
  if (form && placed.length) {
    form.setFields(placed.map((e) => ({ name: e.field.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)), errors: [e.message] })));
  }
  const rest = error.fieldErrors.filter((e) => !known.has(e.field));
  if (placed.length && !rest.length) return null;
  return rest.length && placed.length ? rest.map((e) => e.message).join('; ') : error.message;
}

/** Field paths of a form's values: { nominee: { fullName } } → nominee.fullName (and nominee itself). */
function flatten(value: unknown, prefix = ''): Record<string, true> {
  const out: Record<string, true> = {};
  if (value && typeof value === 'object' && !Array.isArray(value) && !('$d' in (value as object))) {
    for (const [k, v] of Object.entries(value)) {
      const path = prefix ? `${prefix}.${k}` : k;
      out[path] = true;
      Object.assign(out, flatten(v, path));
    }
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => {
      const path = `${prefix}.${i}`;
      out[path] = true;
      Object.assign(out, flatten(v, path));
    });
  }
  return out;
}
