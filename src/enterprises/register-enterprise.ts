import { eq } from 'drizzle-orm';
import type { Db } from '../platform/db/client.js';
import { newId } from '../platform/db/ids.js';
import { AppError } from '../platform/errors/app-error.js';
import type { Ctx } from '../platform/policy/actor.js';
import { recordAudit } from '../platform/audit/record.js';
import { divisions } from '../organisation/schema.js';
import { enterpriseUsccs, enterprises } from './schema.js';
import { acceptedUscc, type EnterpriseInput } from './validate-enterprise.js';

/** POST /api/enterprises — registers one enterprise (admin). */
export async function registerEnterprise(
  db: Db,
  ctx: Ctx,
  input: EnterpriseInput & { usccOverride?: { reason: string } },
) {
  const { uscc, override } = acceptedUscc(input.uscc, ctx.locale, input.usccOverride);
  return db.transaction(async (tx) => {
    const [division] = await tx.select().from(divisions).where(eq(divisions.code, input.divisionCode));
    if (!division) throw new AppError(422, 'unknown-division', { code: input.divisionCode });
    // The USCC is claimed first: of two simultaneous registrations one inserts, the other waits and finds it.
    const id = newId();
    const [claimed] = await tx.insert(enterpriseUsccs).values({ uscc, enterpriseId: id }).onConflictDoNothing().returning();
    if (!claimed) {
      const [existing] = await tx.select().from(enterpriseUsccs).where(eq(enterpriseUsccs.uscc, uscc));
      throw new AppError(409, 'enterprise-exists', { uscc }, { enterpriseId: existing?.enterpriseId });
    }
    const { usccOverride: _o, ...fields } = input;
    const [row] = await tx
      .insert(enterprises)
      .values({ ...fields, id, uscc, usccOverride: override, createdAt: ctx.now, updatedAt: ctx.now })
      .returning();
    await recordAudit(tx, ctx, {
      action: 'enterprise.register',
      targetType: 'enterprise',
      targetId: id,
      enterpriseId: id,
      detail: override ? { uscc, usccOverride: input.usccOverride?.reason } : { uscc },
    });
    return row!;
  });
}
