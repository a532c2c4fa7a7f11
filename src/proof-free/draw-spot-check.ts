/**
 * POST /api/proof-free/spot-checks: a round of later checks — a share (the rule set's default ratio, or the one
 * given) of the signed, unchecked commitments drawn with a seed (given, or random and recorded), so the draw can
 * be repeated and verified. The drawn ones are marked `selected`.
 */
import { and, eq, inArray } from 'drizzle-orm';
import { randomInt } from 'node:crypto';
import { z } from 'zod';
import type { Db } from '../platform/db/client.js';
import { newId } from '../platform/db/ids.js';
import { AppError } from '../platform/errors/app-error.js';
import type { Ctx } from '../platform/policy/actor.js';
import { requireUser } from '../platform/policy/policy.js';
import { recordAudit } from '../platform/audit/record.js';
import { CHECKERS } from './policy.js';
import { proofCommitments, proofSpotChecks } from './schema.js';
import { drawCommitments, SPOT_CHECK_RULES } from './rules/spot-check.js';

export const spotCheckInput = z.object({
  ratio: z.number().gt(0).max(1).optional(),
  seed: z.number().int().min(0).max(2_147_483_647).optional(),
});

export async function drawSpotCheck(db: Db, ctx: Ctx, input: z.output<typeof spotCheckInput>) {
  const user = requireUser(ctx.actor, CHECKERS);
  const ratio = input.ratio ?? SPOT_CHECK_RULES.defaultRatio;
  const seed = input.seed ?? randomInt(0, 2_147_483_647);
  return db.transaction(async (tx) => {
    const signed = await tx
      .select({
        enterpriseId: proofCommitments.enterpriseId,
        id: proofCommitments.id,
        uscc: proofCommitments.uscc,
      })
      .from(proofCommitments)
      .where(eq(proofCommitments.status, 'signed'));
    if (signed.length === 0) throw new AppError(409, 'nothing-to-draw');
    const drawn = new Set(
      drawCommitments(
        signed.map((c) => `${c.enterpriseId}:${c.id}`),
        ratio,
        seed,
      ),
    );
    const selected = signed.filter((c) => drawn.has(`${c.enterpriseId}:${c.id}`));
    const id = newId();
    await tx.insert(proofSpotChecks).values({
      id,
      ratio,
      seed,
      population: signed.length,
      selected: selected.map(({ enterpriseId, id: cid }) => ({ enterpriseId, id: cid })),
      drawnAt: ctx.now,
      drawnBy: user.userId,
    });
    for (const c of selected) {
      await tx
        .update(proofCommitments)
        .set({ status: 'selected', spotCheckId: id })
        .where(
          and(
            eq(proofCommitments.enterpriseId, c.enterpriseId),
            inArray(proofCommitments.id, [c.id]),
            eq(proofCommitments.status, 'signed'),
          ),
        );
    }
    await recordAudit(tx, ctx, {
      action: 'proof-free.spot-check.draw',
      targetType: 'proof_spot_check',
      targetId: id,
      detail: {
        ratio,
        seed,
        population: signed.length,
        selected: selected.length,
        ruleSet: SPOT_CHECK_RULES.version,
      },
    });
    return { id, ratio, seed, population: signed.length, selected };
  });
}
