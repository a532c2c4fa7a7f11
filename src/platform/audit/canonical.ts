/**
 * H4 — the canonical form of an audit row's content, and the chain hash built on it. Pure: no database, no clock.
 *
 * Canonical form (version 1; changing it breaks every chain already sealed):
 *   a JSON object of every content column — all columns but `seq`, `prev_hash` and `hash` — under its SQL
 *   column name, keys in ascending code-unit order, no whitespace; absent values are `null`; the timestamp is
 *   ISO 8601 UTC with milliseconds (`2026-11-27T02:00:00.000Z`); the jsonb `detail` with the keys of every
 *   object sorted the same way, arrays in their order. Strings are escaped as `JSON.stringify` does.
 *
 * Chain hash: hash = SM3(prev_hash ‖ canonical), over the UTF-8 bytes of the 64-hex-digit previous hash followed
 * by the canonical text, as 64 lower-case hex digits. The first row's prev_hash is 64 zeros.
 */
import { createHash } from 'node:crypto';
import type { auditLog } from './schema.js';

export type AuditRow = typeof auditLog.$inferSelect;
/** What the hash covers: every column except the chain's own (seq, prev_hash, hash). */
export type AuditContent = Omit<AuditRow, 'seq' | 'prevHash' | 'hash'>;

/** prev_hash of the chain's first row. */
export const GENESIS_HASH = '0'.repeat(64);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Stable JSON: object keys sorted (code-unit order) at every depth; `undefined` members dropped, as JSON does. */
export function stableJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'number') return Number.isFinite(value) ? JSON.stringify(value) : 'null';
  if (typeof value === 'string' || typeof value === 'boolean') return JSON.stringify(value);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value))
    return `[${value.map((v) => (v === undefined ? 'null' : stableJson(v))).join(',')}]`;
  if (typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    const members = Object.keys(obj)
      .filter((k) => obj[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stableJson(obj[k])}`);
    return `{${members.join(',')}}`;
  }
  // bigint, function, symbol: never in a jsonb value read back from the database.
  throw new TypeError(`audit canonical form: unsupported value of type ${typeof value}`);
}

const text = (v: string | null | undefined): string | null => v ?? null;

/** The canonical serialisation of an audit row's content (see the header for the exact form). */
export function canonicalAuditContent(row: AuditContent): string {
  const at = row.at instanceof Date ? row.at : new Date(row.at as unknown as string);
  if (Number.isNaN(at.getTime())) throw new TypeError('audit canonical form: invalid timestamp');
  const content: Record<string, Json> = {
    action: row.action,
    actor_id: text(row.actorId),
    actor_name: text(row.actorName),
    actor_type: row.actorType,
    at: at.toISOString(),
    detail: (row.detail ?? null) as Json,
    enterprise_id: text(row.enterpriseId),
    id: row.id,
    ip: text(row.ip),
    outcome: row.outcome,
    request_id: text(row.requestId),
    role: text(row.role),
    target_id: text(row.targetId),
    target_type: text(row.targetType),
  };
  return stableJson(content);
}

/** SM3 (GB/T 32905) of a UTF-8 string, as lower-case hex. */
export function sm3Hex(input: string): string {
  return createHash('sm3').update(input, 'utf8').digest('hex');
}

/** The chain hash of a row given the hash of the row before it. */
export function auditRowHash(prevHash: string, row: AuditContent): string {
  return sm3Hex(prevHash + canonicalAuditContent(row));
}
