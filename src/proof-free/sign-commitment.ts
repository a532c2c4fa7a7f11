/**
 * F3 — POST /api/proof-free/commitments: 告知承诺 in lieu of a proof (国办发〔2020〕42号). The applicant enterprise
 * is told what must be proven and the liability for a false promise, and signs; the proof is no longer asked for.
 * Refused where the material's field is high-risk (the catalog marks it), and for an applicant with an active
 * serious dishonesty record or an unrepaired false commitment (credit records read, not written). The window
 * records it for the enterprise, or the enterprise signs online itself.
 */
import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db, Tx } from '../platform/db/client.js';
import { rows } from '../platform/db/client.js';
import { lockOwnedRow } from '../platform/db/lock-owned-row.js';
import { newId } from '../platform/db/ids.js';
import { AppError } from '../platform/errors/app-error.js';
import type { Ctx } from '../platform/policy/actor.js';
import { assertEnterprise, requireUser } from '../platform/policy/policy.js';
import { recordAudit } from '../platform/audit/record.js';
import { subjectByUscc } from '../credit/index.js';
import { chinaDayOf } from '../calendar/index.js';
import { proofCommitments, proofMaterials, proofServiceItems } from './schema.js';

export const commitmentInput = z.object({
  enterpriseUscc: z.string().trim().min(1).max(32),
  materialId: z.uuid(),
  signerName: z.string().trim().min(1).max(100),
  signMethod: z.enum(['online', 'window', 'e-seal']).default('online'),
});

export const commitmentStatement = (material: string, item: string) =>
  `本单位申请办理“${item}”，承诺符合“${material}”所证明的条件，所填写信息及承诺内容真实、准确。` +
  '如承诺不实，愿承担终止办理、撤销相关决定、依法接受行政处罚等法律责任，并同意将失信信息记入信用记录。';

export async function signCommitment(db: Db, ctx: Ctx, input: z.output<typeof commitmentInput>) {
  const user = requireUser(ctx.actor, ['service_officer', 'enterprise']);
  const subject = await subjectByUscc(db, input.enterpriseUscc, ctx.locale);
  if (user.role === 'enterprise') assertEnterprise(ctx.actor, subject.id);
  const [m] = await db
    .select({ m: proofMaterials, item: proofServiceItems })
    .from(proofMaterials)
    .innerJoin(proofServiceItems, eq(proofServiceItems.id, proofMaterials.itemId))
    .where(eq(proofMaterials.id, input.materialId));
  if (!m) throw new AppError(422, 'material-not-found');
  if (!m.m.commitmentAllowed) throw new AppError(422, 'commitment-not-allowed', { material: m.m.name });
  const zh = ctx.locale === 'zh-CN';
  const today = chinaDayOf(ctx.now);
  const [serious] = await rows<{ n: number }>(
    db,
    sql`SELECT count(*)::int AS n FROM credit_penalty WHERE enterprise_id = ${subject.id} AND status = 'published' AND severity = 'serious' AND max_end >= ${today}::date`,
  );
  if ((serious?.n ?? 0) > 0)
    throw new AppError(409, 'commitment-excluded', {
      why: zh ? '严重失信记录' : 'a serious dishonesty record',
    });
  const [falsePromise] = await rows<{ n: number }>(
    db,
    sql`SELECT count(*)::int AS n FROM proof_commitment c JOIN credit_penalty p ON p.id = c.penalty_id AND p.enterprise_id = c.enterprise_id
        WHERE c.enterprise_id = ${subject.id} AND c.status = 'false' AND p.status = 'published' AND p.max_end >= ${today}::date`,
  );
  if ((falsePromise?.n ?? 0) > 0)
    throw new AppError(409, 'commitment-excluded', {
      why: zh ? '虚假承诺记录' : 'a false commitment on record',
    });

  const id = newId();
  const statement = commitmentStatement(m.m.name, m.item.name);
  await db.transaction(async (tx) => {
    await tx.insert(proofCommitments).values({
      enterpriseId: subject.id,
      id,
      uscc: subject.uscc,
      materialId: m.m.id,
      itemId: m.item.id,
      departmentId: m.item.departmentId,
      statement,
      signerName: input.signerName,
      signMethod: input.signMethod,
      signedAt: ctx.now,
      recordedBy: user.userId,
      status: 'signed',
    });
    await recordAudit(tx, ctx, {
      action: 'proof-free.commitment.sign',
      targetType: 'proof_commitment',
      targetId: id,
      enterpriseId: subject.id,
      detail: {
        material: m.m.name,
        item: m.item.code,
        signerName: input.signerName,
        signMethod: input.signMethod,
      },
    });
  });
  return {
    id,
    enterpriseId: subject.id,
    status: 'signed' as const,
    statement,
    signedAt: ctx.now.toISOString(),
  };
}

/** The commitment by its key, locked (the hot lookup filters on the enterprise). */
export function lockCommitment(tx: Tx, enterpriseId: string, id: string) {
  return lockOwnedRow(tx, proofCommitments, { enterpriseId, id }, 'commitment-not-found');
}
