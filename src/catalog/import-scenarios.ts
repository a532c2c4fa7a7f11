import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../platform/db/client.js';
import { newId } from '../platform/db/ids.js';
import type { Ctx } from '../platform/policy/actor.js';
import { translate } from '../platform/i18n/messages.js';
import type { Locale } from '../platform/i18n/locale.js';
import { issueMessage } from '../platform/http/validation.js';
import { FirstRows } from '../platform/sheets/row-checks.js';
import { industryFromText, industryName } from '../enterprises/index.js';
import type { Cell } from '../platform/sheets/columns.js';
import { cellText } from '../platform/sheets/cells.js';
import { departments } from '../organisation/schema.js';
import { inspectionItems, jointScenarioItems, jointScenarios } from './schema.js';
import { assertScenarioEditor, scenarioDepartmentOf } from './policy.js';
import { scenarioFields } from './inputs.js';
import { scenarioProblems } from './scenario-rules.js';
import { columnLabel } from '../platform/sheets/columns.js';
import { auditImport } from '../platform/sheets/audit-import.js';
import { cellOf, readSheet, type Sheet, type SheetRow } from '../platform/sheets/read-sheet.js';
import { SCENARIO_COLUMNS, parsePublished, resolveDepartment, type ScenarioField } from './catalog-columns.js';
import type { CatalogRowError } from './import-items.js';
import { announceChange } from '../platform/changes/change-feed.js';

export const SCENARIO_IMPORT_MAX_ROWS = 20_000;

export interface ScenarioImportResult {
  imported: number;
  updated: number;
  unchanged: number;
  /** Scenarios not imported because some of their rows are invalid (all-or-nothing per scenario). */
  skipped: { code: string; rows: number[] }[];
  errors: CatalogRowError<ScenarioField>[];
}

type ItemRow = typeof inspectionItems.$inferSelect;

/** One scenario as gathered from its rows. */
interface Group {
  code: string;
  rows: number[];
  name?: { value: string; row: number };
  industry?: { value: string; row: number };
  description?: { value: string | null; row: number };
  published?: { value: boolean; row: number };
  items: { row: number; item: ItemRow }[];
  invalid: boolean;
}

/**
 * POST /api/catalog/scenarios/import — joint scenarios from an .xlsx or .csv, one row per item of a scenario
 * (admin, supervisor; a dept_admin only scenarios holding an item of its department). A scenario is identified by its code; the file is the truth for the scenarios it holds
 * (fields and the set of items), so re-importing changes nothing. Each scenario is all-or-nothing: one invalid
 * row (unknown department or item, conflicting cells) or a broken scenario rule (one department only, an item
 * not for the industry) skips it; the others are written in one transaction, with one audit entry.
 */
