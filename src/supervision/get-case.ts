import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import { storedFiles } from '../files/schema.js';
import { signalsOfCase } from './signals.js';
import { supervisionCaseEvents, supervisionCases } from './schema.js';
import { presentCase, selectCases, loadCase } from './cases.js';

/** A case with its timeline (every step, with its evidence files) and the signals it was opened from. */
export async function getCase(db: Db, ctx: Ctx, id: string) {
  await loadCase(db, ctx, id);
  const [row] = await selectCases(db).where(eq(supervisionCases.id, id));
  const events = await db
    .select()
    .from(supervisionCaseEvents)
    .where(eq(supervisionCaseEvents.caseId, id))
    .orderBy(asc(supervisionCaseEvents.at), asc(supervisionCaseEvents.id));
  const fileIds = events.flatMap((e) => e.fileIds);
  const files = fileIds.length
    ? await db
        .select({
          id: storedFiles.id,
          filename: storedFiles.filename,
          mime: storedFiles.mime,
          size: storedFiles.size,
          sha256: storedFiles.sha256,
        })
        .from(storedFiles)
        .where(
          and(
            eq(storedFiles.ownerType, 'supervision-case'),
            eq(storedFiles.ownerId, id),
            inArray(storedFiles.id, fileIds),
          ),
        )
    : [];
  return {
    ...presentCase(row!, ctx.now),
    timeline: events.map((e) => ({
      id: e.id,
      kind: e.kind,
      at: e.at.toISOString(),
      actor: { type: e.actorType, id: e.actorId, name: e.actorName },
      text: e.text,
      files: e.fileIds.map((fid) => {
        const f = files.find((x) => x.id === fid);
        return {
          id: fid,
          filename: f?.filename ?? null,
          mime: f?.mime ?? null,
          size: f?.size ?? null,
          sha256: f?.sha256 ?? null,
          link: `/api/supervision/cases/${id}/files/${fid}`,
        };
      }),
      detail: e.detail,
    })),
    signals: await signalsOfCase(db, id),
  };
}
