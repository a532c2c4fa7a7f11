import { eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import { rows, type Db, type Tx } from '../platform/db/client.js';
import { newId } from '../platform/db/ids.js';
import type { Ctx, UserActor } from '../platform/policy/actor.js';
import { AppError } from '../platform/errors/app-error.js';
import { recordAudit } from '../platform/audit/record.js';
import { translate } from '../platform/i18n/messages.js';
import { departments } from '../organisation/schema.js';
import { enterprises } from '../enterprises/schema.js';
import { loadCalendar } from '../calendar/index.js';
import { addWorkingDays, chinaDayOf, endOfChinaDay, type WorkingCalendar } from '../calendar/index.js';
import { notifyUsers } from '../notifications/index.js';
import { requireSupervisor } from './access.js';
import { addCaseEvent } from './case-events.js';
import { departmentRecipients } from './recipients.js';
import { signals, supervisionCases, type CaseSource } from './schema.js';
import { changingSignals } from './signal-changes.js';
import { lockSignals } from './lock-signals.js';

/** Working days a department gets when the supervisor does not say (and the longest allowed). */
export const DEFAULT_WORKING_DAYS = 10;
export const MAX_WORKING_DAYS = 60;

export const openCaseInput = z.object({
  /** The signals the case is opened from; none for a case opened by hand. */
  signalIds: z.array(z.uuid()).max(100).default([]),
  /** The department that must act; by default the signals' department. */
  departmentId: z.uuid().optional(),
  title: z.string().trim().min(2).max(200).optional(),
  /** What the department must do. */
  instructions: z.string().trim().min(2).max(5000),
  workingDays: z.number().int().min(1).max(MAX_WORKING_DAYS).default(DEFAULT_WORKING_DAYS),
  /** A case opened by hand: about which enterprise (optional) and whether a superior assigned it. */
  enterpriseUscc: z.string().trim().max(32).optional(),
  source: z.enum(['manual', 'superior']).optional(),
});
export type OpenCaseInput = z.infer<typeof openCaseInput>;

type SignalRow = typeof signals.$inferSelect;

/** Locks the signals (in id order, so concurrent openers cannot deadlock); each must exist and be open. */
export async function lockOpenSignals(tx: Tx, ids: string[], locale: Ctx['locale']): Promise<SignalRow[]> {
  if (ids.length === 0) return [];
  const rows = await lockSignals(tx, ids);
  for (const id of ids) {
    const s = rows.find((r) => r.id === id);
    if (!s) throw new AppError(404, 'signal-not-found', { id });
    if (s.status !== 'open')
      throw new AppError(
        409,
        'signal-not-open',
        { id, status: translate(locale, `signal-status.${s.status}`) },
        { signalId: id, signalStatus: s.status },
      );
  }
  return ids.map((id) => rows.find((r) => r.id === id)!);
}

const single = <T>(values: (T | null)[]): T | null => {
  const set = new Set(values.filter((v): v is T => v !== null));
  return set.size === 1 && !values.includes(null) ? [...set][0]! : null;
};

/** Opens one case in the transaction: numbered, due after n working days, its signals linked, notified. */
export async function openOne(
  tx: Tx,
  ctx: Ctx,
  supervisor: UserActor,
  cal: WorkingCalendar,
  input: OpenCaseInput,
  sigs: SignalRow[],
) {
  const departmentId = input.departmentId ?? single(sigs.map((s) => s.departmentId));
  if (!departmentId) throw new AppError(422, 'case-department-required');
  const [dept] = await tx
    .select({ id: departments.id, name: departments.name })
    .from(departments)
    .where(eq(departments.id, departmentId));
  if (!dept) throw new AppError(422, 'case-unknown-department', { id: departmentId });

  let enterpriseId = single(sigs.map((s) => s.enterpriseId));
  let enterpriseName: string | null = null;
  if (input.enterpriseUscc) {
    const uscc = input.enterpriseUscc.toUpperCase();
    const [e] = await tx
      .select({ id: enterprises.id, name: enterprises.name })
      .from(enterprises)
      .where(eq(enterprises.uscc, uscc));
    if (!e) throw new AppError(422, 'case-unknown-enterprise', { uscc });
    enterpriseId = e.id;
    enterpriseName = e.name;
  } else if (enterpriseId) {
    const [e] = await tx
      .select({ name: enterprises.name })
      .from(enterprises)
      .where(eq(enterprises.id, enterpriseId));
    enterpriseName = e?.name ?? null;
  }

  const kinds = [...new Set(sigs.map((s) => s.kind))];
  let title = input.title;
  if (!title) {
    if (kinds.length === 0) throw new AppError(422, 'case-title-required');
    const label = kinds.map((k) => translate('zh-CN', `signal-kind.${k}`)).join('、');
    title = enterpriseName ? `${label}（${enterpriseName}）` : label;
  }
  const source: CaseSource = sigs[0]?.source ?? input.source ?? 'manual';
  const dueDay = addWorkingDays(chinaDayOf(ctx.now), input.workingDays, cal);
  const dueAt = endOfChinaDay(dueDay);

  const id = newId();
  const [{ seq } = { seq: 0 }] = await rows<{ seq: number }>(
    tx,
    sql`SELECT nextval('supervision_case_no_seq')::int AS seq`,
  );
  const caseNo = `DB${chinaDayOf(ctx.now).slice(0, 4)}-${String(seq).padStart(5, '0')}`;
  await tx.insert(supervisionCases).values({
    id,
    caseNo,
    source,
    signalKinds: kinds,
    enterpriseId,
    inspectionId: single(sigs.map((s) => s.inspectionId)),
    departmentId,
    title,
    instructions: input.instructions,
    workingDays: input.workingDays,
    openedAt: ctx.now,
    openedBy: supervisor.userId,
    dueDay,
    dueAt,
    status: 'open',
    updatedAt: ctx.now,
  });
  if (sigs.length) {
    await changingSignals(tx, sigs.map((s) => s.id), () =>
      tx
        .update(signals)
        .set({ status: 'case-opened', caseId: id, handledBy: supervisor.userId, handledAt: ctx.now })
        .where(
          inArray(
            signals.id,
            sigs.map((s) => s.id),
          ),
        ),
    );
  }
  await addCaseEvent(tx, ctx, id, 'opened', {
    text: input.instructions,
    detail: {
      departmentId,
      departmentName: dept.name,
      workingDays: input.workingDays,
      dueDay,
      signalIds: sigs.map((s) => s.id),
    },
  });
  await recordAudit(tx, ctx, {
    action: 'supervision.case.open',
    targetType: 'supervision-case',
    targetId: id,
    enterpriseId,
    detail: {
      caseNo,
      departmentId,
      workingDays: input.workingDays,
      dueDay,
      signalIds: sigs.map((s) => s.id),
      source,
    },
  });
  await notifyUsers(tx, ctx.now, {
    userIds: await departmentRecipients(tx, departmentId),
    kind: 'case-opened',
    params: { caseNo, title, dueDay },
    target: { type: 'supervision-case', id },
    link: `/supervision/cases/${id}`,
    dedupeKey: `case-opened:${id}`,
  });
  return { id, caseNo, departmentId, dueDay, dueAt: dueAt.toISOString(), status: 'open' as const };
}

/** B2 — the supervisor opens a case from one or more signals, or by hand. */
export async function openCase(db: Db, ctx: Ctx, input: OpenCaseInput) {
  requireSupervisor(ctx.actor);
  return db.transaction((tx) => openCaseInTx(tx, ctx, input));
}

/** `openCase` in the caller's transaction (the demo seeder). */
export async function openCaseInTx(tx: Tx, ctx: Ctx, input: OpenCaseInput) {
  const supervisor = requireSupervisor(ctx.actor);
  const sigs = await lockOpenSignals(tx, [...new Set(input.signalIds)], ctx.locale);
  return openOne(tx, ctx, supervisor, await loadCalendar(tx), input, sigs);
}

