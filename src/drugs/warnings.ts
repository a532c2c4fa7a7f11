/**
 * D1 — risk warnings and FAQ issues: a department writes one and targets it by industry, licence kind and
 * division (all given criteria must match; none given: every active enterprise), previews the recipients,
 * publishes; each targeted enterprise gets a receipt row and its accounts a `risk-warning` notification; the
 * enterprise's reading is its read receipt; the published ones form a public archive by date and topic.
 */
import { and, count, desc, eq, inArray, isNotNull, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Db, DbOrTx } from '../platform/db/client.js';
import { eqIdOrNone } from '../platform/db/eq-id-or-none.js';
import { rows } from '../platform/db/client.js';
import { newId } from '../platform/db/ids.js';
import type { Ctx } from '../platform/policy/actor.js';
import { AppError } from '../platform/errors/app-error.js';
import { requireUser } from '../platform/policy/policy.js';
import { recordAudit } from '../platform/audit/record.js';
import { notifyUsers } from '../notifications/index.js';
import { enterprises } from '../enterprises/schema.js';
import { drugDepartmentOf } from './policy.js';
import { enterpriseAccounts } from './issue-compliance-notice.js';
import { licences, REMINDED_STATUSES, warningRecipients, warnings, type WarningTarget } from './schema.js';

export const targetInput = z
  .object({
    industries: z.array(z.string().trim().min(1).max(64)).max(50).optional(),
    licenceKinds: z.array(z.string().trim().min(1).max(64)).max(50).optional(),
    divisionCodes: z.array(z.string().trim().regex(/^\d{2,6}$/)).max(200).optional(),
  })
  .default({});

export const warningInput = z.object({
  title: z.string().trim().min(1).max(200),
  body: z.string().trim().min(1).max(20_000),
  kind: z.enum(['warning', 'faq']).default('warning'),
  topic: z.string().trim().max(50).optional(),
  attachmentIds: z.array(z.uuid()).max(10).default([]),
  target: targetInput,
});

/** The enterprises a target reaches (SQL condition over `enterprise e`). */
function targetCondition(t: WarningTarget): SQL {
  const conds: SQL[] = [sql`e.status = 'active'`];
  if (t.industries?.length) conds.push(sql`e.industry = ANY(${sql.param(t.industries)}::text[])`);
  if (t.divisionCodes?.length) {
    conds.push(sql`(${sql.join(t.divisionCodes.map((d) => sql`e.division_code LIKE ${`${d}%`}`), sql` OR `)})`);
  }
  if (t.licenceKinds?.length) {
    conds.push(sql`EXISTS (SELECT 1 FROM ${licences} l WHERE l.enterprise_id = e.id
      AND l.kind = ANY(${sql.param(t.licenceKinds)}::text[])
      AND l.status IN (${sql.join(REMINDED_STATUSES.map((s) => sql`${s}`), sql`, `)}))`);
  }
  return sql.join(conds, sql` AND `);
}

