import type { DbOrTx } from '../platform/db/client.js';
import { newId } from '../platform/db/ids.js';
import type { Ctx } from '../platform/policy/actor.js';
import { supervisionCaseEvents, type CaseEventKind } from './schema.js';

/** Appends a step to a case's timeline, naming who took it. */
export async function addCaseEvent(
  tx: DbOrTx,
  ctx: Ctx,
  caseId: string,
  kind: CaseEventKind,
  e: { text?: string | null; fileIds?: string[]; detail?: Record<string, unknown> } = {},
): Promise<void> {
  const a = ctx.actor;
  await tx.insert(supervisionCaseEvents).values({
    id: newId(),
    caseId,
    at: ctx.now,
    kind,
    actorType: a.kind === 'user' ? 'user' : 'system',
    actorId: a.kind === 'user' ? a.userId : null,
    actorName: a.kind === 'user' ? a.displayName : a.kind === 'system' ? a.name : a.kind,
    text: e.text ?? null,
    fileIds: e.fileIds ?? [],
    detail: e.detail ?? {},
  });
}
