/**
 * F2 — GET /api/proof-free/interfaces: the register of data interfaces and e-licence kinds (owner, data kinds,
 * endpoint, status, agreed response time) with each one's health measured from its calls of the last days.
 */
import { sql } from 'drizzle-orm';
import { rows, type Db } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import { requireUser } from '../platform/policy/policy.js';
import { STAFF } from './policy.js';
import type { proofInterfaces } from './schema.js';
import { HEALTH_RULES, healthOf } from './rules/health.js';

interface Row extends Omit<typeof proofInterfaces.$inferSelect, 'createdAt'> {
  total: number;
  ok: number;
  avgMs: number | null;
  p95Ms: number | null;
  lastAt: string | null;
  lastError: string | null;
}

export async function listInterfaces(db: Db, ctx: Ctx) {
  requireUser(ctx.actor, STAFF);
  const since = new Date(ctx.now.getTime() - HEALTH_RULES.windowDays * 86_400_000);
  const found = await rows<Row>(
    db,
    sql`SELECT f.id, f.code, f.name, f.kind, f.owner_name AS "ownerName", f.data_kinds AS "dataKinds", f.endpoint, f.region, f.status,
               f.agreed_response_ms AS "agreedResponseMs",
               coalesce(c.total, 0)::int AS total, coalesce(c.ok, 0)::int AS ok, c.avg_ms AS "avgMs", c.p95_ms AS "p95Ms",
               c.last_at AS "lastAt", c.last_error AS "lastError"
        FROM proof_interface f
        LEFT JOIN LATERAL (
          SELECT count(*) AS total, count(*) FILTER (WHERE outcome = 'ok') AS ok,
                 round(avg(duration_ms))::int AS avg_ms,
                 round(percentile_cont(0.95) WITHIN GROUP (ORDER BY duration_ms))::int AS p95_ms,
                 max(at) AS last_at,
                 (SELECT error FROM proof_connector_call e WHERE e.interface_id = f.id AND e.outcome = 'error' ORDER BY e.at DESC LIMIT 1) AS last_error
          FROM proof_connector_call k WHERE k.interface_id = f.id AND k.at >= ${since.toISOString()}::timestamptz
        ) c ON true
        ORDER BY f.kind, f.code`,
  );
  return found.map((r) => ({
    ...r,
    lastAt: r.lastAt ? new Date(r.lastAt).toISOString() : null,
    health: {
      status: healthOf(r, r.agreedResponseMs),
      calls: r.total,
      ok: r.ok,
      avgMs: r.avgMs,
      p95Ms: r.p95Ms,
      windowDays: HEALTH_RULES.windowDays,
    },
  }));
}
