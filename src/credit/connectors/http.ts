/**
 * A signed HTTP call to a credit platform: node fetch, a timeout by AbortSignal, no retries (a failed delivery
 * is retried by the outbox; a failed lookup leaves the proof to be asked for).
 */
import { SIGNATURE_HEADER, TIMESTAMP_HEADER, signRequest } from './signature.js';

export class PlatformError extends Error {
  constructor(
    readonly url: string,
    readonly status: number | null,
    message: string,
  ) {
    super(message);
    this.name = 'PlatformError';
  }
}

export interface PlatformCall {
  method: 'GET' | 'POST';
  /** Path under the platform's base URL, e.g. `/repairs`. */
  path: string;
  query?: Record<string, string>;
  body?: unknown;
  headers?: Record<string, string>;
  secret: string;
  timeoutMs: number;
  signal?: AbortSignal;
}

/** Resolves with the status and the JSON body for any answer; throws PlatformError when there is none. */
export async function callPlatform(baseUrl: string, call: PlatformCall): Promise<{ status: number; body: unknown }> {
  const url = new URL(baseUrl + call.path);
  for (const [k, v] of Object.entries(call.query ?? {})) url.searchParams.set(k, v);
  const body = call.body === undefined ? '' : JSON.stringify(call.body);
  const timestamp = String(Date.now());
  const signal = call.signal
    ? AbortSignal.any([call.signal, AbortSignal.timeout(call.timeoutMs)])
    : AbortSignal.timeout(call.timeoutMs);
  let res: Response;
  try {
    res = await fetch(url, {
      method: call.method,
      headers: {
        ...(body ? { 'content-type': 'application/json' } : {}),
        ...call.headers,
        [TIMESTAMP_HEADER]: timestamp,
        [SIGNATURE_HEADER]: signRequest(call.secret, call.method, url.pathname + url.search, timestamp, body),
      },
      body: body || undefined,
      signal,
    });
  } catch (err) {
    const reason = err instanceof Error ? (err.cause instanceof Error ? err.cause.message : err.message) : String(err);
    throw new PlatformError(url.toString(), null, `${call.method} ${url.pathname}: no answer (${reason})`);
  }
  const text = await res.text().catch(() => '');
  let parsed: unknown = null;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    parsed = { text: text.slice(0, 500) };
  }
  return { status: res.status, body: parsed };
}

export function unexpected(baseUrl: string, path: string, r: { status: number; body: unknown }): PlatformError {
  const detail = JSON.stringify(r.body)?.slice(0, 300) ?? '';
  return new PlatformError(baseUrl + path, r.status, `${path}: HTTP ${r.status} ${detail}`);
}
