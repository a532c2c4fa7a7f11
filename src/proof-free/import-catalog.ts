/**
 * F1 — POST /api/proof-free/catalog/import: service items and their proof materials from an .xlsx or .csv (one
 * row per material). Items are matched by code, materials by (item, name): new ones added, changed ones updated,
 * so importing a file again changes nothing. Invalid rows are reported with row number and reason; the valid
 * rows are written in one transaction with one audit row for the file. A dept_admin imports its own department's.
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../platform/db/client.js';
import { newId } from '../platform/db/ids.js';
import type { Ctx } from '../platform/policy/actor.js';
import { requireUser } from '../platform/policy/policy.js';
import { readSheet, cellOf } from '../platform/sheets/read-sheet.js';
import { auditImport } from '../platform/sheets/audit-import.js';
import { columnLabel } from '../platform/sheets/columns.js';
import { cellText, parseBoolean } from '../platform/sheets/cells.js';
import { resolveDepartment } from '../catalog/index.js';
import { departments } from '../organisation/schema.js';
import { chinaDayOf } from '../calendar/index.js';
import { CATALOG_COLUMNS, type CatalogField } from './catalog-columns.js';
import { CATALOG_EDITORS } from './policy.js';
import { proofKinds, proofMaterials, proofServiceItems } from './schema.js';
import { isExempt, ruleFromText, type ExemptionRule } from './rules/exemption.js';

export const CATALOG_IMPORT_MAX_ROWS = 20_000;

interface Row {
  row: number;
  departmentId: string;
  itemCode: string;
  itemName: string;
  material: string;
  rule: ExemptionRule;
  basis: string;
  commitment: boolean;
  proofKind: string | null;
  exemptSince: string | null;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export async function importCatalog(db: Db, ctx: Ctx, file: { filename: string; data: Buffer }) {
  const user = requireUser(ctx.actor, CATALOG_EDITORS);
  const sheet = await readSheet(file, {
    columns: CATALOG_COLUMNS,
    maxRows: CATALOG_IMPORT_MAX_ROWS,
    locale: ctx.locale,
    merged: true,
  });
  const known = await db
    .select({
      id: departments.id,
      code: departments.code,
      name: departments.name,
      shortName: departments.shortName,
    })
    .from(departments);
  const kinds = new Set((await db.select({ code: proofKinds.code }).from(proofKinds)).map((k) => k.code));
  const zh = ctx.locale === 'zh-CN';
  const errors: { row: number; code: string; column?: CatalogField; message: string }[] = [];
  const valid: Row[] = [];
  for (const r of sheet.rows) {
    const text = (f: CatalogField) => cellText(cellOf(sheet, r, f) ?? null);
    const fail = (column: CatalogField, zhText: string, enText: string) =>
      errors.push({
        row: r.row,
        code: 'catalog-row-invalid',
        column,
        message: `${columnLabel(CATALOG_COLUMNS, column, ctx.locale)}: ${zh ? zhText : enText}`,
      });
    const before = errors.length;
    const dept = resolveDepartment(cellOf(sheet, r, 'department') ?? null, known);
    if (!dept.ok)
      fail('department', `未知部门“${text('department')}”`, `unknown department "${text('department')}"`);
    else if (user.role === 'dept_admin' && dept.value.id !== user.departmentId)
      fail('department', '只能导入本部门的事项', 'only your own department');
    for (const f of ['itemCode', 'itemName', 'material', 'basis'] as const)
      if (!text(f)) fail(f, '不能为空', 'required');
    const rule = ruleFromText(text('rule'));
    if (!rule)
      fail(
        'rule',
        `无法识别“${text('rule')}”（国家省已免提交/先进地区已免提交/风险可控免提交/仍需提交）`,
        `unknown "${text('rule')}"`,
      );
    const commitment = parseBoolean(cellOf(sheet, r, 'commitment') ?? null);
    if (!commitment.ok) fail('commitment', '应为 是/否', 'must be yes/no');
    const proofKind = text('proofKind') || null;
    if (proofKind && !kinds.has(proofKind))
      fail('proofKind', `未知证明事项“${proofKind}”`, `unknown proof kind "${proofKind}"`);
    const since = text('exemptSince') || null;
    if (since && !DAY.test(since)) fail('exemptSince', '日期格式应为 YYYY-MM-DD', 'date must be YYYY-MM-DD');
    if (errors.length > before || !dept.ok || !rule || !commitment.ok) continue;
    valid.push({
      row: r.row,
      departmentId: dept.value.id,
      itemCode: text('itemCode'),
      itemName: text('itemName'),
      material: text('material'),
      rule,
      basis: text('basis'),
      commitment: commitment.value,
      proofKind,
      exemptSince: isExempt(rule) ? since : null,
    });
  }

  const counts = { imported: 0, updated: 0, unchanged: 0 };
  await db.transaction(async (tx) => {
    const items = new Map((await tx.select().from(proofServiceItems)).map((i) => [i.code, i]));
    for (const v of valid) {
      let item = items.get(v.itemCode);
      if (!item) {
        item = {
          id: newId(),
          departmentId: v.departmentId,
          code: v.itemCode,
          name: v.itemName,
          createdAt: ctx.now,
        };
        await tx.insert(proofServiceItems).values(item);
        items.set(item.code, item);
      } else if (item.name !== v.itemName || item.departmentId !== v.departmentId) {
        await tx
          .update(proofServiceItems)
          .set({ name: v.itemName, departmentId: v.departmentId })
          .where(eq(proofServiceItems.id, item.id));
        item = { ...item, name: v.itemName, departmentId: v.departmentId };
        items.set(item.code, item);
      }
      const [existing] = await tx
        .select()
        .from(proofMaterials)
        .where(and(eq(proofMaterials.itemId, item.id), eq(proofMaterials.name, v.material)));
      const values = {
        rule: v.rule,
        basis: v.basis,
        commitmentAllowed: v.commitment,
        proofKind: v.proofKind,
        exemptSince: v.exemptSince,
      };
      if (!existing) {
        await tx
          .insert(proofMaterials)
          .values({
            id: newId(),
            itemId: item.id,
            name: v.material,
            ...values,
            exemptSince: v.exemptSince ?? (isExempt(v.rule) ? chinaDayOf(ctx.now) : null),
            createdAt: ctx.now,
          });
        counts.imported++;
      } else if (
        existing.rule !== v.rule ||
        existing.basis !== v.basis ||
        existing.commitmentAllowed !== v.commitment ||
        existing.proofKind !== v.proofKind ||
        (v.exemptSince !== null && existing.exemptSince !== v.exemptSince)
      ) {
        await tx
          .update(proofMaterials)
          .set({
            ...values,
            exemptSince:
              v.exemptSince ?? (isExempt(v.rule) ? (existing.exemptSince ?? chinaDayOf(ctx.now)) : null),
          })
          .where(eq(proofMaterials.id, existing.id));
        counts.updated++;
      } else counts.unchanged++;
    }
    await auditImport(tx, ctx, {
      action: 'proof-free.catalog.import',
      targetType: 'proof_catalog',
      sheet,
      counts: { ...counts, errors },
    });
  });
  return { ...counts, errors };
}
