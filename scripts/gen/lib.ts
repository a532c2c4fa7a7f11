/**
 * Shared pieces of the scale generator: deterministic random streams and ids, COPY text encoding, time helpers.
 * Everything here is a pure function of its arguments, so a seed always yields the same rows.
 */
import { createRandom, type Random } from '../../src/platform/demo/random.js';
import { chinaDayOf } from '../../src/calendar/working-days.js';

export const DAY_MS = 86_400_000;
export const HOUR_MS = 3_600_000;

/** A 32-bit mix (murmur3 finaliser) of the seed, an entity index and a stream number. */
export function mix(seed: number, index: number, stream: number): number {
  let h = (seed ^ Math.imul(index, 0x9e3779b1) ^ Math.imul(stream + 1, 0x85ebca77)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** The random stream of one entity: independent of how the work is split between workers. */
export const streamOf = (seed: number, index: number, stream: number): Random => createRandom(mix(seed, index, stream));

/** Id tags: the table an id belongs to is part of the id, so ids of different tables never collide. */
export const TAG = { enterprise: 1, officer: 2, inspection: 3, penalty: 4, signal: 5, department: 6, team: 7, user: 8, item: 9, scenario: 10, complaint: 11, ruleSet: 12, apiClient: 13, enterpriseUser: 14, licence: 15 } as const;

const hex = (n: number, width: number) => n.toString(16).padStart(width, '0');

/**
 * A UUIDv7 (time-ordered, like the application's ids) built from `ms` and the triple (tag, index, seq), which
 * makes it unique without any bookkeeping: index < 2^32, seq < 2^22.
 */
export function idOf(ms: number, tag: number, index: number, seq = 0): string {
  const t = Math.max(0, Math.floor(ms));
  const hi = Math.floor(t / 0x10000);
  const lo = t % 0x10000;
  const a12 = seq & 0xfff;
  const b14 = ((tag & 0xf) << 10) | ((seq >>> 12) & 0x3ff);
  return `${hex(hi, 8)}-${hex(lo, 4)}-7${hex(a12, 3)}-${hex(0x8000 | b14, 4)}-${hex(index >>> 0, 8)}${hex(mix(tag, index, seq) & 0xffff, 4)}`;
}

/** COPY text format: backslash, tab, newline and carriage return escaped; null is \N. */
export function esc(v: string): string {
  return /[\\\t\n\r]/.test(v) ? v.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r')) : v;
}

export type Cell = string | number | boolean | null | undefined | Date | readonly string[];

/** One COPY line from cells (strings escaped; arrays as {a,b}, elements quoted only when they need it). */
export function line(cells: readonly Cell[]): string {
  let out = '';
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i];
    if (i) out += '\t';
    if (c === null || c === undefined) out += '\\N';
    else if (typeof c === 'string') out += esc(c);
    else if (typeof c === 'number') out += String(c);
    else if (typeof c === 'boolean') out += c ? 't' : 'f';
    else if (c instanceof Date) out += c.toISOString();
    else out += esc(`{${c.map((x) => (/^[A-Za-z0-9_.:-]+$/.test(x) ? x : `"${x.replace(/["\\]/g, '\\$&')}"`)).join(',')}}`);
  }
  return out + '\n';
}

export const iso = (ms: number) => new Date(ms).toISOString();
/** The China calendar day (UTC+8) of an instant, YYYY-MM-DD. */
export const chinaDay = (ms: number) => chinaDayOf(new Date(ms));

/** Picks from weighted pairs. */
export function weighted<T>(rng: Random, items: readonly (readonly [T, number])[]): T {
  let total = 0;
  for (const [, w] of items) total += w;
  let ticket = rng.next() * total;
  for (const [item, w] of items) {
    ticket -= w;
    if (ticket < 0) return item;
  }
  return items[items.length - 1]![0];
}

/**
 * Splits `total` over entries in proportion to `weights` with systematic rounding: the counts add up to exactly
 * `total` and each is the floor or ceiling of its share (never above `cap`, when the shares allow).
 */
export function apportion(weights: Float64Array, total: number, cap = Infinity): Int32Array {
  const n = weights.length;
  const out = new Int32Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) sum += weights[i]!;
  if (sum <= 0 || total <= 0) return out;
  // Scale so that min(cap, c·w) adds up to total (a few rounds of water-filling).
  let c = total / sum;
  for (let round = 0; round < 30 && Number.isFinite(cap); round++) {
    let capped = 0;
    let free = 0;
    for (let i = 0; i < n; i++) {
      const v = c * weights[i]!;
      if (v >= cap) capped += cap;
      else free += weights[i]!;
    }
    if (free === 0) break;
    const next = (total - capped) / free;
    if (Math.abs(next - c) < 1e-12 * c) break;
    c = next;
  }
  let carry = 0;
  let given = 0;
  for (let i = 0; i < n; i++) {
    carry += Math.min(cap, c * weights[i]!);
    const k = Math.min(total - given, Math.max(0, Math.round(carry) - given));
    out[i] = k;
    given += k;
  }
  // Floating error: put what is left on the largest weights, one each.
  for (let i = 0; given < total && i < n; i++) {
    if (weights[i]! > 0 && out[i]! < cap) {
      out[i] = out[i]! + 1;
      given++;
    }
  }
  return out;
}
