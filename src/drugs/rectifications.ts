/**
 * D6 — rectification items (整改): set by a drug-regulation officer from an inspection result with problems or
 * a case, or opened by any department's inspection result with rectification (A7, `openRectifications`), each
 * with a deadline; the enterprise reports progress with evidence files; the officer records
 * guidance and verifies closure (passed → closed, else back to open with the reason). Every step is an event,
 * audited, and notifies the other side.
 */
import { and, asc, desc, eq, inArray, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Db, DbOrTx, Tx } from '../platform/db/client.js';
import { newId } from '../platform/db/ids.js';
import type { Ctx } from '../platform/policy/actor.js';
import { AppError } from '../platform/errors/app-error.js';
import { requireUser } from '../platform/policy/policy.js';
import { recordRowAudit } from '../platform/audit/record-row-audit.js';
import { notifyUsers } from '../notifications/index.js';
import { users } from '../platform/auth/schema.js';
import { storedFiles } from '../files/schema.js';
import { ownedFile, storeFile } from '../files/index.js';
import { inspections } from '../inspections/schema.js';
import { enterprises } from '../enterprises/schema.js';
import { chinaDayOf } from '../calendar/index.js';
import { subjectByUscc } from '../credit/index.js';
import { drugStaffOf, drugRowScope } from './policy.js';
import { enterpriseAccounts } from './issue-compliance-notice.js';
import { rectificationEvents, rectifications, RECTIFICATION_STATUSES } from './schema.js';

export const createRectificationsInput = z.object({
  enterpriseUscc: z.string().trim().min(1).max(32),
  sourceType: z.enum(['inspection', 'case']),
  /** The inspection id, or the case's number. */
  sourceId: z.string().trim().min(1).max(100),
  items: z
    .array(z.object({ title: z.string().trim().min(1).max(200), requirement: z.string().trim().min(1).max(2000), deadline: z.iso.date() }))
    .min(1)
    .max(50),
});

export const rectificationFilters = z.object({
  status: z.enum(RECTIFICATION_STATUSES).optional(),
  /** The items an inspection's result opened (A7). */
  inspectionId: z.uuid().optional(),
  enterpriseUscc: z.string().trim().max(32).optional(),
  overdue: z.stringbool().optional(),
});

type Row = typeof rectifications.$inferSelect;

export function presentRectification(r: Row & { enterpriseName?: string; enterpriseUscc?: string }, today: string) {
  return {
    id: r.id,
    enterpriseId: r.enterpriseId,
    enterpriseName: r.enterpriseName ?? null,
    enterpriseUscc: r.enterpriseUscc ?? null,
    departmentId: r.departmentId,
    sourceType: r.sourceType,
    sourceId: r.sourceId,
    title: r.title,
    requirement: r.requirement,
    deadline: r.deadline,
    status: r.status,
    overdue: r.status !== 'closed' && r.deadline < today,
    createdAt: r.createdAt.toISOString(),
    closedAt: r.closedAt?.toISOString() ?? null,
  };
}

export async function createRectifications(db: Db, ctx: Ctx, input: z.infer<typeof createRectificationsInput>) {
  const { department } = await drugStaffOf(db, ctx.actor);
  const holder = await subjectByUscc(db, input.enterpriseUscc, ctx.locale);
  const today = chinaDayOf(ctx.now);
  for (const it of input.items) if (it.deadline < today) throw new AppError(422, 'rectification-deadline-past', { deadline: it.deadline });
  if (input.sourceType === 'inspection') {
    const parsed = z.uuid().safeParse(input.sourceId);
    const [i] = parsed.success
      ? await db.select({ enterpriseId: inspections.enterpriseId, departmentIds: inspections.departmentIds }).from(inspections).where(eq(inspections.id, parsed.data))
      : [];
    if (!i || i.enterpriseId !== holder.id || !i.departmentIds.includes(department.id)) throw new AppError(422, 'rectification-source');
  }
  return db.transaction((tx) =>
    openRectifications(tx, ctx, { enterpriseId: holder.id, department, sourceType: input.sourceType, sourceId: input.sourceId, items: input.items }),
  );
}

/**
 * Opens rectification items in the caller's transaction: the rows, their audit and the enterprise's
 * notification. Also the way an inspection result with rectification (any department, A7) opens its items,
 * so the enterprise answers them here (progress with evidence) and the officer verifies.
 */
