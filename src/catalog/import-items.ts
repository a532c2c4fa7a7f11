import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../platform/db/client.js';
import { newId } from '../platform/db/ids.js';
import type { Ctx } from '../platform/policy/actor.js';
import { requireUser } from '../platform/policy/policy.js';
import { translate } from '../platform/i18n/messages.js';
import type { Locale } from '../platform/i18n/locale.js';
import { issueMessage } from '../platform/http/validation.js';
import { FirstRows, newFieldIssues } from '../platform/sheets/row-checks.js';
import type { Cell } from '../platform/sheets/columns.js';
import { cellText } from '../platform/sheets/cells.js';
import { departments } from '../organisation/schema.js';
import { inspectionItems } from './schema.js';
import { ITEM_EDITORS } from './policy.js';
import { itemFields } from './inputs.js';
import { columnLabel } from '../platform/sheets/columns.js';
import { auditImport } from '../platform/sheets/audit-import.js';
import { cellOf, readSheet, type Sheet, type SheetRow } from '../platform/sheets/read-sheet.js';
import { announceChange } from '../platform/changes/change-feed.js';
import {
  ITEM_COLUMNS,
  parseIndustries,
  parsePublished,
  resolveDepartment,
  type ItemField,
  type KnownDepartment,
} from './catalog-columns.js';

/** Most data rows one file may hold. */
export const ITEM_IMPORT_MAX_ROWS = 20_000;
const BATCH_SIZE = 500;

export interface CatalogRowError<F extends string = string> {
  /** 1-based spreadsheet row. */
  row: number;
  code: string;
  /** In the caller's language. */
  message: string;
  column?: F;
}

export interface ItemImportResult {
  imported: number;
  updated: number;
  unchanged: number;
  errors: CatalogRowError<ItemField>[];
}

interface ValidRow {
  row: number;
  departmentId: string;
  code: string;
  name: string;
  legalBasis: string;
  /** Undefined when the file has no industries column: existing items keep theirs. */
  industries?: string[];
  published?: boolean;
}

/**
 * POST /api/catalog/items/import — inspection items from an .xlsx or .csv (admin: any department; dept_admin:
 * its own, which is also the default when the file has no department column). Rows are matched by (department,
 * code): new ones are added, changed ones updated, the same ones left alone, so re-importing a file changes
 * nothing. Invalid rows are reported with row number and reason in the caller's language; the valid rows are
 * written in one transaction, with one audit entry for the file.
 */
