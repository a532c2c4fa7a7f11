import { desc } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import { newId } from '../platform/db/ids.js';
import { recordAudit } from '../platform/audit/record.js';
import { checkupScope, requireStaff } from './policy.js';
import { checkupDepartmentId } from './department.js';
import { checkupCampaigns } from './schema.js';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
export const campaignInput = z.object({
  title: z.string().trim().min(1).max(200),
  body: z.string().trim().min(1).max(8000),
  target: z.object({ industries: z.array(z.string().max(40)).max(50).optional(), divisionCodes: z.array(z.string().regex(/^\d{6}$/)).max(50).optional(), aboveDesignatedSize: z.boolean().optional() }),
  opensOn: day,
  closesOn: day.optional(),
});

/** E1 — the announcement that invites a target group (e.g. enterprises above designated size in given industries). */
export async function createCampaign(db: Db, ctx: Ctx, input: z.infer<typeof campaignInput>) {
  const user = requireStaff(ctx.actor, ['admin', 'service_officer']);
  const departmentId = user.departmentId ?? (await checkupDepartmentId(db));
  const id = newId();
  await db.transaction(async (tx) => {
    await tx.insert(checkupCampaigns).values({ id, departmentId, title: input.title, body: input.body, target: input.target, opensOn: input.opensOn, closesOn: input.closesOn ?? null, createdAt: ctx.now, createdBy: user.username });
    await recordAudit(tx, ctx, { action: 'checkups.campaign.create', targetType: 'checkup-campaign', targetId: id });
  });
  return { id };
}

export async function listCampaigns(db: Db, ctx: Ctx) {
  checkupScope(ctx.actor);
  const rows = await db.select().from(checkupCampaigns).orderBy(desc(checkupCampaigns.opensOn)).limit(100);
  return { items: rows.map((c) => ({ id: c.id, title: c.title, body: c.body, target: c.target, opensOn: c.opensOn, closesOn: c.closesOn })) };
}
