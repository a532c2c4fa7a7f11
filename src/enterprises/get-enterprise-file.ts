import { eq } from 'drizzle-orm';
import type { Db } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import { assertEnterprise, requireUser } from '../platform/policy/policy.js';
import { notFound } from '../platform/errors/app-error.js';
import { recordAudit } from '../platform/audit/record.js';
import { divisions } from '../organisation/schema.js';
import { enterprises } from './schema.js';
import { presentEnterprise } from './present.js';
import { enterpriseIdOf } from './enterprise-id-of.js';
import { loadFileSections } from '../platform/parts/file-sections.js';

/** GET /api/enterprises/{uscc} — the enterprise file (一企一档). A sensitive read: audited. */
export async function getEnterpriseFile(db: Db, ctx: Ctx, uscc: string) {
  requireUser(ctx.actor);
  // By the USCC registry, then by the enterprise id: each read one shard on a Citus cluster.
  const id = await enterpriseIdOf(db, uscc.trim().toUpperCase());
  const [row] = id
    ? await db.select({ e: enterprises, divisionName: divisions.name }).from(enterprises).leftJoin(divisions, eq(divisions.code, enterprises.divisionCode)).where(eq(enterprises.id, id))
    : [];
  if (!row) throw notFound();
  assertEnterprise(ctx.actor, row.e.id);
  const sections = await loadFileSections(db, ctx, row.e.id);
  await recordAudit(db, ctx, { action: 'enterprise.file.read', targetType: 'enterprise', targetId: row.e.id, enterpriseId: row.e.id });
  return { enterprise: presentEnterprise(row.e, row.divisionName, ctx.locale), sections };
}
