/**
 * D2 — the register in the caller's scope (an enterprise: its own licences; staff and licence keys: all), with
 * filters, and one licence with its reminders.
 */
import { and, asc, eq, gte, ilike, lte, or, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Db, DbOrTx } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import { enterpriseScope } from '../platform/policy/policy.js';
import { DeniedError } from '../platform/policy/policy.js';
import { AppError } from '../platform/errors/app-error.js';
import { chinaDayOf, shiftDay } from '../calendar/index.js';
import { LICENCE_STATUSES, licenceReminders, licences } from './schema.js';
import { pagingFields } from '../platform/http/paging.js';
import { pageOfTable } from '../platform/db/page-of-table.js';

export const licenceFilters = z.object({
  holderUscc: z.string().trim().max(32).optional(),
  kind: z.string().trim().max(64).optional(),
  status: z.enum(LICENCE_STATUSES).optional(),
  /** Licences expiring within this many days from today (expired ones excluded). */
  expiringWithinDays: z.coerce.number().int().min(0).max(3650).optional(),
  q: z.string().trim().max(100).optional(),
  ...pagingFields({ defaultSize: 50, maxSize: 500 }),
});
export type LicenceFilters = z.infer<typeof licenceFilters>;

export function presentLicence(l: typeof licences.$inferSelect) {
  return {
    id: l.id,
    kind: l.kind,
    number: l.number,
    holderUscc: l.holderUscc,
    validFrom: l.validFrom,
    validUntil: l.validUntil,
    status: l.status,
    scope: l.scope,
    successorId: l.successorId,
    issuingDepartmentId: l.issuingDepartmentId,
  };
}

/** The scope condition: an enterprise sees its own rows, staff and keys all; anyone else nothing. */
function scopeCondition(ctx: Ctx): SQL | undefined {
  if (ctx.actor.kind === 'integration') return undefined;
  const scope = enterpriseScope(ctx.actor);
  if ('none' in scope) throw new DeniedError(403, 'no-enterprise-scope');
  return scope.all ? undefined : eq(licences.enterpriseId, scope.enterpriseId);
}

export function licenceWhere(ctx: Ctx, f: Omit<LicenceFilters, 'page' | 'pageSize'>): SQL | undefined {
  const today = chinaDayOf(ctx.now);
  return and(
    scopeCondition(ctx),
    f.holderUscc ? eq(licences.holderUscc, f.holderUscc.toUpperCase()) : undefined,
    f.kind ? eq(licences.kind, f.kind) : undefined,
    f.status ? eq(licences.status, f.status) : undefined,
    f.expiringWithinDays !== undefined
      ? and(gte(licences.validUntil, today), lte(licences.validUntil, shiftDay(today, f.expiringWithinDays)))
      : undefined,
    f.q ? or(ilike(licences.number, `%${f.q}%`), ilike(licences.holderUscc, `%${f.q}%`)) : undefined,
  );
}

export async function listLicences(db: Db, ctx: Ctx, f: LicenceFilters) {
  const where = licenceWhere(ctx, f);
  const { total, rows: items } = await pageOfTable(db, f, licences, where, [asc(licences.validUntil), asc(licences.id)]);
  return { items: items.map(presentLicence), total };
}

/** One licence in scope (404 otherwise), by id alone: the register looks it up across enterprises. */
export async function loadLicence(db: DbOrTx, ctx: Ctx, id: string) {
  const [l] = await db.select().from(licences).where(and(eq(licences.id, id), scopeCondition(ctx)));
  if (!l) throw new AppError(404, 'licence-not-found');
  return l;
}

export async function getLicence(db: Db, ctx: Ctx, id: string) {
  const l = await loadLicence(db, ctx, id);
  const reminders = await db
    .select()
    .from(licenceReminders)
    .where(and(eq(licenceReminders.enterpriseId, l.enterpriseId), eq(licenceReminders.licenceId, l.id)))
    .orderBy(asc(licenceReminders.sentAt));
  return {
    ...presentLicence(l),
    statusReason: l.statusReason,
    reminders: reminders.map((r) => ({ windowDays: r.windowDays, sentAt: r.sentAt.toISOString(), applyBy: r.applyBy, recipients: r.recipients })),
  };
}
