/** GET /api/licences/export — the filtered register as .xlsx with the import's columns (re-importable); audited. */
import ExcelJS from 'exceljs';
import { asc } from 'drizzle-orm';
import type { Db } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import { AppError } from '../platform/errors/app-error.js';
import { recordAudit } from '../platform/audit/record.js';
import { EXPORT_MAX_ROWS } from '../enterprises/index.js';
import { LICENCE_COLUMNS } from './import-licences.js';
import { licenceWhere, type LicenceFilters } from './list-licences.js';
import { loadKinds } from './licence-kinds.js';
import { licences } from './schema.js';
import { guardedRow } from '../platform/sheets/formula-guard.js';

export async function exportLicences(db: Db, ctx: Ctx, f: Omit<LicenceFilters, 'page' | 'pageSize'>): Promise<Buffer> {
  const where = licenceWhere(ctx, f);
  const found = await db.select().from(licences).where(where).orderBy(asc(licences.validUntil), asc(licences.id)).limit(EXPORT_MAX_ROWS + 1);
  if (found.length > EXPORT_MAX_ROWS) throw new AppError(422, 'export-too-many-rows', { limit: EXPORT_MAX_ROWS });
  const kinds = await loadKinds(db);
  const zh = ctx.locale === 'zh-CN';
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Qinqing 亲清';
  wb.created = ctx.now;
  const ws = wb.addWorksheet(zh ? '许可证' : 'Licences');
  ws.addRow([...LICENCE_COLUMNS.map((c) => (zh ? c.zh : c.en)), zh ? '状态' : 'Status']);
  for (const l of found) {
    const k = kinds.find((x) => x.code === l.kind);
    ws.addRow(guardedRow([l.holderUscc, k ? (zh ? k.nameZh : k.nameEn) : l.kind, l.number, l.scope ?? '', l.validFrom, l.validUntil, l.status]));
  }
  ws.columns.forEach((c) => (c.width = 22));
  await recordAudit(db, ctx, { action: 'drugs.licence.export', targetType: 'licence', detail: { filter: { ...f }, rows: found.length } });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