export async function importScenarios(db: Db, ctx: Ctx, file: { filename: string; data: Buffer }): Promise<ScenarioImportResult> {
  const own = scenarioDepartmentOf(assertScenarioEditor(ctx.actor));
  const locale = ctx.locale;
  // Loaded whole: a scenario's name merged over its item rows gives each row the name.
  const sheet = await readSheet(file, { columns: SCENARIO_COLUMNS, maxRows: SCENARIO_IMPORT_MAX_ROWS, locale, merged: true });
  const known = await db
    .select({ id: departments.id, code: departments.code, name: departments.name, shortName: departments.shortName })
    .from(departments);

  // Items of the departments the file names, by (department, code).
  const named = new Set<string>();
  for (const r of sheet.rows) {
    const d = resolveDepartment(cellOf(sheet, r, 'department') ?? null, known);
    if (d.ok) named.add(d.value.id);
  }
  const items = named.size ? await db.select().from(inspectionItems).where(inArray(inspectionItems.departmentId, [...named])) : [];
  const itemByKey = new Map(items.map((i) => [`${i.departmentId}\u0000${i.code}`, i]));

  const { groups, errors } = gatherScenarios(sheet, locale, known, itemByKey);

  const valid: Group[] = [];
  const skipped: ScenarioImportResult['skipped'] = [];
  for (const g of groups.values()) {
    if (!g.invalid) {
      const fail = (row: number, code: string, params: Record<string, unknown> = {}, column?: ScenarioField) => {
        errors.push({ row, code, column, message: translate(locale, code, params) });
        g.invalid = true;
      };
      if (own !== null && !g.items.some((i) => i.item.departmentId === own)) {
        const ownName = known.find((d) => d.id === own)?.name ?? '';
        fail(g.rows[0]!, 'row-scenario-own-department', { scenario: g.code, own: ownName }, 'department');
      }
      for (const p of scenarioProblems(
        g.items.map((i) => i.item),
        g.industry!.value,
      )) {
        if (p.code === 'scenario-single-department') fail(g.rows[0]!, p.code, {}, 'department');
        else
          fail(g.items.find((i) => i.item.id === p.itemId)!.row, p.code, { name: p.name, industry: industryName(g.industry!.value, locale) }, 'itemCode');
      }
    }
    if (g.invalid) skipped.push({ code: g.code, rows: g.rows });
    else valid.push(g);
  }
  errors.sort((a, b) => a.row - b.row);

  return db.transaction(async (tx) => {
    const codes = valid.map((g) => g.code);
    const existing = codes.length ? await tx.select().from(jointScenarios).where(inArray(jointScenarios.code, codes)) : [];
    const byCode = new Map(existing.map((s) => [s.code, s]));
    const links = existing.length
      ? await tx
          .select()
          .from(jointScenarioItems)
          .where(
            inArray(
              jointScenarioItems.scenarioId,
              existing.map((s) => s.id),
            ),
          )
      : [];
    let imported = 0;
    let updated = 0;
    const hasDescription = sheet.positions.has('description');
    const written: string[] = [];
    for (const g of valid) {
      const itemIds = g.items.map((i) => i.item.id);
      const before = byCode.get(g.code);
      if (!before) {
        const id = newId();
        await tx.insert(jointScenarios).values({
          id,
          code: g.code,
          name: g.name!.value,
          industry: g.industry!.value,
          description: g.description?.value ?? null,
          published: g.published?.value ?? true,
          createdAt: ctx.now,
        });
        await tx.insert(jointScenarioItems).values(itemIds.map((itemId) => ({ scenarioId: id, itemId })));
        imported++;
        written.push(g.code);
        continue;
      }
      const set: Partial<typeof jointScenarios.$inferInsert> = {};
      if (g.name!.value !== before.name) set.name = g.name!.value;
      if (g.industry!.value !== before.industry) set.industry = g.industry!.value;
      if (hasDescription && (g.description?.value ?? null) !== before.description) set.description = g.description?.value ?? null;
      if (g.published && g.published.value !== before.published) set.published = g.published.value;
      const old = links.filter((l) => l.scenarioId === before.id).map((l) => l.itemId);
      const itemsChanged = old.length !== itemIds.length || old.some((i) => !itemIds.includes(i));
      if (Object.keys(set).length === 0 && !itemsChanged) continue;
      if (Object.keys(set).length > 0) await tx.update(jointScenarios).set(set).where(eq(jointScenarios.id, before.id));
      if (itemsChanged) {
        await tx.delete(jointScenarioItems).where(eq(jointScenarioItems.scenarioId, before.id));
        await tx.insert(jointScenarioItems).values(itemIds.map((itemId) => ({ scenarioId: before.id, itemId })));
      }
      if (updated === 0) await announceChange(tx, 'joint-scenario', before.id); // once: any change makes the catalog forget all
      updated++;
      written.push(g.code);
    }
    const result: ScenarioImportResult = { imported, updated, unchanged: valid.length - imported - updated, skipped, errors };
    await auditImport(tx, ctx, {
      action: 'catalog.scenario.import',
      targetType: 'joint-scenario-import',
      sheet,
      counts: result,
      detail: { written: written.slice(0, 500), skipped: skipped.map((s) => s.code).slice(0, 500) },
    });
    return result;
  });
}

/**
 * Groups the rows by scenario code and checks each row. A blank scenario code continues the scenario of the row
 * above (merged cells); a scenario's name, industry, description and published state may be given on any of its
 * rows, but must not differ between them.
 */
