/**
 * H4 — which refusals the error handler audits. The policy layer's own refusals (`DeniedError`) always were;
 * refusals raised elsewhere are too (issue #10 item 13): 401 (no or a bad session or key), 403 (e.g. an API key
 * without the route's scope) and 404 (a record outside the caller's scope looks exactly like a missing one, so
 * every "not found" of a record is recorded). Refusals an operation audits itself are left to it.
 */
import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors/app-error.js';
import type { DbOrTx } from '../db/client.js';
import { recordAudit } from './record.js';

const AUDITED_STATUSES = new Set([401, 403, 404]);
/** Refusals whose operation writes its own audit row (a failed sign-in). */
const SELF_AUDITED = new Set(['bad-credentials']);
/** Most characters of the requested URL kept in the row. */
const MAX_URL = 500;

/** The reason to record for a refusal, or undefined when it is not one the audit keeps. */
export function refusalReason(err: unknown): string | undefined {
  if (!(err instanceof AppError) || !AUDITED_STATUSES.has(err.status) || SELF_AUDITED.has(err.code)) return undefined;
  const reason = (err as AppError & { reason?: unknown }).reason;
  return typeof reason === 'string' ? reason : err.code;
}

/** Writes the `denied` audit row of a refused request (outside any transaction: the request's own rolled back). */
export async function auditRefusal(db: DbOrTx, req: FastifyRequest, err: unknown): Promise<void> {
  const reason = refusalReason(err);
  if (reason === undefined || !req.ctx) return;
  await recordAudit(db, req.ctx, {
    action: `${req.method} ${req.routeOptions.url ?? req.url.split('?')[0]!.slice(0, MAX_URL)}`,
    outcome: 'denied',
    detail: { reason, status: (err as AppError).status, url: req.url.slice(0, MAX_URL) },
  });
}
