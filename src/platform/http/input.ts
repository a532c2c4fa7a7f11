/**
 * The one input-normalisation rule of every request: a string a client sends (JSON body, query, path parameter,
 * multipart field or file name) must be well-formed Unicode without U+0000 — PostgreSQL text cannot store
 * either a NUL or a lone UTF-16 surrogate, and half a character is never what a person meant. Such input is
 * refused with a 422 naming the field; nothing is written. Structures deeper than `MAX_DEPTH` are refused too
 * (no schema of the API nests that deep). Text read from an uploaded spreadsheet is cleaned instead
 * (`cleanText`): a cell cannot be re-typed by the caller, and the row still gets its own verdict.
 */
export const MAX_DEPTH = 32;

/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const LONE_SURROGATES = new RegExp(LONE_SURROGATE.source, 'g');

export type InputFlaw = { path: (string | number)[]; kind: 'nul' | 'surrogate' | 'depth' };

function stringFlaw(s: string): InputFlaw['kind'] | null {
  if (s.includes('\u0000')) return 'nul';
  if (LONE_SURROGATE.test(s)) return 'surrogate';
  return null;
}

/** The first flaw in a parsed input (strings and object keys), depth-first; `null` when the input is sound. */
export function inputFlaw(v: unknown, path: (string | number)[] = [], depth = 0): InputFlaw | null {
  if (typeof v === 'string') {
    const kind = stringFlaw(v);
    return kind ? { path, kind } : null;
  }
  if (v === null || typeof v !== 'object' || Buffer.isBuffer(v)) return null;
  if (depth >= MAX_DEPTH) return { path, kind: 'depth' };
  const isArray = Array.isArray(v);
  for (const k of Object.keys(v)) {
    const at = [...path, isArray ? Number(k) : k];
    const keyKind = isArray ? null : stringFlaw(k);
    if (keyKind) return { path: at, kind: keyKind };
    const found = inputFlaw((v as Record<string, unknown>)[k], at, depth + 1);
    if (found) return found;
  }
  return null;
}

/** Text from a file the caller uploaded: NUL removed, lone surrogates replaced by U+FFFD. */
export const cleanText = (s: string): string => s.replaceAll('\u0000', '').replace(LONE_SURROGATES, '\uFFFD');