function gatherScenarios(
  sheet: Sheet<ScenarioField>,
  locale: Locale,
  known: Parameters<typeof resolveDepartment>[1],
  itemByKey: Map<string, ItemRow>,
): { groups: Map<string, Group>; errors: CatalogRowError<ScenarioField>[] } {
  const groups = new Map<string, Group>();
  const errors: CatalogRowError<ScenarioField>[] = [];
  const label = (f: ScenarioField) => columnLabel(SCENARIO_COLUMNS, f, locale);
  const cell = (r: SheetRow, f: ScenarioField): Cell | undefined => cellOf(sheet, r, f);
  const shape = scenarioFields.pick({ code: true, name: true, description: true });
  const firstItemRows = new FirstRows();
  let current: Group | undefined;

  for (const r of sheet.rows) {
    const rowErrors: CatalogRowError<ScenarioField>[] = [];
    const fail = (column: ScenarioField, code: string, params: Record<string, unknown> = {}, message?: string) =>
      rowErrors.push({ row: r.row, code, column, message: message ?? translate(locale, code, params) });
    const invalidValue = (f: ScenarioField, value: string, issue: Parameters<typeof issueMessage>[0]) =>
      fail(f, 'row-invalid-value', { column: label(f), value, reason: issueMessage(issue, locale) });

    // Which scenario the row belongs to.
    const codeCell = cell(r, 'scenarioCode');
    if (codeCell != null) {
      const parsed = shape.shape.code.safeParse(cellText(codeCell));
      if (!parsed.success) {
        invalidValue('scenarioCode', cellText(codeCell), parsed.error.issues[0]!);
        current = undefined;
      } else {
        current = groups.get(parsed.data);
        if (!current) {
          current = { code: parsed.data, rows: [], items: [], invalid: false };
          groups.set(parsed.data, current);
        }
      }
    } else if (!current) {
      fail('scenarioCode', 'row-required', { column: label('scenarioCode') });
    }
    const g = current;
    const scenario = g?.code ?? '';

    // The scenario's own cells: the first value stands, a different later one is a conflict.
    const keep = <K extends 'name' | 'industry' | 'description' | 'published'>(
      key: K,
      column: ScenarioField,
      value: NonNullable<Group[K]>['value'],
    ) => {
      if (!g) return;
      const had = g[key];
      if (had === undefined) g[key] = { value, row: r.row } as Group[K];
      else if (had.value !== value) fail(column, 'row-scenario-conflict', { scenario, column: label(column), firstRow: had.row });
    };
    const nameCell = cell(r, 'scenarioName');
    if (nameCell != null) {
      const parsed = shape.shape.name.safeParse(cellText(nameCell));
      if (parsed.success) keep('name', 'scenarioName', parsed.data);
      else invalidValue('scenarioName', cellText(nameCell), parsed.error.issues[0]!);
    }
    const industryCell = cell(r, 'industry');
    if (industryCell != null) {
      const industry = industryFromText(cellText(industryCell));
      if (industry) keep('industry', 'industry', industry);
      else fail('industry', 'row-unknown-industry', { industry: cellText(industryCell) });
    }
    const descriptionCell = cell(r, 'description');
    if (descriptionCell != null) {
      const parsed = shape.shape.description.safeParse(cellText(descriptionCell));
      if (parsed.success) keep('description', 'description', parsed.data ?? null);
      else invalidValue('description', cellText(descriptionCell).slice(0, 20), parsed.error.issues[0]!);
    }
    const publishedCell = cell(r, 'published');
    if (publishedCell != null) {
      const parsed = parsePublished(publishedCell);
      if (!parsed.ok)
        fail('published', 'row-invalid-value', {
          column: label('published'),
          value: parsed.text,
          reason: locale === 'zh-CN' ? '应填写“是”或“否”' : 'expected yes or no',
        });
      else if (parsed.value !== undefined) keep('published', 'published', parsed.value);
    }

    // The item of the row.
    const deptCell = cell(r, 'department');
    const itemCell = cell(r, 'itemCode');
    if (deptCell == null) fail('department', 'row-required', { column: label('department') });
    if (itemCell == null) fail('itemCode', 'row-required', { column: label('itemCode') });
    if (deptCell != null && itemCell != null) {
      const d = resolveDepartment(deptCell, known);
      const code = cellText(itemCell);
      if (!d.ok) fail('department', 'row-unknown-department', { department: d.text });
      else {
        const item = itemByKey.get(`${d.value.id}\u0000${code}`);
        if (!item) fail('itemCode', 'row-unknown-item', { department: d.value.name, code });
        else if (g) {
          const key = `${g.code}\u0000${item.id}`;
          const first = firstItemRows.earlier(key, r.row);
          if (first !== undefined) fail('itemCode', 'row-duplicate-scenario-item', { code, scenario, firstRow: first });
          else g.items.push({ row: r.row, item });
        }
      }
    }

    if (g) {
      g.rows.push(r.row);
      if (rowErrors.length > 0) g.invalid = true;
    }
    errors.push(...rowErrors);
  }

  // A scenario needs its name and industry on one of its rows.
  for (const g of groups.values()) {
    const fail = (column: ScenarioField) => {
      errors.push({ row: g.rows[0]!, code: 'row-required', column, message: translate(locale, 'row-required', { column: label(column) }) });
      g.invalid = true;
    };
    if (!g.name) fail('scenarioName');
    if (!g.industry) fail('industry');
  }
  return { groups, errors };
}