export async function openRectifications(
  tx: Tx,
  ctx: Ctx,
  input: {
    enterpriseId: string;
    department: { id: string; name: string };
    sourceType: Row['sourceType'];
    sourceId: string;
    items: { title: string; requirement: string; deadline: string }[];
  },
): Promise<{ ids: string[] }> {
  const a = ctx.actor;
  const rowsToWrite: Row[] = input.items.map((it) => ({
    enterpriseId: input.enterpriseId,
    id: newId(),
    departmentId: input.department.id,
    sourceType: input.sourceType,
    sourceId: input.sourceId,
    title: it.title,
    requirement: it.requirement,
    deadline: it.deadline,
    status: 'open',
    createdBy: a.kind === 'user' ? a.userId : null,
    createdAt: ctx.now,
    closedAt: null,
    overdueSignalledAt: null,
  }));
  if (!rowsToWrite.length) return { ids: [] };
  await tx.insert(rectifications).values(rowsToWrite);
  const accounts = await enterpriseAccounts(tx, [input.enterpriseId]);
  for (const r of rowsToWrite) {
    const detail = { sourceType: r.sourceType, sourceId: r.sourceId, deadline: r.deadline };
    await recordRowAudit(tx, ctx, 'drugs.rectification.create', 'rectification', r, detail);
    await notifyUsers(tx, ctx.now, {
      userIds: accounts.map((x) => x.id),
      kind: 'rectification-assigned',
      params: { department: input.department.name, title: r.title, deadline: r.deadline },
      target: { type: 'rectification', id: r.id },
      link: `/drugs/rectifications/${r.id}`,
      dedupeKey: `rectification-assigned:${r.id}`,
    });
  }
  return { ids: rowsToWrite.map((r) => r.id) };
}

/** Rows in scope: an enterprise its own; drug-regulation staff their department's; admin and supervisor all. */
const scopeOf = (ctx: Ctx): SQL | undefined => drugRowScope(ctx, rectifications);

export async function listRectifications(db: Db, ctx: Ctx, f: z.infer<typeof rectificationFilters>) {
  const today = chinaDayOf(ctx.now);
  const found = await db
    .select({ r: rectifications, name: enterprises.name, uscc: enterprises.uscc })
    .from(rectifications)
    .innerJoin(enterprises, eq(enterprises.id, rectifications.enterpriseId))
    .where(
      and(
        scopeOf(ctx),
        f.status ? eq(rectifications.status, f.status) : undefined,
        f.inspectionId ? and(eq(rectifications.sourceType, 'inspection'), eq(rectifications.sourceId, f.inspectionId)) : undefined,
        f.enterpriseUscc ? eq(enterprises.uscc, f.enterpriseUscc.toUpperCase()) : undefined,
      ),
    )
    .orderBy(asc(rectifications.deadline), desc(rectifications.createdAt))
    .limit(500);
  const items = found.map((x) => presentRectification({ ...x.r, enterpriseName: x.name, enterpriseUscc: x.uscc }, today));
  return { items: f.overdue === undefined ? items : items.filter((i) => i.overdue === f.overdue) };
}

async function loadItem(db: DbOrTx, ctx: Ctx, id: string): Promise<Row> {
  const [r] = await db.select().from(rectifications).where(and(eq(rectifications.id, id), scopeOf(ctx)));
  if (!r) throw new AppError(404, 'rectification-not-found');
  return r;
}

export async function getRectification(db: Db, ctx: Ctx, id: string) {
  const r = await loadItem(db, ctx, id);
  const [e] = await db.select({ name: enterprises.name, uscc: enterprises.uscc }).from(enterprises).where(eq(enterprises.id, r.enterpriseId));
  const events = await db
    .select()
    .from(rectificationEvents)
    .where(and(eq(rectificationEvents.enterpriseId, r.enterpriseId), eq(rectificationEvents.rectificationId, r.id)))
    .orderBy(asc(rectificationEvents.at), asc(rectificationEvents.id));
  const fileIds = events.flatMap((ev) => ev.fileIds);
  const files = fileIds.length
    ? await db.select({ id: storedFiles.id, filename: storedFiles.filename, mime: storedFiles.mime, size: storedFiles.size }).from(storedFiles).where(inArray(storedFiles.id, fileIds))
    : [];
  return {
    ...presentRectification({ ...r, enterpriseName: e?.name, enterpriseUscc: e?.uscc }, chinaDayOf(ctx.now)),
    events: events.map((ev) => ({
      id: ev.id,
      kind: ev.kind,
      note: ev.note,
      actorName: ev.actorName,
      at: ev.at.toISOString(),
      files: files.filter((f) => ev.fileIds.includes(f.id)),
    })),
  };
}

async function addEvent(tx: Tx, ctx: Ctx, r: Row, kind: (typeof rectificationEvents.$inferInsert)['kind'], note: string, fileIds: string[] = []) {
  const a = ctx.actor;
  await tx.insert(rectificationEvents).values({
    enterpriseId: r.enterpriseId,
    id: newId(),
    rectificationId: r.id,
    kind,
    note,
    fileIds,
    actorName: a.kind === 'user' ? a.displayName : null,
    at: ctx.now,
  });
  await recordRowAudit(tx, ctx, `drugs.rectification.${kind}`, 'rectification', r, { note, fileIds });
}

/** The accounts of a department's officers and administrators (to tell them of an enterprise's answer). */
export async function officersOf(tx: DbOrTx, departmentId: string): Promise<string[]> {
  const found = await tx.select({ id: users.id }).from(users).where(and(eq(users.departmentId, departmentId), inArray(users.role, ['officer', 'dept_admin'])));
  return found.map((u) => u.id);
}

