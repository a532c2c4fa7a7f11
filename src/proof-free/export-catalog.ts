/** F1 — GET /api/proof-free/catalog/export: the catalog as .xlsx with the import's columns (re-importable). */
import ExcelJS from 'exceljs';
import type { Db } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import { recordAudit } from '../platform/audit/record.js';
import { CATALOG_COLUMNS, type CatalogField } from './catalog-columns.js';
import { listCatalog } from './list-catalog.js';
import { RULE_LABELS } from './rules/exemption.js';
import { guardedRow } from '../platform/sheets/formula-guard.js';

export async function exportCatalog(db: Db, ctx: Ctx): Promise<Buffer> {
  const items = await listCatalog(db, ctx, {});
  const zh = ctx.locale === 'zh-CN';
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(zh ? '证明材料清单' : 'Proof materials', {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  ws.columns = CATALOG_COLUMNS.map((c) => ({
    key: c.field,
    width: c.field === 'basis' ? 50 : c.field === 'itemName' || c.field === 'material' ? 30 : 16,
  }));
  const header = ws.addRow(CATALOG_COLUMNS.map((c) => (zh ? c.zh : c.en)));
  header.font = { bold: true };
  let n = 0;
  for (const item of items) {
    for (const m of item.materials) {
      const values: Record<CatalogField, string> = {
        department: item.department,
        itemCode: item.code,
        itemName: item.name,
        material: m.name,
        rule: zh ? RULE_LABELS[m.rule].zh : m.rule,
        basis: m.basis,
        commitment: m.commitmentAllowed ? (zh ? '是' : 'yes') : zh ? '否' : 'no',
        proofKind: m.proofKind ?? '',
        exemptSince: m.exemptSince ?? '',
      };
      ws.addRow(guardedRow(CATALOG_COLUMNS.map((c) => values[c.field])));
      n++;
    }
  }
  await recordAudit(db, ctx, {
    action: 'proof-free.catalog.export',
    targetType: 'proof_catalog',
    detail: { materials: n },
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
