import { and, desc, eq, gte, lt, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import { requireUser } from '../platform/policy/policy.js';
import type { Role } from '../platform/auth/schema.js';
import { AppError } from '../platform/errors/app-error.js';
import { recordAudit } from '../platform/audit/record.js';
import { enterprises } from '../enterprises/schema.js';
import { assignSignalEnterprise } from '../supervision/index.js';
import { normaliseUscc } from './rules/normalise-name.js';
import { hotlineTickets, type MatchStatus } from './schema.js';
import { pageAnswer, paginate } from '../platform/http/paging.js';
import { countWithEnterprise } from '../enterprises/index.js';

/** Who works the ticket queue (and imports ledgers): the supervision body and administrators. */
export const HOTLINE_STAFF: readonly Role[] = ['supervisor', 'admin'];

/** 13800138000 → 138****8000: the caller's number is personal data; lists never show it whole. */
export function maskPhone(p: string | null): string | null {
  if (!p) return null;
  const digits = p.replace(/\D/g, '');
  if (digits.length < 7) return '****';
  return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
}

type Row = { t: typeof hotlineTickets.$inferSelect; enterpriseName: string | null; uscc: string | null };

function present({ t, enterpriseName, uscc }: Row, opts: { fullPhone?: boolean } = {}) {
  return {
    id: t.id,
    ticketNo: t.ticketNo,
    receivedAt: t.receivedAt.toISOString(),
    content: t.content,
    category: t.category,
    given: { enterpriseUscc: t.enterpriseUscc, enterpriseName: t.enterpriseName },
    callerPhone: opts.fullPhone ? t.callerPhone : maskPhone(t.callerPhone),
    matchStatus: t.matchStatus,
    matchedBy: t.matchedBy,
    enterprise: t.enterpriseId
      ? { id: t.enterpriseId, name: enterpriseName, uscc, file: uscc ? `/api/enterprises/${uscc}` : null }
      : null,
    enforcementRelated: t.enforcementRelated,
    signalId: t.signalId,
    channel: t.channel,
    revision: t.revision,
    createdAt: t.createdAt.toISOString(),
    updatedAt: t.updatedAt.toISOString(),
  };
}

const selectTickets = (db: Db) =>
  db
    .select({ t: hotlineTickets, enterpriseName: enterprises.name, uscc: enterprises.uscc })
    .from(hotlineTickets)
    .leftJoin(enterprises, eq(enterprises.id, hotlineTickets.enterpriseId));

export interface TicketFilter {
  matchStatus?: MatchStatus;
  enforcementRelated?: boolean;
  enterpriseUscc?: string;
  q?: string;
  from?: Date;
  to?: Date;
  page: number;
  pageSize: number;
}

/** Tickets, newest first; `matchStatus=unmatched` is the queue of tickets waiting for a person to name the enterprise. */
export async function listTickets(db: Db, ctx: Ctx, f: TicketFilter) {
  requireUser(ctx.actor, HOTLINE_STAFF);
  const conds: SQL[] = [];
  if (f.matchStatus) conds.push(eq(hotlineTickets.matchStatus, f.matchStatus));
  if (f.enforcementRelated !== undefined)
    conds.push(eq(hotlineTickets.enforcementRelated, f.enforcementRelated));
  if (f.enterpriseUscc) conds.push(eq(enterprises.uscc, normaliseUscc(f.enterpriseUscc)));
  if (f.q)
    conds.push(
      sql`(${hotlineTickets.ticketNo} = ${f.q} OR ${hotlineTickets.content} LIKE ${`%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`})`,
    );
  if (f.from) conds.push(gte(hotlineTickets.receivedAt, f.from));
  if (f.to) conds.push(lt(hotlineTickets.receivedAt, f.to));
  const where = conds.length ? and(...conds) : undefined;
  const { total, rows } = await paginate(f, {
    count: countWithEnterprise(db, hotlineTickets, hotlineTickets.enterpriseId, where),
    rows: selectTickets(db)
      .where(where)
      .orderBy(desc(hotlineTickets.receivedAt), desc(hotlineTickets.id)),
  });
  return pageAnswer(f, total, rows.map((r) => present(r)));
}

/** One ticket with the caller's full number (a sensitive read: audited). */
export async function getTicket(db: Db, ctx: Ctx, id: string) {
  requireUser(ctx.actor, HOTLINE_STAFF);
  const [row] = await selectTickets(db).where(eq(hotlineTickets.id, id));
  if (!row) throw new AppError(404, 'hotline-ticket-not-found');
  await recordAudit(db, ctx, {
    action: 'hotline.ticket.read',
    targetType: 'hotline-ticket',
    targetId: id,
    enterpriseId: row.t.enterpriseId,
  });
  return present(row, { fullPhone: true });
}

/** A person names the enterprise of a ticket (queue work); its open signal follows. Audited with the previous match. */
export async function assignTicketEnterprise(
  db: Db,
  ctx: Ctx,
  id: string,
  input: { enterpriseUscc: string },
) {
  requireUser(ctx.actor, HOTLINE_STAFF);
  const uscc = normaliseUscc(input.enterpriseUscc);
  return db.transaction(async (tx) => {
    const [t] = await tx.select().from(hotlineTickets).where(eq(hotlineTickets.id, id)).for('update');
    if (!t) throw new AppError(404, 'hotline-ticket-not-found');
    const [e] = await tx
      .select({ id: enterprises.id, name: enterprises.name })
      .from(enterprises)
      .where(eq(enterprises.uscc, uscc));
    if (!e) throw new AppError(422, 'hotline-unknown-enterprise', { uscc });
    await tx
      .update(hotlineTickets)
      .set({ enterpriseId: e.id, matchedBy: 'manual', matchStatus: 'matched', updatedAt: ctx.now })
      .where(eq(hotlineTickets.id, id));
    if (t.signalId) await assignSignalEnterprise(tx, t.signalId, e.id);
    await recordAudit(tx, ctx, {
      action: 'hotline.ticket.assign-enterprise',
      targetType: 'hotline-ticket',
      targetId: id,
      enterpriseId: e.id,
      detail: {
        ticketNo: t.ticketNo,
        before: { enterpriseId: t.enterpriseId, matchedBy: t.matchedBy },
        uscc,
      },
    });
    return {
      id,
      ticketNo: t.ticketNo,
      matchStatus: 'matched' as const,
      enterprise: { id: e.id, name: e.name, uscc },
    };
  });
}
