/**
 * GET /api/catalog/items/export and /api/catalog/scenarios/export — the catalog as .xlsx with the columns of its
 * imports, so that an exported workbook, changed and imported again, updates the same items and scenarios.
 * Same filters and scope as the lists; audited with the filter and the number of rows.
 */
import ExcelJS from 'exceljs';
import type { Db } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import { recordAudit } from '../platform/audit/record.js';
import { headedSheet } from '../platform/sheets/write-sheet.js';
import { guardedRow } from '../platform/sheets/formula-guard.js';
import { industryName } from '../enterprises/index.js';
import { ITEM_COLUMNS, SCENARIO_COLUMNS } from './catalog-columns.js';
import { listItems, type ItemFilter } from './list-items.js';
import { listScenarios, type ScenarioFilter } from './list-scenarios.js';

/** Every row of a filter: the lists' own query, one page as large as the catalog. */
const ALL = { page: 1, pageSize: 1_000_000 };

export async function exportItems(db: Db, ctx: Ctx, filter: ItemFilter): Promise<Buffer> {
  const zh = ctx.locale === 'zh-CN';
  const { rows } = await listItems(db, ctx.actor, { ...filter, ...ALL });
  const wb = new ExcelJS.Workbook();
  const ws = headedSheet(wb, zh ? '检查事项' : 'Inspection items', ITEM_COLUMNS.map((c) => (zh ? c.zh : c.en)), [14, 18, 40, 60, 30, 10]);
  for (const { item, department } of rows) {
    ws.addRow(
      guardedRow([
        department.code,
        item.code,
        item.name,
        item.legalBasis,
        item.industries.map((c) => industryName(c, ctx.locale)).join('、'),
        item.published ? (zh ? '是' : 'yes') : zh ? '否' : 'no',
      ]),
    );
  }
  await recordAudit(db, ctx, { action: 'catalog.item.export', targetType: 'inspection-item', detail: { filter, rows: rows.length } });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function exportScenarios(db: Db, ctx: Ctx, filter: ScenarioFilter): Promise<Buffer> {
  const zh = ctx.locale === 'zh-CN';
  const { items: scenarios } = await listScenarios(db, ctx.actor, ctx.locale, { ...filter, ...ALL });
  const wb = new ExcelJS.Workbook();
  const ws = headedSheet(wb, zh ? '联查场景' : 'Joint scenarios', SCENARIO_COLUMNS.map((c) => (zh ? c.zh : c.en)), [18, 30, 14, 40, 14, 18, 10]);
  let rows = 0;
  for (const s of scenarios) {
    for (const item of s.items) {
      ws.addRow(
        guardedRow([
          s.code,
          s.name,
          s.industryName,
          s.description ?? '',
          item.department.code,
          item.code,
          s.published ? (zh ? '是' : 'yes') : zh ? '否' : 'no',
        ]),
      );
      rows++;
    }
  }
  await recordAudit(db, ctx, {
    action: 'catalog.scenario.export',
    targetType: 'joint-scenario',
    detail: { filter, scenarios: scenarios.length, rows },
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
