import type { Db } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import { requireUser } from '../platform/policy/policy.js';
import { AppError } from '../platform/errors/app-error.js';
import { recordAudit } from '../platform/audit/record.js';
import { translate } from '../platform/i18n/messages.js';
import { issueMessage } from '../platform/http/validation.js';
import { FirstRows } from '../platform/sheets/row-checks.js';
import { columnLabel, type Cell } from '../platform/sheets/columns.js';
import { readLedger, LEDGER_COLUMNS, type LedgerField } from './read-ledger.js';
import { ticketInput, upsertTicket, type TicketInput } from './receive-ticket.js';
import { HOTLINE_STAFF } from './tickets.js';

export const LEDGER_MAX_ROWS = 5000;

export interface LedgerRowError {
  row: number;
  field?: LedgerField;
  code: string;
  message: string;
}

/** A date cell of Excel carries the wall-clock time (exceljs reads it as UTC): the ledger's clock is China time. */
function receivedAtText(v: Cell): string | null {
  if (v === null) return null;
  if (v instanceof Date) return new Date(v.getTime() - 8 * 3_600_000).toISOString();
  return String(v).trim();
}

const text = (v: Cell | undefined): string | undefined => {
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'number') return Number.isInteger(v) ? v.toFixed(0) : String(v);
  if (v instanceof Date) return v.toISOString();
  const s = String(v).trim();
  return s === '' ? undefined : s;
};

/**
 * POST /api/hotline/tickets/import — a 12345 ticket ledger (.xlsx or .csv). Each row is checked like an API
 * ticket; a bad row is reported (row, column, reason) and skipped, the valid rows are received in one
 * transaction exactly as by the API (idempotent by ticket number: importing a ledger twice changes nothing).
 */
export async function importTickets(db: Db, ctx: Ctx, file: { filename: string; data: Buffer }) {
  const user = requireUser(ctx.actor, HOTLINE_STAFF);
  const rows = await readLedger(file, { maxRows: LEDGER_MAX_ROWS, locale: ctx.locale });
  const errors: LedgerRowError[] = [];
  const valid: { row: number; input: TicketInput }[] = [];
  const firstRows = new FirstRows();
  const label = (f: LedgerField) => columnLabel(LEDGER_COLUMNS, f, ctx.locale);
  for (const r of rows) {
    const candidate = {
      ticketNo: text(r.values.ticketNo),
      receivedAt: receivedAtText(r.values.receivedAt ?? null) ?? undefined,
      content: text(r.values.content),
      category: text(r.values.category),
      enterpriseUscc: text(r.values.enterpriseUscc),
      enterpriseName: text(r.values.enterpriseName),
      callerPhone: text(r.values.callerPhone),
    };
    const parsed = ticketInput.safeParse(candidate);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path[0] as LedgerField | undefined;
        errors.push({
          row: r.row,
          field,
          code: 'invalid-value',
          message: `${field ? label(field) : ''}: ${issueMessage(issue, ctx.locale)}`,
        });
      }
      continue;
    }
    const seen = firstRows.earlier(parsed.data.ticketNo, r.row);
    if (seen !== undefined) {
      errors.push({
        row: r.row,
        field: 'ticketNo',
        code: 'hotline-import-duplicate',
        message: translate(ctx.locale, 'hotline-import-duplicate', {
          ticketNo: parsed.data.ticketNo,
          firstRow: seen,
        }),
      });
      continue;
    }
    valid.push({ row: r.row, input: parsed.data });
  }

  return db.transaction(async (tx) => {
    const counts = { created: 0, updated: 0, unchanged: 0 };
    for (const v of valid) {
      try {
        const out = await upsertTicket(tx, ctx, v.input, { channel: 'import', receivedBy: user.userId });
        counts[out.outcome]++;
      } catch (err) {
        // A rule of the ticket itself (e.g. received in the future): a row error. A database failure aborts.
        if (!(err instanceof AppError) || err.status >= 500) throw err;
        errors.push({ row: v.row, code: err.code, message: translate(ctx.locale, err.code, err.params) });
      }
    }
    errors.sort((a, b) => a.row - b.row);
    await recordAudit(tx, ctx, {
      action: 'hotline.ticket.import',
      targetType: 'hotline-ticket',
      detail: { filename: file.filename, rows: rows.length, ...counts, errors: errors.length },
    });
    return { rows: rows.length, ...counts, errors };
  });
}
