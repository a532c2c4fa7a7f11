import type { FormInstance } from 'antd';
import { ApiError } from './client';

/** "body.window.start" → "window.start": the API prefixes a path with the part of the request it is in. */
const fieldPath = (path: string) => path.replace(/^(body|query|params)\./, '');

/**
 * Puts the field errors of a problem response (`errors: [{ path, message }]`) on the matching form
 * fields. Returns true when at least one was placed, so the caller need not repeat them elsewhere.
 */
export function applyFieldErrors(form: FormInstance, error: unknown, fields: readonly string[]): boolean {
  if (!(error instanceof ApiError) || !error.errors?.length) return false;
  const known = error.errors
    .map((e) => ({ path: fieldPath(e.path), message: e.message }))
    .filter((e) => fields.includes(e.path));
  if (!known.length) return false;
  form.setFields(known.map((e) => ({ name: e.path.split('.'), errors: [e.message] })));
  return true;
}