export async function previewRecipients(db: DbOrTx, target: WarningTarget) {
  const [n] = await rows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM ${enterprises} e WHERE ${targetCondition(target)}`);
  const sample = await rows<{ uscc: string; name: string; industry: string; divisionCode: string }>(
    db,
    sql`SELECT e.uscc, e.name, e.industry, e.division_code AS "divisionCode" FROM ${enterprises} e WHERE ${targetCondition(target)} ORDER BY e.name LIMIT 20`,
  );
  return { recipients: n?.n ?? 0, sample };
}

export async function publishWarning(db: Db, ctx: Ctx, input: z.infer<typeof warningInput>): Promise<{ id: string; recipients: number }> {
  const department = await drugDepartmentOf(db, ctx.actor);
  const id = newId();
  return db.transaction(async (tx) => {
    const targets = await rows<{ id: string }>(tx, sql`SELECT e.id FROM ${enterprises} e WHERE ${targetCondition(input.target)} ORDER BY e.id`);
    await tx.insert(warnings).values({
      id,
      departmentId: department.id,
      kind: input.kind,
      topic: input.topic ?? null,
      title: input.title,
      body: input.body,
      attachmentIds: input.attachmentIds,
      target: input.target,
      recipients: targets.length,
      publishedAt: ctx.now,
      createdBy: ctx.actor.kind === 'user' ? ctx.actor.username : null,
    });
    for (let i = 0; i < targets.length; i += 1000) {
      const slice = targets.slice(i, i + 1000);
      await tx.insert(warningRecipients).values(slice.map((e) => ({ enterpriseId: e.id, warningId: id, deliveredAt: ctx.now })));
      const accounts = await enterpriseAccounts(tx, slice.map((e) => e.id));
      await notifyUsers(tx, ctx.now, {
        userIds: accounts.map((a) => a.id),
        kind: 'risk-warning',
        params: { title: input.title },
        target: { type: 'warning', id },
        link: `/drugs/warnings/${id}`,
        dedupeKey: `risk-warning:${id}`,
      });
    }
    await recordAudit(tx, ctx, { action: 'drugs.warning.publish', targetType: 'warning', targetId: id, detail: { title: input.title, target: input.target, recipients: targets.length } });
    return { id, recipients: targets.length };
  });
}

function presentWarning(w: typeof warnings.$inferSelect) {
  return {
    id: w.id,
    kind: w.kind,
    topic: w.topic,
    title: w.title,
    body: w.body,
    target: w.target,
    recipients: w.recipients,
    publishedAt: w.publishedAt.toISOString(),
  };
}

/** Staff: every warning with its read count; an enterprise: the ones it received, with its own read time. */
export async function listWarnings(db: Db, ctx: Ctx) {
  const user = requireUser(ctx.actor);
  if (user.role === 'enterprise') {
    const found = await db
      .select({ w: warnings, readAt: warningRecipients.readAt })
      .from(warningRecipients)
      .innerJoin(warnings, eq(warnings.id, warningRecipients.warningId))
      .where(eqIdOrNone(warningRecipients.enterpriseId, user.enterpriseId))
      .orderBy(desc(warnings.publishedAt))
      .limit(200);
    return { items: found.map((x) => ({ ...presentWarning(x.w), readAt: x.readAt?.toISOString() ?? null, reads: null })) };
  }
  const found = await db.select().from(warnings).orderBy(desc(warnings.publishedAt)).limit(200);
  const reads = found.length
    ? await db
        .select({ id: warningRecipients.warningId, n: count() })
        .from(warningRecipients)
        .where(and(inArray(warningRecipients.warningId, found.map((w) => w.id)), isNotNull(warningRecipients.readAt)))
        .groupBy(warningRecipients.warningId)
    : [];
  return { items: found.map((w) => ({ ...presentWarning(w), readAt: null, reads: reads.find((r) => r.id === w.id)?.n ?? 0 })) };
}

/** An enterprise opens a warning it received: the first opening is its read receipt. */
export async function readWarning(db: Db, ctx: Ctx, id: string) {
  const user = requireUser(ctx.actor);
  const [w] = await db.select().from(warnings).where(eq(warnings.id, id));
  if (!w) throw new AppError(404, 'warning-not-found');
  if (user.role !== 'enterprise') return { ...presentWarning(w), readAt: null };
  return db.transaction(async (tx) => {
    const [r] = await tx
      .select()
      .from(warningRecipients)
      .where(and(eq(warningRecipients.enterpriseId, user.enterpriseId ?? ''), eq(warningRecipients.warningId, id)));
    if (!r) throw new AppError(404, 'warning-not-found');
    if (!r.readAt) {
      await tx
        .update(warningRecipients)
        .set({ readAt: ctx.now, readBy: user.userId })
        .where(and(eq(warningRecipients.enterpriseId, r.enterpriseId), eq(warningRecipients.warningId, id)));
      await recordAudit(tx, ctx, { action: 'drugs.warning.read', targetType: 'warning', targetId: id, enterpriseId: r.enterpriseId });
    }
    return { ...presentWarning(w), readAt: (r.readAt ?? ctx.now).toISOString() };
  });
}

/** Staff: the read receipts of a warning. */
export async function warningReceipts(db: Db, ctx: Ctx, id: string) {
  requireUser(ctx.actor);
  const found = await db
    .select({ uscc: enterprises.uscc, name: enterprises.name, deliveredAt: warningRecipients.deliveredAt, readAt: warningRecipients.readAt })
    .from(warningRecipients)
    .innerJoin(enterprises, eq(enterprises.id, warningRecipients.enterpriseId))
    .where(eq(warningRecipients.warningId, id))
    .orderBy(enterprises.name)
    .limit(5000);
  return { items: found.map((r) => ({ uscc: r.uscc, name: r.name, deliveredAt: r.deliveredAt.toISOString(), readAt: r.readAt?.toISOString() ?? null })) };
}

/** The public archive: published warnings and FAQ issues by date, optionally of one topic (no recipients shown). */
export async function publicWarnings(db: Db, topic?: string) {
  const found = await db
    .select()
    .from(warnings)
    .where(topic ? eq(warnings.topic, topic) : undefined)
    .orderBy(desc(warnings.publishedAt))
    .limit(500);
  return { items: found.map((w) => ({ id: w.id, kind: w.kind, topic: w.topic, title: w.title, body: w.body, publishedAt: w.publishedAt.toISOString() })) };
}
