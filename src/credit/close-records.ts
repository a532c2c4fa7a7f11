/**
 * Ends the publicity of penalty records — repaired (C3 automatically, C4 on application) or expired at their
 * maximum (C2) — in ONE set-based statement: the UPDATE … RETURNING feeds the audit (a row per record, or per
 * thousand records with their ids) and a delivery per record and connected platform (C5) through
 * INSERT … SELECT, all in the caller's transaction.
 * A record is closed once (the condition requires `published`), so running it again changes nothing.
 * For large batches give the transaction room to sort in memory (`SET LOCAL work_mem`, see sweepPenalties).
 */
import { sql, type SQL } from 'drizzle-orm';
import { auditActorColumns } from '../platform/audit/record.js';
import { rows, type DbOrTx } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import { DEFAULT_MAX_ATTEMPTS } from '../platform/outbox/enqueue.js';
import { chinaDay } from '../organisation/index.js';
import type { DeliveryPlatform } from './config.js';
import { REPAIR_TOPIC } from './deliveries.js';

/**
 * A UUIDv7 made in SQL, for rows written set-based (no PostgreSQL before 18 has uuidv7()): the 48-bit Unix
 * millisecond timestamp over the first six bytes of a random UUID, version bits 0111.
 */
const UUID_V7 = sql.raw(
  `encode(set_bit(set_bit(overlay(uuid_send(gen_random_uuid()) placing substring(int8send((extract(epoch from clock_timestamp()) * 1000)::bigint) from 3) from 1 for 6), 52, 1), 53, 1), 'hex')::uuid`,
);

/** Records per audit row of a grouped close. */
export const AUDIT_GROUP = 1000;

export interface CloseSpec {
  /** Which rows (a condition on `credit_penalty`); `status = 'published'` is always added. */
  where: SQL;
  to: 'repaired' | 'expired';
  how: 'automatic' | 'application' | null;
  applicationId?: string;
  /** Audit action, e.g. `credit.penalty.auto-repair`. */
  auditAction: string;
  /**
   * `per-record` (default): an audit row per record. `grouped`: a row per thousand records listing their ids
   * — for the nightly sweep, where a row per record was a quarter of its time.
   */
  audit?: 'per-record' | 'grouped';
  platforms: readonly DeliveryPlatform[];
}

export async function closeRecords(db: DbOrTx, ctx: Ctx, spec: CloseSpec): Promise<{ closed: number; queued: number }> {
  const now = ctx.now.toISOString();
  const today = chinaDay(ctx.now);
  const actor = auditActorColumns(ctx);
  const set =
    spec.to === 'repaired'
      ? sql`status = 'repaired', repaired_at = ${now}::timestamptz, repaired_how = ${spec.how}::text, repair_application_id = ${spec.applicationId ?? null}::uuid`
      : sql`status = 'expired', expired_at = ${now}::timestamptz`;
  const action = spec.to === 'repaired' ? 'repair' : 'stop-publicity';
  const columns = sql`${UUID_V7}, ${now}::timestamptz, ${actor.actorType}, ${actor.actorId}, ${actor.actorName}, ${actor.role}, ${spec.auditAction}, 'credit_penalty'`;
  const audit =
    spec.audit === 'grouped'
      ? sql`SELECT ${columns}, NULL, NULL, ${ctx.requestId}, 'ok',
                 jsonb_build_object('count', count(*), 'ids', jsonb_agg(g.id ORDER BY g.id), 'status', ${spec.to}::text,
                                    'how', ${spec.how}::text, 'platforms', ${sql.param(spec.platforms)}::text[])
          FROM (SELECT c.id, (row_number() OVER (ORDER BY c.id) - 1) / ${AUDIT_GROUP} AS grp FROM changed c) g
          GROUP BY g.grp`
      : sql`SELECT ${columns}, c.id::text, c.enterprise_id, ${ctx.requestId}, 'ok',
                 jsonb_build_object('decisionNo', c.decision_no, 'uscc', c.uscc, 'status', ${spec.to}::text, 'how', ${spec.how}::text,
                                    'applicationId', ${spec.applicationId ?? null}::text, 'platforms', ${sql.param(spec.platforms)}::text[])
          FROM changed c
          ORDER BY c.id`;
  const [r] = await rows<{ closed: number; queued: number }>(
    db,
    sql`WITH changed AS (
          UPDATE credit_penalty SET ${set}
          WHERE status = 'published' AND (${spec.where})
          RETURNING id, enterprise_id, uscc, decision_no, department_id
        ), audited AS (
          INSERT INTO audit_log (id, at, actor_type, actor_id, actor_name, role, action, target_type, target_id, enterprise_id, request_id, outcome, detail)
          ${audit}
        ), queued AS (
          INSERT INTO outbox (id, topic, destination, idempotency_key, payload, enterprise_id, status, attempts, max_attempts, next_attempt_at, created_at)
          SELECT ${UUID_V7}, ${REPAIR_TOPIC}, pl.platform, 'repair:' || c.id::text || ':' || pl.platform,
                 jsonb_build_object('action', ${action}::text, 'recordId', c.id, 'uscc', c.uscc, 'decisionNo', c.decision_no,
                                    'departmentCode', d.code, 'how', ${spec.how}::text, 'effectiveOn', ${today}::text),
                 c.enterprise_id, 'pending', 0, ${DEFAULT_MAX_ATTEMPTS}, ${now}::timestamptz, ${now}::timestamptz
          FROM changed c
          JOIN department d ON d.id = c.department_id
          CROSS JOIN unnest(${sql.param(spec.platforms)}::text[]) AS pl(platform)
          -- A record is closed once (the UPDATE takes its row lock and requires 'published'), so its keys are
          -- new: a plain INSERT, no ON CONFLICT (whose speculative insertion cost a third of the sweep). Should a
          -- key exist all the same, the unique index fails the whole statement and nothing changes.
          -- In key order, so the key index is filled page by page rather than all over (a quarter faster).
          ORDER BY c.id, pl.platform
          RETURNING 1
        )
        SELECT (SELECT count(*) FROM changed)::int AS closed, (SELECT count(*) FROM queued)::int AS queued`,
  );
  return r ?? { closed: 0, queued: 0 };
}
