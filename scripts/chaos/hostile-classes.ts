/**
 * The hostile-input classes every write route gets, each sent by every signed-in caller (so the body reaches
 * validation wherever a caller passes the door): lone UTF-16 surrogates (escaped in JSON and as raw invalid
 * UTF-8), U+0000, strings past their limit, numbers out of range, deep nesting, and `__proto__` / `constructor`
 * keys. Each body is otherwise the route's own skeleton, so the class alone decides the answer.
 */
import { randomUUID } from 'node:crypto';

/** The part of a JSON Schema (of the OpenAPI document) the hostile scenarios read. */
export type Schema = {
  type?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  enum?: unknown[];
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  anyOf?: Schema[];
  oneOf?: Schema[];
  nullable?: boolean;
};

export const HOSTILE_CLASSES = ['lone-surrogate', 'nul', 'overlong', 'out-of-range', 'deep-nesting', 'prototype-keys'] as const;
export type HostileClass = (typeof HOSTILE_CLASSES)[number];

/**
 * A body its schema accepts, with a plausible value of each type: `every` fills every property (optional ones too;
 * of `anyOf` the first that is not null; nothing deeper than 5, and null for what has no type), `required` only the
 * required ones (of `anyOf` the first; as deep as 6; a date-time for what has no type — `z.coerce.date()` and friends).
 */
export function sampleBody(s: Schema | undefined, fill: 'every' | 'required', depth = 0): unknown {
  const every = fill === 'every';
  if (!s || depth > (every ? 5 : 6)) return null;
  if (s.anyOf?.length) return sampleBody((every ? s.anyOf.find((x) => x.type !== 'null') : undefined) ?? s.anyOf[0], fill, depth + 1);
  if (s.oneOf?.length) return sampleBody(s.oneOf[0], fill, depth + 1);
  if (s.enum?.length) return s.enum[0];
  switch (s.type) {
    case 'object': {
      const o: Record<string, unknown> = {};
      for (const k of every ? Object.keys(s.properties ?? {}) : (s.required ?? [])) o[k] = sampleBody(s.properties?.[k], fill, depth + 1);
      return o;
    }
    case 'array':
      return Array.from({ length: Math.max(1, s.minItems ?? 1) }, () => sampleBody(s.items, fill, depth + 1));
    case 'integer':
    case 'number':
      return s.minimum ?? 1;
    case 'boolean':
      return false;
    case 'string':
      if (s.format === 'uuid') return randomUUID();
      if (s.format === 'date') return '2026-01-05';
      if (s.format === 'date-time') return '2026-01-05T08:00:00.000Z';
      return 'x'.repeat(Math.max(1, s.minLength ?? 1));
    default:
      return every ? null : '2026-01-05T08:00:00.000Z';
  }
}

/** Visits every value of `body` that `schema` types as `type`, replacing it with `f(value, its schema)`. */
function mapLeaves(body: unknown, s: Schema | undefined, type: (t: Schema) => boolean, f: (v: unknown, s: Schema) => unknown): number {
  let n = 0;
  if (!s || body === null || typeof body !== 'object') return 0;
  const props = s.anyOf?.find((x) => x.type === 'object')?.properties ?? s.properties ?? {};
  for (const [k, p] of Object.entries(props)) {
    const o = body as Record<string, unknown>;
    const ps = p.anyOf?.find((x) => x.type !== 'null') ?? p;
    if (!(k in o)) continue;
    if (type(ps)) {
      o[k] = f(o[k], ps);
      n++;
    } else if (ps.type === 'object') n += mapLeaves(o[k], ps, type, f);
    else if (ps.type === 'array' && Array.isArray(o[k]) && ps.items) {
      const items = ps.items.anyOf?.find((x) => x.type !== 'null') ?? ps.items;
      if (type(items)) {
        o[k] = (o[k] as unknown[]).map((v) => f(v, items));
        n++;
      } else for (const v of o[k] as unknown[]) n += mapLeaves(v, items, type, f);
    }
  }
  return n;
}

