/**
 * D3 — issuing the compliance notice to an enterprise of a covered industry (at most one a enterprise: a later
 * request reprints it). Called when a licence is registered (same transaction), by the job
 * `compliance-notices` for newly registered enterprises, and on a download when none was issued yet.
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../platform/db/client.js';
import { newId } from '../platform/db/ids.js';
import type { Ctx } from '../platform/policy/actor.js';
import { recordAudit } from '../platform/audit/record.js';
import { users } from '../platform/auth/schema.js';
import { notifyUsers } from '../notifications/index.js';
import { industryName } from '../enterprises/index.js';
import { chinaDayOf } from '../calendar/index.js';
import { templateFor } from './rules/notice-templates.js';
import { complianceNotices } from './schema.js';

export type ComplianceNotice = typeof complianceNotices.$inferSelect;

/** The enterprise accounts of an enterprise (who receive its reminders, warnings and notices). */
export async function enterpriseAccounts(db: DbOrTx, enterpriseIds: readonly string[]): Promise<{ id: string; enterpriseId: string }[]> {
  if (enterpriseIds.length === 0) return [];
  const rows = await db
    .select({ id: users.id, enterpriseId: users.enterpriseId })
    .from(users)
    .where(and(inArray(users.enterpriseId, [...enterpriseIds]), eq(users.role, 'enterprise')));
  return rows.map((r) => ({ id: r.id, enterpriseId: r.enterpriseId! }));
}

export async function findNotice(db: DbOrTx, enterpriseId: string): Promise<ComplianceNotice | undefined> {
  const [n] = await db.select().from(complianceNotices).where(eq(complianceNotices.enterpriseId, enterpriseId)).limit(1);
  return n;
}

/** Issues the notice when the enterprise is covered and has none; returns it (or null when not covered). */
export async function issueComplianceNotice(
  tx: DbOrTx,
  ctx: Ctx,
  enterprise: { id: string; industry: string },
  cause: ComplianceNotice['cause'],
): Promise<ComplianceNotice | null> {
  const template = templateFor(enterprise.industry);
  if (!template) return null;
  const existing = await findNotice(tx, enterprise.id);
  if (existing) return existing;
  const id = newId();
  const notice: ComplianceNotice = {
    enterpriseId: enterprise.id,
    id,
    noticeNo: `芜药监告〔${chinaDayOf(ctx.now).slice(0, 4)}〕${id.slice(-8).toUpperCase()}号`,
    industry: enterprise.industry,
    templateVersion: template.version,
    cause,
    issuedAt: ctx.now,
    printCount: 0,
  };
  await tx.insert(complianceNotices).values(notice);
  await recordAudit(tx, ctx, {
    action: 'drugs.compliance-notice.issue',
    targetType: 'compliance-notice',
    targetId: id,
    enterpriseId: enterprise.id,
    detail: { industry: enterprise.industry, templateVersion: template.version, cause },
  });
  const accounts = await enterpriseAccounts(tx, [enterprise.id]);
  await notifyUsers(tx, ctx.now, {
    userIds: accounts.map((a) => a.id),
    kind: 'compliance-notice',
    params: { noticeNo: notice.noticeNo, industryName: industryName(enterprise.industry, 'zh-CN') },
    target: { type: 'compliance-notice', id },
    link: '/drugs/my-licences',
    dedupeKey: `compliance-notice:${enterprise.id}`,
  });
  return notice;
}
