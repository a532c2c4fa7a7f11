/**
 * D4 — an officer of the inspecting drug-regulation department records the service given with a visit: the "extra
 * hour" (延后一小时: the enterprise's questions and the answers given) or on-site teaching (现场教学: what was taught).
 * The inspection is read through the inspections part's read model in the officer's scope (their department's
 * visits); only a visit that has begun and was not revoked takes a record. Audited; the enterprise is notified and
 * sees the record with its inspection.
 */
import { z } from 'zod';
import type { Db } from '../platform/db/client.js';
import { newId } from '../platform/db/ids.js';
import type { Ctx } from '../platform/policy/actor.js';
import { AppError } from '../platform/errors/app-error.js';
import { recordRowAudit } from '../platform/audit/record-row-audit.js';
import { chinaDayOf } from '../platform/time/china.js';
import { notifyUsers } from '../notifications/index.js';
import { getInspection } from '../inspections/index.js';
import { drugStaffOf } from './policy.js';
import { enterpriseAccounts } from './issue-compliance-notice.js';
import { SERVICE_KINDS, serviceRecords } from './schema.js';

export const serviceRecordInput = z.object({
  inspectionId: z.uuid(),
  kind: z.enum(SERVICE_KINDS),
  topic: z.string().trim().min(1).max(200),
  questions: z
    .array(
      z.object({ question: z.string().trim().min(1).max(2000), answer: z.string().trim().min(1).max(5000) }),
    )
    .max(50)
    .default([]),
  content: z.string().trim().max(10_000).optional(),
  minutes: z.number().int().min(1).max(600).optional(),
  attendees: z.number().int().min(1).max(10_000).optional(),
});

export async function recordService(
  db: Db,
  ctx: Ctx,
  input: z.infer<typeof serviceRecordInput>,
): Promise<{ id: string }> {
  const { user, department } = await drugStaffOf(db, ctx.actor);
  const { i } = await getInspection(db, ctx, input.inspectionId);
  if (!i.departmentIds.includes(department.id)) throw new AppError(404, 'inspection-not-found');
  if (i.status === 'revoked') throw new AppError(409, 'service-inspection-revoked');
  if (i.windowStart.getTime() > ctx.now.getTime())
    throw new AppError(409, 'service-before-visit', { start: chinaDayOf(i.windowStart) });
  if (input.kind === 'extra-hour' && input.questions.length === 0)
    throw new AppError(422, 'service-questions-required');
  if (input.kind === 'on-site-teaching' && !input.content)
    throw new AppError(422, 'service-content-required');
  const id = newId();
  return db.transaction(async (tx) => {
    await tx.insert(serviceRecords).values({
      ...input, // the kind, topic and questions; content, minutes and attendees where given (else null)
      enterpriseId: i.enterpriseId,
      id,
      inspectionId: i.id,
      departmentId: department.id,
      recordedBy: user.userId,
      recordedByName: user.displayName,
      recordedAt: ctx.now,
    });
    const detail = { serviceRecordId: id, kind: input.kind, questions: input.questions.length };
    await recordRowAudit(tx, ctx, 'drugs.service.record', 'inspection', i, detail);
    const accounts = await enterpriseAccounts(tx, [i.enterpriseId]);
    await notifyUsers(tx, ctx.now, {
      userIds: accounts.map((a) => a.id),
      kind: `service-${input.kind}`,
      params: { department: department.name, topic: input.topic },
      target: { type: 'inspection', id: i.id },
      link: '/my-inspections',
      dedupeKey: `service-record:${id}`,
    });
    return { id };
  });
}
