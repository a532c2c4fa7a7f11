/**
 * POST /api/licences/import — licences from an .xlsx or .csv (H5). Idempotent by kind + number: a row whose
 * kind + number is registered to the same holder updates its scope and validity when they differ (audited) and
 * is otherwise unchanged, so importing the same file twice changes nothing the second time; a number held by
 * another holder is a row error. Every other bad row comes back with its row number and reason.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../platform/db/client.js';
import { rows } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import { translate } from '../platform/i18n/messages.js';
import { columnLabel, type SheetColumn } from '../platform/sheets/columns.js';
import { readSheet } from '../platform/sheets/read-sheet.js';
import { auditImport } from '../platform/sheets/audit-import.js';
import { enterprises } from '../enterprises/schema.js';
import type { Cell } from '../platform/sheets/columns.js';
import { cellText, parseDate } from '../platform/sheets/cells.js';
import { FirstRows } from '../platform/sheets/row-checks.js';
import { checkUscc } from '../identifiers/index.js';
import { usccReason } from '../enterprises/index.js';
import { loadKinds } from './licence-kinds.js';
import { drugDepartmentOf } from './policy.js';
import { insertLicence, updateLicence } from './register-licence.js';
import { licenceNumbers, licences } from './schema.js';

export const LICENCE_IMPORT_MAX_ROWS = 20_000;

type Field = 'uscc' | 'kind' | 'number' | 'scope' | 'validFrom' | 'validUntil';

export const LICENCE_COLUMNS: readonly SheetColumn<Field>[] = [
  { field: 'uscc', zh: '统一社会信用代码', en: 'Holder USCC', required: true, aliases: ['持证主体代码', '社会信用代码', 'holderuscc'] },
  { field: 'kind', zh: '许可证类别', en: 'Kind', required: true, aliases: ['许可证种类', '证照类型'] },
  { field: 'number', zh: '许可证编号', en: 'Number', required: true, aliases: ['证号', '编号'] },
  { field: 'scope', zh: '经营范围', en: 'Scope', required: false, aliases: ['许可范围', '生产范围'] },
  { field: 'validFrom', zh: '有效期起', en: 'Valid from', required: true, aliases: ['发证日期', '有效期自', 'validfrom'] },
  { field: 'validUntil', zh: '有效期至', en: 'Valid until', required: true, aliases: ['有效期截止', '有效期止', 'validuntil'] },
];

export interface LicenceImportResult {
  imported: number;
  updated: number;
  unchanged: number;
  errors: { row: number; code: string; message: string; column?: Field }[];
}

export async function importLicences(db: Db, ctx: Ctx, file: { filename: string; data: Buffer }): Promise<LicenceImportResult> {
  const department = await drugDepartmentOf(db, ctx.actor);
  const sheet = await readSheet(file, { columns: LICENCE_COLUMNS, maxRows: LICENCE_IMPORT_MAX_ROWS, locale: ctx.locale });
  const cell = (cells: Cell[], f: Field): Cell => {
    const i = sheet.positions.get(f);
    return i === undefined ? null : (cells[i] ?? null);
  };
  const kinds = await loadKinds(db);
  const kindOf = (t: string) => kinds.find((k) => k.code === t || k.nameZh === t || k.nameEn.toLowerCase() === t.toLowerCase());
  const usccs = [...new Set(sheet.rows.map((r) => cellText(cell(r.cells, 'uscc')).toUpperCase()).filter(Boolean))];
  const holders = new Map(
    (await rows<{ id: string; uscc: string; industry: string; override: boolean }>(
      db,
      sql`SELECT id, uscc, industry, uscc_override AS override FROM ${enterprises} WHERE uscc = ANY(${sql.param(usccs)}::text[])`,
    )).map((h) => [h.uscc, h]),
  );

  const result: LicenceImportResult = { imported: 0, updated: 0, unchanged: 0, errors: [] };
  const label = (f: Field) => columnLabel(LICENCE_COLUMNS, f, ctx.locale);
  const fail = (row: number, code: string, params: Record<string, unknown>, column?: Field) =>
    result.errors.push({ row, code, message: translate(ctx.locale, code, params), ...(column ? { column } : {}) });

  type Ok = { row: number; enterpriseId: string; uscc: string; industry: string; kind: string; number: string; scope: string | null; validFrom: string; validUntil: string };
  const ok: Ok[] = [];
  const firstRows = new FirstRows();
  for (const r of sheet.rows) {
    const uscc = cellText(cell(r.cells, 'uscc')).toUpperCase();
    const holder = holders.get(uscc);
    const check = checkUscc(uscc);
    if (!uscc) {
      fail(r.row, 'import-licence-required', { column: label('uscc') }, 'uscc');
      continue;
    }
    if (!check.ok && !holder?.override) {
      fail(r.row, 'invalid-uscc', { reason: usccReason(check, ctx.locale) }, 'uscc');
      continue;
    }
    if (!holder) {
      fail(r.row, 'enterprise-not-found', { uscc }, 'uscc');
      continue;
    }
    const kindText = cellText(cell(r.cells, 'kind'));
    const kind = kindOf(kindText);
    if (!kind) {
      fail(r.row, 'import-licence-field', { column: label('kind'), value: kindText }, 'kind');
      continue;
    }
    const number = cellText(cell(r.cells, 'number'));
    if (!number) {
      fail(r.row, 'import-licence-required', { column: label('number') }, 'number');
      continue;
    }
    const from = parseDate(cell(r.cells, 'validFrom'));
    const until = parseDate(cell(r.cells, 'validUntil'));
    if (!from.ok || !from.value) {
      fail(r.row, from.ok ? 'import-licence-required' : 'import-licence-field', { column: label('validFrom'), value: cellText(cell(r.cells, 'validFrom')) }, 'validFrom');
      continue;
    }
    if (!until.ok || !until.value) {
      fail(r.row, until.ok ? 'import-licence-required' : 'import-licence-field', { column: label('validUntil'), value: cellText(cell(r.cells, 'validUntil')) }, 'validUntil');
      continue;
    }
    if (until.value < from.value) {
      fail(r.row, 'licence-validity', {}, 'validUntil');
      continue;
    }
    const seen = firstRows.earlier(`${kind.code}\u0000${number}`, r.row);
    if (seen !== undefined) {
      fail(r.row, 'import-licence-repeated', { number, firstRow: seen }, 'number');
      continue;
    }
    const scope = cellText(cell(r.cells, 'scope')) || null;
    ok.push({ row: r.row, enterpriseId: holder.id, uscc, industry: holder.industry, kind: kind.code, number, scope, validFrom: from.value, validUntil: until.value });
  }

  await db.transaction(async (tx) => {
    const existing = ok.length
      ? await tx
          .select({ kind: licenceNumbers.kind, number: licenceNumbers.number, enterpriseId: licenceNumbers.enterpriseId, licenceId: licenceNumbers.licenceId })
          .from(licenceNumbers)
          .where(inArray(licenceNumbers.number, ok.map((o) => o.number)))
      : [];
    for (const o of ok) {
      const had = existing.find((e) => e.kind === o.kind && e.number === o.number);
      if (!had) {
        const written = await insertLicence(tx, ctx, { ...o, holderUscc: o.uscc, issuingDepartmentId: department.id, source: 'import' });
        if (written) result.imported++;
        continue;
      }
      if (had.enterpriseId !== o.enterpriseId) {
        fail(o.row, 'import-licence-other-holder', { number: o.number }, 'number');
        continue;
      }
      const [cur] = await tx.select().from(licences).where(and(eq(licences.enterpriseId, had.enterpriseId), eq(licences.id, had.licenceId)));
      if (!cur || (cur.scope === o.scope && cur.validFrom === o.validFrom && cur.validUntil === o.validUntil)) {
        result.unchanged++;
        continue;
      }
      const to = { scope: o.scope, validFrom: o.validFrom, validUntil: o.validUntil };
      await updateLicence(tx, ctx, cur, to, {
        action: 'drugs.licence.update',
        detail: { from: { scope: cur.scope, validFrom: cur.validFrom, validUntil: cur.validUntil }, to },
      });
      result.updated++;
    }
    result.errors.sort((a, b) => a.row - b.row);
    await auditImport(tx, ctx, { action: 'drugs.licence.import', targetType: 'licence', sheet, counts: result });
  });
  return result;
}
