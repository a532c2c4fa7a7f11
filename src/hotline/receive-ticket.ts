import { eq, getTableColumns, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db, DbOrTx } from '../platform/db/client.js';
import { newId } from '../platform/db/ids.js';
import type { Ctx } from '../platform/policy/actor.js';
import { AppError } from '../platform/errors/app-error.js';
import { recordAudit } from '../platform/audit/record.js';
import { assignSignalEnterprise, raiseSignal } from '../supervision/index.js';
import { signals } from '../supervision/schema.js';
import { matchEnterprise } from './match-enterprise.js';
import { enforcementVerdict } from './rules/enforcement-related.js';
import { hotlineTickets, type MatchStatus, type MatchedBy } from './schema.js';

/** `2026-11-27T09:30:00+08:00`, `…Z`, or without an offset (China time), or a day. */
const RECEIVED_AT = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

export function parseReceivedAt(s: string): Date | null {
  const t = s.trim();
  if (!RECEIVED_AT.test(t)) return null;
  let iso = t.replace(' ', 'T');
  if (iso.length === 10) iso += 'T00:00:00';
  if (!/(Z|[+-]\d{2}:?\d{2})$/.test(iso)) iso += '+08:00';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** POST /api/hotline/tickets body (CONTRACT.md). Unknown members are ignored. */
export const ticketInput = z.object({
  ticketNo: z
    .string()
    .trim()
    .min(1)
    .max(64)
    .regex(/^[A-Za-z0-9][A-Za-z0-9._/-]*$/, 'letters, digits and . _ / -'),
  receivedAt: z
    .string()
    .trim()
    .max(40)
    .refine((s) => parseReceivedAt(s) !== null, 'ISO 8601 date-time, e.g. 2026-11-27T09:30:00+08:00'),
  content: z.string().trim().min(1).max(10_000),
  category: z.string().trim().max(100).optional(),
  enterpriseUscc: z.string().trim().max(32).optional(),
  enterpriseName: z.string().trim().max(200).optional(),
  callerPhone: z
    .string()
    .trim()
    .max(32)
    .regex(/^[\d+\-\s()]*$/, 'digits, spaces and + - ( )')
    .optional(),
});
export type TicketInput = z.infer<typeof ticketInput>;

/** Tolerance for clocks of the hotline system running ahead. */
const FUTURE_TOLERANCE_MS = 10 * 60_000;

const blank = (v: string | undefined) => (v && v.length > 0 ? v : null);

export interface TicketOutcome {
  id: string;
  ticketNo: string;
  outcome: 'created' | 'updated' | 'unchanged';
}

/**
 * One ticket in the caller's transaction. INSERT … ON CONFLICT (ticket_no): a new number inserts; a resend
 * updates the content fields only when one differs (`revision` + 1), else changes nothing — so concurrent
 * resends of one number on PostgreSQL still make one ticket. A new or changed ticket is matched to an
 * enterprise (a person's match is kept unless the enterprise fields changed) and, when it concerns enforcement,
 * raises one `hotline` signal (deduplicated by ticket number).
 */
export async function upsertTicket(
  tx: DbOrTx,
  ctx: Ctx,
  input: TicketInput,
  via: { channel: 'api' | 'import'; receivedBy: string | null },
): Promise<TicketOutcome> {
  const receivedAt = parseReceivedAt(input.receivedAt)!;
  if (receivedAt.getTime() > ctx.now.getTime() + FUTURE_TOLERANCE_MS) {
    throw new AppError(422, 'hotline-received-in-future', { receivedAt: input.receivedAt });
  }
  const fields = {
    receivedAt,
    content: input.content,
    category: blank(input.category),
    enterpriseUscc: blank(input.enterpriseUscc),
    enterpriseName: blank(input.enterpriseName),
    callerPhone: blank(input.callerPhone),
  };
  const [before] = await tx
    .select({
      enterpriseUscc: hotlineTickets.enterpriseUscc,
      enterpriseName: hotlineTickets.enterpriseName,
      matchedBy: hotlineTickets.matchedBy,
    })
    .from(hotlineTickets)
    .where(eq(hotlineTickets.ticketNo, input.ticketNo));
  const written = await tx
    .insert(hotlineTickets)
    .values({
      id: newId(),
      ticketNo: input.ticketNo,
      ...fields,
      matchStatus: 'unmatched',
      channel: via.channel,
      receivedBy: via.receivedBy,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    })
    .onConflictDoUpdate({
      target: hotlineTickets.ticketNo,
      set: {
        receivedAt: sql`excluded.received_at`,
        content: sql`excluded.content`,
        category: sql`excluded.category`,
        enterpriseUscc: sql`excluded.enterprise_uscc`,
        enterpriseName: sql`excluded.enterprise_name`,
        callerPhone: sql`excluded.caller_phone`,
        updatedAt: sql`excluded.updated_at`,
        revision: sql`${hotlineTickets.revision} + 1`,
      },
      setWhere: sql`(${hotlineTickets.receivedAt}, ${hotlineTickets.content}, ${hotlineTickets.category}, ${hotlineTickets.enterpriseUscc}, ${hotlineTickets.enterpriseName}, ${hotlineTickets.callerPhone})
        IS DISTINCT FROM (excluded.received_at, excluded.content, excluded.category, excluded.enterprise_uscc, excluded.enterprise_name, excluded.caller_phone)`,
    })
    .returning({ ...getTableColumns(hotlineTickets), inserted: sql<boolean>`(xmax = 0)` });
  const row = written[0];
  if (!row) {
    const [existing] = await tx
      .select({ id: hotlineTickets.id })
      .from(hotlineTickets)
      .where(eq(hotlineTickets.ticketNo, input.ticketNo));
    return { id: existing!.id, ticketNo: input.ticketNo, outcome: 'unchanged' };
  }
  const { inserted: insertedFlag, ...t } = row;
  const inserted = insertedFlag === true || String(insertedFlag) === 'true';

  // Match again only when the enterprise fields are new or changed; a person's match otherwise stands.
  const enterpriseFieldsChanged =
    !before || before.enterpriseUscc !== t.enterpriseUscc || before.enterpriseName !== t.enterpriseName;
  let enterpriseId = t.enterpriseId;
  let matchedBy: MatchedBy | null = t.matchedBy;
  if (inserted || enterpriseFieldsChanged || matchedBy !== 'manual') {
    const m = await matchEnterprise(tx, { uscc: t.enterpriseUscc, name: t.enterpriseName });
    enterpriseId = m?.enterpriseId ?? null;
    matchedBy = m?.by ?? null;
  }
  const verdict = enforcementVerdict({ category: t.category, content: t.content });
  const namesEnterprise = Boolean(t.enterpriseUscc || t.enterpriseName);
  const matchStatus: MatchStatus = enterpriseId
    ? 'matched'
    : namesEnterprise || verdict.related
      ? 'unmatched'
      : 'not-applicable';

  let signalId = t.signalId;
  if (verdict.related) {
    const dedupeKey = `hotline:${t.ticketNo}`;
    await raiseSignal(tx, ctx.now, {
      kind: 'hotline',
      severity: verdict.severity,
      dedupeKey,
      enterpriseId,
      detail: {
        ticketId: t.id,
        ticketNo: t.ticketNo,
        category: t.category,
        excerpt: t.content.slice(0, 200),
        words: verdict.words,
        matchedBy,
      },
    });
    const [s] = await tx
      .select({ id: signals.id, status: signals.status })
      .from(signals)
      .where(eq(signals.dedupeKey, dedupeKey));
    signalId = s?.id ?? null;
    // An open signal follows the ticket's enterprise; a handled one is history.
    if (s && s.status === 'open') await assignSignalEnterprise(tx, s.id, enterpriseId);
  }
  await tx
    .update(hotlineTickets)
    .set({ enterpriseId, matchedBy, matchStatus, enforcementRelated: verdict.related, signalId })
    .where(eq(hotlineTickets.id, t.id));
  await recordAudit(tx, ctx, {
    action: inserted ? 'hotline.ticket.receive' : 'hotline.ticket.update',
    targetType: 'hotline-ticket',
    targetId: t.id,
    enterpriseId,
    detail: {
      ticketNo: t.ticketNo,
      channel: via.channel,
      revision: t.revision,
      matchStatus,
      matchedBy,
      enforcementRelated: verdict.related,
    },
  });
  return { id: t.id, ticketNo: t.ticketNo, outcome: inserted ? 'created' : 'updated' };
}

/** POST /api/hotline/tickets — one ticket from the integration client, in its own transaction. */
export async function receiveTicket(db: Db, ctx: Ctx, input: TicketInput): Promise<TicketOutcome> {
  const receivedBy = ctx.actor.kind === 'integration' ? ctx.actor.clientId : null;
  return db.transaction((tx) => upsertTicket(tx, ctx, input, { channel: 'api', receivedBy }));
}
