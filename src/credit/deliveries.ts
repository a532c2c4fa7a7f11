/**
 * C5 — delivery of repairs to every connected platform, as outbox messages of topic `credit.repair`: one per
 * record and platform, idempotency key `repair:{recordId}:{platform}` (so enqueueing twice writes one message
 * and the platform applies a repeated delivery once). Their state is the outbox's, in the database.
 */
import { eq, inArray } from 'drizzle-orm';
import type { Db, DbOrTx } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import { AppError } from '../platform/errors/app-error.js';
import { requireUser } from '../platform/policy/policy.js';
import { outbox } from '../platform/outbox/schema.js';
import { resendMessage } from '../platform/outbox/resend.js';
import { DELIVERY_PLATFORMS, PLATFORM_NAMES } from './config.js';
import { listOutbox } from '../platform/outbox/list-outbox.js';
import { pageAnswer, type Paging } from '../platform/http/paging.js';

export const REPAIR_TOPIC = 'credit.repair';
export const deliveryKey = (recordId: string, platform: string) => `repair:${recordId}:${platform}`;

/**
 * Whether the credit officer may send a delivery again: only one that gave up (dead). A delivered one reached its
 * platform and a pending one is still being tried; the web offers 重新推送 exactly where this says so.
 */
export const mayResend = (status: (typeof outbox.$inferSelect)['status']): boolean => status === 'dead';

function presentDelivery(m: typeof outbox.$inferSelect, locale: Ctx['locale']) {
  const platform = m.destination as keyof typeof PLATFORM_NAMES;
  return {
    id: m.id,
    platform: m.destination,
    platformName: PLATFORM_NAMES[platform] ? PLATFORM_NAMES[platform][locale === 'zh-CN' ? 'zh' : 'en'] : m.destination,
    recordId: (m.payload.recordId as string | undefined) ?? null,
    action: (m.payload.action as string | undefined) ?? null,
    uscc: (m.payload.uscc as string | undefined) ?? null,
    decisionNo: (m.payload.decisionNo as string | undefined) ?? null,
    status: m.status,
    attempts: m.attempts,
    lastError: m.lastError,
    nextAttemptAt: m.status === 'pending' ? m.nextAttemptAt : null,
    createdAt: m.createdAt,
    deliveredAt: m.deliveredAt,
    resendable: mayResend(m.status),
  };
}

/** The deliveries of some records (found by their exact keys). */
export async function deliveriesOf(db: DbOrTx, recordIds: string[], locale: Ctx['locale']) {
  if (recordIds.length === 0) return [];
  const keys = recordIds.flatMap((id) => DELIVERY_PLATFORMS.map((p) => deliveryKey(id, p)));
  const found = await db.select().from(outbox).where(inArray(outbox.idempotencyKey, keys));
  return found.map((m) => presentDelivery(m, locale));
}

const STAFF = ['credit_officer', 'admin', 'supervisor'] as const;

/** GET /api/credit/deliveries — counts by platform and status, and a page of deliveries (credit staff). */
export async function listDeliveries(
  db: Db,
  ctx: Ctx,
  f: { status?: 'pending' | 'delivered' | 'dead'; platform?: string } & Paging,
) {
  requireUser(ctx.actor, STAFF);
  const { status, platform, page, pageSize } = f;
  const listed = await listOutbox(db, { topic: REPAIR_TOPIC, destination: platform, status, page, pageSize }, { undeliveredFirst: true });
  return {
    counts: listed.counts.map(({ destination, status, count }) => ({ platform: destination, status, count })),
    ...pageAnswer(f, listed.total, listed.items.map((m) => presentDelivery(m, ctx.locale))),
  };
}

/**
 * POST /api/credit/deliveries/:id/resend — queues a dead delivery again with the same idempotency key, so a
 * platform that did receive it before applies it once (credit officer; audited by the outbox). A delivered or
 * still pending delivery is refused (409 `delivery-not-resendable`).
 */
export async function resendDelivery(db: Db, ctx: Ctx, id: string) {
  requireUser(ctx.actor, ['credit_officer', 'admin']);
  const [m] = await db.select({ topic: outbox.topic, status: outbox.status }).from(outbox).where(eq(outbox.id, id));
  if (!m || m.topic !== REPAIR_TOPIC) throw new AppError(404, 'delivery-not-found');
  if (!mayResend(m.status)) throw new AppError(409, 'delivery-not-resendable', { status: m.status });
  return presentDelivery(await resendMessage(db, id, ctx), ctx.locale);
}