export async function importItems(db: Db, ctx: Ctx, file: { filename: string; data: Buffer }): Promise<ItemImportResult> {
  const user = requireUser(ctx.actor, ITEM_EDITORS);
  // Loaded whole: merged cells give each of their rows the value.
  const sheet = await readSheet(file, { columns: ITEM_COLUMNS, maxRows: ITEM_IMPORT_MAX_ROWS, locale: ctx.locale, merged: true });
  const known = await db
    .select({ id: departments.id, code: departments.code, name: departments.name, shortName: departments.shortName })
    .from(departments);
  const own = user.role === 'dept_admin' ? known.find((d) => d.id === user.departmentId) : undefined;

  const checker = new ItemRowChecker(sheet, ctx.locale, known, user.role === 'admin' ? 'all' : own);
  const valid: ValidRow[] = [];
  const errors: CatalogRowError<ItemField>[] = [];
  for (const r of sheet.rows) {
    const out = checker.check(r);
    if ('errors' in out) errors.push(...out.errors);
    else valid.push(out.row);
  }

  return db.transaction(async (tx) => {
    const deptIds = [...new Set(valid.map((v) => v.departmentId))];
    const existing = deptIds.length
      ? await tx.select().from(inspectionItems).where(inArray(inspectionItems.departmentId, deptIds))
      : [];
    const byKey = new Map(existing.map((e) => [`${e.departmentId}\u0000${e.code}`, e]));
    const inserts: (typeof inspectionItems.$inferInsert)[] = [];
    let updated = 0;
    for (const v of valid) {
      const before = byKey.get(`${v.departmentId}\u0000${v.code}`);
      if (!before) {
        const published = v.published ?? false;
        inserts.push({
          id: newId(),
          departmentId: v.departmentId,
          code: v.code,
          name: v.name,
          legalBasis: v.legalBasis,
          industries: v.industries ?? [],
          published,
          publishedAt: published ? ctx.now : null,
          createdAt: ctx.now,
        });
        continue;
      }
      const set: Partial<typeof inspectionItems.$inferInsert> = {};
      if (v.name !== before.name) set.name = v.name;
      if (v.legalBasis !== before.legalBasis) set.legalBasis = v.legalBasis;
      if (v.industries && !sameSet(v.industries, before.industries)) set.industries = v.industries;
      if (v.published !== undefined && v.published !== before.published) {
        set.published = v.published;
        set.publishedAt = v.published ? ctx.now : null;
      }
      if (Object.keys(set).length === 0) continue;
      await tx.update(inspectionItems).set(set).where(eq(inspectionItems.id, before.id));
      if (updated === 0) await announceChange(tx, 'inspection-item', before.id); // once: any change makes the catalog forget all
      updated++;
    }
    for (let i = 0; i < inserts.length; i += BATCH_SIZE) await tx.insert(inspectionItems).values(inserts.slice(i, i + BATCH_SIZE));
    const result: ItemImportResult = {
      imported: inserts.length,
      updated,
      unchanged: valid.length - inserts.length - updated,
      errors,
    };
    await auditImport(tx, ctx, {
      action: 'catalog.item.import',
      targetType: 'inspection-item-import',
      sheet,
      counts: result,
      detail: {
        departmentIds: deptIds,
        // Rows naming a department the importer may not change: worth a record, as a denied write would be.
        otherDepartmentRows: errors.filter((e) => e.code === 'row-other-department').map((e) => e.row),
      },
    });
    return result;
  });
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

/** Checks rows one by one; remembers the first row of each (department, code) to report repeats. */
class ItemRowChecker {
  private readonly firstRows = new FirstRows();

  constructor(
    private readonly sheet: Sheet<ItemField>,
    private readonly locale: Locale,
    private readonly known: KnownDepartment[],
    /** 'all' for an admin; a dept_admin's own department (undefined if it has none: every row is refused). */
    private readonly scope: 'all' | KnownDepartment | undefined,
  ) {}

  private cell(r: SheetRow, f: ItemField): Cell | undefined {
    return cellOf(this.sheet, r, f);
  }

  check(r: SheetRow): { row: ValidRow } | { errors: CatalogRowError<ItemField>[] } {
    const errors: CatalogRowError<ItemField>[] = [];
    const label = (f: ItemField) => columnLabel(ITEM_COLUMNS, f, this.locale);
    const fail = (column: ItemField, code: string, params: Record<string, unknown> = {}) =>
      errors.push({ row: r.row, code, column, message: translate(this.locale, code, params) });

    let department: KnownDepartment | undefined;
    const deptCell = this.cell(r, 'department');
    if (deptCell == null) {
      if (this.scope && this.scope !== 'all') department = this.scope;
      else fail('department', 'row-required', { column: label('department') });
    } else {
      const d = resolveDepartment(deptCell, this.known);
      if (!d.ok) fail('department', 'row-unknown-department', { department: d.text });
      else department = d.value;
    }
    if (department && this.scope !== 'all' && department.id !== this.scope?.id) {
      fail('department', 'row-other-department', { own: this.scope?.name ?? '—', department: department.name });
      department = undefined;
    }

    const candidate: Record<string, unknown> = { industries: [] };
    for (const f of ['code', 'name', 'legalBasis'] as const) {
      const v = this.cell(r, f);
      if (v == null) fail(f, 'row-required', { column: label(f) });
      else candidate[f] = cellText(v);
    }
    let industries: string[] | undefined;
    const industryCell = this.cell(r, 'industries');
    if (industryCell !== undefined) {
      const parsed = parseIndustries(industryCell);
      if (parsed.ok) industries = parsed.value;
      else fail('industries', 'row-unknown-industry', { industry: parsed.text });
    }
    let published: boolean | undefined;
    const publishedCell = this.cell(r, 'published');
    if (publishedCell !== undefined) {
      const parsed = parsePublished(publishedCell);
      if (parsed.ok) published = parsed.value;
      else
        fail('published', 'row-invalid-value', {
          column: label('published'),
          value: parsed.text,
          reason: this.locale === 'zh-CN' ? '应填写“是”或“否”' : 'expected yes or no',
        });
    }

    const result = itemFields.safeParse(candidate);
    if (!result.success) {
      for (const { field: f, issue } of newFieldIssues<ItemField>(result.error.issues, errors.map((e) => e.column)))
        fail(f, 'row-invalid-value', { column: label(f), value: String(candidate[f] ?? ''), reason: issueMessage(issue, this.locale) });
    }
    if (result.success && department) {
      const key = `${department.id}\u0000${result.data.code}`;
      const first = this.firstRows.earlier(key, r.row);
      if (first !== undefined) fail('code', 'row-duplicate-item', { code: result.data.code, firstRow: first });
    }
    if (errors.length > 0 || !result.success || !department) return { errors };
    return {
      row: {
        row: r.row,
        departmentId: department.id,
        code: result.data.code,
        name: result.data.name,
        legalBasis: result.data.legalBasis,
        industries,
        published,
      },
    };
  }
}