const isString = (s: Schema) => s.type === 'string';
const isNumber = (s: Schema) => s.type === 'number' || s.type === 'integer';
/** A lone low surrogate as UTF-8 would spell it (CESU-8 style): invalid UTF-8 on the wire. */
const RAW_SURROGATE = Buffer.from([0xed, 0xbf, 0xbf]);

/** The body of one class for the route's JSON schema; undefined when the route has nothing the class can reach. */
export function classBody(s: Schema | undefined, cls: HostileClass, variant: number): { body: string | Buffer; contentType: string } | undefined {
  if (!s || (s.type !== 'object' && !s.anyOf?.some((x) => x.type === 'object'))) return undefined;
  const body = sampleBody(s.anyOf?.find((x) => x.type === 'object') ?? s, 'every') as Record<string, unknown>;
  const json = (o: unknown) => ({ body: JSON.stringify(o), contentType: 'application/json' });
  switch (cls) {
    case 'lone-surrogate': {
      if (variant % 2 === 1) {
        // Raw bytes: the JSON text itself is not valid UTF-8.
        const marker = '@@SURROGATE@@';
        const n = mapLeaves(body, s, isString, () => `x${marker}`);
        const text = n ? JSON.stringify(body) : JSON.stringify({ ...body, [marker]: 1 });
        const parts = text.split(marker);
        return { body: Buffer.concat(parts.flatMap((p, i) => (i ? [RAW_SURROGATE, Buffer.from(p)] : [Buffer.from(p)]))), contentType: 'application/json' };
      }
      const n = mapLeaves(body, s, isString, () => (variant % 4 === 0 ? 'x\udfff' : '\ud800y'));
      return json(n ? body : { ...body, '\udfff': 'x' });
    }
    case 'nul': {
      const n = mapLeaves(body, s, isString, (v) => `x\u0000${typeof v === 'string' ? v : ''}`);
      return json(n ? body : { ...body, 'k\u0000': 'x' });
    }
    case 'overlong': {
      const strings: Schema[] = [];
      mapLeaves(structuredClone(body), s, isString, (v, p) => (strings.push(p), v));
      if (!strings.length) return undefined;
      // Past each limit; where a field has none, 100,000 characters — all within the 1 MiB body limit.
      const budget = Math.floor(900_000 / strings.length);
      mapLeaves(body, s, isString, (_v, p) => '长'.repeat(p.maxLength !== undefined ? p.maxLength + 1 : Math.max(1, Math.floor(Math.min(100_000, budget / 3)))));
      return json(body);
    }
    case 'out-of-range': {
      const big = variant % 2 === 0 ? 1e15 : -1e15;
      const n = mapLeaves(body, s, isNumber, (_v, p) =>
        big > 0 ? (p.maximum !== undefined ? p.maximum * 10 + 1 : big) : p.minimum !== undefined ? p.minimum - 1e6 : big,
      );
      return n ? json(body) : undefined;
    }
    case 'deep-nesting': {
      const key = Object.keys(body)[0] ?? 'x';
      const levels = variant % 2 === 0 ? 64 : 5000;
      const nested = variant % 2 === 0 ? '{"a":'.repeat(levels) + '1' + '}'.repeat(levels) : '['.repeat(levels) + ']'.repeat(levels);
      const rest = JSON.stringify({ ...body, [key]: null });
      return { body: rest.replace(`"${key}":null`, `"${key}":${nested}`), contentType: 'application/json' };
    }
    case 'prototype-keys': {
      // Prototype keys beside a required field left out (or a field of the wrong type): refused, never merged.
      const required = s.required ?? [];
      if (required.length) delete body[required[variant % required.length]!];
      else {
        const k = Object.keys(body)[0];
        if (!k) return undefined;
        body[k] = { $ne: null };
      }
      const text = JSON.stringify(body);
      const proto = '"__proto__":{"polluted":true,"isAdmin":true},"constructor":{"prototype":{"polluted":true}}';
      return { body: text === '{}' ? `{${proto}}` : `{${proto},${text.slice(1)}`, contentType: 'application/json' };
    }
  }
}