export const EVIDENCE_MAX_MB = 10;

/** An evidence file of the enterprise for an item (image or PDF; at most `EVIDENCE_MAX_MB`: checked by the route's `readUpload`), kept until it is attached to a report. */
export async function uploadEvidence(db: Db, ctx: Ctx, id: string, file: { filename: string; data: Buffer; mime: string }) {
  const user = requireUser(ctx.actor, ['enterprise']);
  return db.transaction(async (tx) => {
    const r = await loadItem(tx, ctx, id);
    const fileId = await storeFile(tx, { enterpriseId: r.enterpriseId, ownerType: 'rectification', ownerId: r.id, filename: file.filename, mime: file.mime, data: file.data, uploadedBy: user.userId, now: ctx.now });
    await recordRowAudit(tx, ctx, 'drugs.rectification.evidence', 'rectification', r, { fileId, size: file.data.length });
    return { id: fileId, filename: file.filename, size: file.data.length };
  });
}

export const progressInput = z.object({ note: z.string().trim().min(1).max(5000), fileIds: z.array(z.uuid()).max(20).default([]) });

export async function reportProgress(db: Db, ctx: Ctx, id: string, input: z.infer<typeof progressInput>) {
  requireUser(ctx.actor, ['enterprise']);
  return db.transaction(async (tx) => {
    const r = await loadItem(tx, ctx, id);
    if (r.status === 'closed') throw new AppError(409, 'rectification-closed');
    if (input.fileIds.length) {
      const own = await tx
        .select({ id: storedFiles.id })
        .from(storedFiles)
        .where(and(inArray(storedFiles.id, input.fileIds), eq(storedFiles.ownerType, 'rectification'), eq(storedFiles.ownerId, r.id)));
      if (own.length !== new Set(input.fileIds).size) throw new AppError(422, 'file-not-found');
    }
    await tx.update(rectifications).set({ status: 'reported' }).where(and(eq(rectifications.enterpriseId, r.enterpriseId), eq(rectifications.id, r.id)));
    await addEvent(tx, ctx, r, 'progress', input.note, input.fileIds);
    await notifyUsers(tx, ctx.now, {
      userIds: await officersOf(tx, r.departmentId),
      kind: 'rectification-reported',
      params: { title: r.title },
      target: { type: 'rectification', id: r.id },
      link: `/drugs/rectifications/${r.id}`,
      dedupeKey: `rectification-reported:${r.id}:${ctx.now.getTime()}`,
    });
    return { id: r.id, status: 'reported' as const };
  });
}

export const guidanceInput = z.object({ note: z.string().trim().min(1).max(5000) });

export async function addGuidance(db: Db, ctx: Ctx, id: string, input: z.infer<typeof guidanceInput>) {
  requireUser(ctx.actor, ['officer', 'dept_admin']);
  return db.transaction(async (tx) => {
    const r = await loadItem(tx, ctx, id);
    await addEvent(tx, ctx, r, 'guidance', input.note);
    return { id: r.id };
  });
}

export const verifyInput = z.object({ passed: z.boolean(), note: z.string().trim().min(1).max(5000) });

export async function verifyRectification(db: Db, ctx: Ctx, id: string, input: z.infer<typeof verifyInput>) {
  requireUser(ctx.actor, ['officer', 'dept_admin']);
  return db.transaction(async (tx) => {
    const r = await loadItem(tx, ctx, id);
    if (r.status === 'closed') throw new AppError(409, 'rectification-closed');
    if (r.status !== 'reported') throw new AppError(409, 'rectification-not-reported');
    const status = input.passed ? ('closed' as const) : ('open' as const);
    await tx
      .update(rectifications)
      .set({ status, closedAt: input.passed ? ctx.now : null })
      .where(and(eq(rectifications.enterpriseId, r.enterpriseId), eq(rectifications.id, r.id)));
    await addEvent(tx, ctx, r, input.passed ? 'verified' : 'returned', input.note);
    const accounts = await enterpriseAccounts(tx, [r.enterpriseId]);
    await notifyUsers(tx, ctx.now, {
      userIds: accounts.map((a) => a.id),
      kind: input.passed ? 'rectification-verified' : 'rectification-returned',
      params: { title: r.title, note: input.note },
      target: { type: 'rectification', id: r.id },
      link: `/drugs/rectifications/${r.id}`,
      dedupeKey: `rectification-${input.passed ? 'verified' : 'returned'}:${r.id}:${ctx.now.getTime()}`,
    });
    return { id: r.id, status };
  });
}

/** A file of an item in scope (the enterprise's evidence), audited. */
export async function readRectificationFile(db: Db, ctx: Ctx, id: string, fileId: string) {
  const r = await loadItem(db, ctx, id);
  const f = await ownedFile(db, { type: 'rectification', id: r.id }, fileId);
  if (!f) throw new AppError(404, 'file-not-found');
  await recordRowAudit(db, ctx, 'drugs.rectification.file-read', 'rectification', r, { fileId });
  return f;
}
