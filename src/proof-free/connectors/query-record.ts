/**
 * F3 — asks one registered interface whether it holds a record of the applicant. The request carries the legal
 * basis and the applicant's consent (the source may refuse without them); the ID number travels in the signed
 * body, never in the URL. Returns how long it took, for the interface's health (F2).
 */
import { callPlatform, PlatformError } from '../../credit/index.js';
import type { ProofSourcesConfig } from '../config.js';

export interface RecordQuery {
  endpoint: string;
  idNumber: string;
  legalBasis: string;
  consent: { method: string; at: string };
  requestId: string;
}

export type RecordAnswer =
  | {
      ok: true;
      found: boolean;
      record: Record<string, unknown> | null;
      durationMs: number;
      httpStatus: number;
    }
  | { ok: false; error: string; durationMs: number; httpStatus: number | null };

export async function queryRecord(config: ProofSourcesConfig, q: RecordQuery): Promise<RecordAnswer> {
  const started = performance.now();
  const took = () => Math.round(performance.now() - started);
  if (!config.baseUrl)
    return { ok: false, error: 'no proof source connected', durationMs: 0, httpStatus: null };
  try {
    const r = await callPlatform(config.baseUrl, {
      method: 'POST',
      path: q.endpoint,
      body: { idNumber: q.idNumber, legalBasis: q.legalBasis, consent: q.consent, requestId: q.requestId },
      secret: config.secret,
      timeoutMs: config.timeoutMs,
    });
    if (r.status !== 200)
      return { ok: false, error: `HTTP ${r.status}`, durationMs: took(), httpStatus: r.status };
    const body = r.body as { found?: unknown; record?: Record<string, unknown> | null };
    if (typeof body?.found !== 'boolean')
      return { ok: false, error: 'malformed answer', durationMs: took(), httpStatus: r.status };
    return {
      ok: true,
      found: body.found,
      record: body.record ?? null,
      durationMs: took(),
      httpStatus: r.status,
    };
  } catch (err) {
    const message = err instanceof PlatformError ? err.message : String(err);
    return { ok: false, error: message.slice(0, 300), durationMs: took(), httpStatus: null };
  }
}
