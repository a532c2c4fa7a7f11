/**
 * POST /api/credit/penalties/import — penalty records from an .xlsx or .csv (H5), by a credit officer. Each row
 * is checked like `POST /api/credit/penalties`; the valid rows are written in one transaction, every other row
 * comes back with its row number and reason. A decision number the department already used is a row error
 * naming the existing record, so importing the same file twice writes nothing the second time.
 */
import { sql } from 'drizzle-orm';
import { rows, type Db } from '../platform/db/client.js';
import { AppError } from '../platform/errors/app-error.js';
import type { Ctx } from '../platform/policy/actor.js';
import { translate } from '../platform/i18n/messages.js';
import { departments } from '../organisation/schema.js';
import { enterprises } from '../enterprises/schema.js';
import { checkUscc } from '../identifiers/index.js';
import { usccReason } from '../enterprises/index.js';
import type { Cell } from '../platform/sheets/columns.js';
import { FirstRows } from '../platform/sheets/row-checks.js';
import { cellText, parseDate } from '../platform/sheets/cells.js';
import { parseCodeList } from '../platform/sheets/code-list.js';
import { chinaDay } from '../organisation/index.js';
import { columnLabel, type SheetColumn } from '../platform/sheets/columns.js';
import { readSheet } from '../platform/sheets/read-sheet.js';
import { SEVERITIES, SEVERITY_NAMES, kindFromText, type PenaltyKind, type Severity } from './rules/kinds.js';
import { rulesForDepartments } from './rule-sets.js';
import { checkPenaltyFields, FINE_AMOUNT_MAX, insertPenalties, type PreparedPenalty, type Subject } from './record-penalty.js';
import { requireCreditOfficer } from './policy.js';


export const PENALTY_IMPORT_MAX_ROWS = 5000;

type Field = 'uscc' | 'decisionNo' | 'department' | 'decisionDate' | 'kinds' | 'fineAmount' | 'severity';

export const PENALTY_COLUMNS: readonly SheetColumn<Field>[] = [
  { field: 'uscc', zh: '统一社会信用代码', en: 'USCC', required: true, aliases: ['社会信用代码', '信用代码', '行政相对人代码', 'subjectuscc'] },
  { field: 'decisionNo', zh: '处罚决定书文号', en: 'Decision number', required: true, aliases: ['行政处罚决定书文号', '决定书文号', '文号', 'decisionno'] },
  { field: 'department', zh: '处罚机关', en: 'Department', required: true, aliases: ['处罚部门', '作出处罚决定机关', '部门', '部门编码', 'departmentid'] },
  { field: 'decisionDate', zh: '处罚决定日期', en: 'Decision date', required: true, aliases: ['处罚决定日期', '决定日期', '作出处罚决定日期', 'decisiondate'] },
  { field: 'kinds', zh: '处罚种类', en: 'Kinds', required: true, aliases: ['处罚类别', '处罚类型', 'kind'] },
  { field: 'fineAmount', zh: '罚款金额', en: 'Fine amount', required: false, aliases: ['罚款金额（元）', '罚款金额(元)', '罚款', 'fine', 'fineamount'] },
  { field: 'severity', zh: '失信程度', en: 'Severity', required: false, aliases: ['严重程度', '失信等级'] },
];

export interface PenaltyImportError {
  row: number;
  code: string;
  message: string;
  column?: Field;
  existingId?: string;
}

export interface PenaltyImportResult {
  imported: number;
  errors: PenaltyImportError[];
}

const severityFromText = (t: string): Severity | undefined =>
  SEVERITIES.find((s) => s === t.toLowerCase() || SEVERITY_NAMES[s].zh === t || `${SEVERITY_NAMES[s].zh}失信` === t);

/** 处罚种类: names or codes separated by 、，,；;/ or line breaks (or spaces between Chinese names); at least one. */
function parseKinds(v: Cell): { ok: true; value: PenaltyKind[] } | { ok: false; bad: string } {
  const kinds = parseCodeList(cellText(v), kindFromText);
  if (!kinds.ok) return { ok: false, bad: kinds.part };
  return kinds.value.length > 0 ? kinds : { ok: false, bad: '' };
}

export async function importPenalties(db: Db, ctx: Ctx, file: { filename: string; data: Buffer }): Promise<PenaltyImportResult> {
  requireCreditOfficer(ctx.actor);
  const sheet = await readSheet(file, { columns: PENALTY_COLUMNS, maxRows: PENALTY_IMPORT_MAX_ROWS, locale: ctx.locale, merged: true });
  const today = chinaDay(ctx.now);
  const cell = (cells: Cell[], f: Field): Cell => {
    const i = sheet.positions.get(f);
    return i === undefined ? null : (cells[i] ?? null);
  };

  // Everything rows refer to, read once.
  const depts = await db.select({ id: departments.id, code: departments.code, name: departments.name, shortName: departments.shortName }).from(departments);
  const deptOf = (t: string) => depts.find((d) => d.id === t || d.code.toLowerCase() === t.toLowerCase() || d.name === t || d.shortName === t);
  const usccs = [...new Set(sheet.rows.map((r) => cellText(cell(r.cells, 'uscc')).toUpperCase()).filter(Boolean))];
  const subjects = new Map(
    (await rows<Subject & { override: boolean }>(
      db,
      sql`SELECT id, uscc, name, industry, uscc_override AS override FROM ${enterprises} WHERE uscc = ANY(${sql.param(usccs)}::text[])`,
    )).map((s) => [s.uscc, s]),
  );
  const rulesByDept = await rulesForDepartments(db, depts.map((d) => d.id), ctx.now);

  const errors: PenaltyImportError[] = [];
  const prepared: PreparedPenalty[] = [];
  const rowOf: number[] = [];
  const firstRows = new FirstRows();
  const label = (f: Field) => columnLabel(PENALTY_COLUMNS, f, ctx.locale);
  const fail = (row: number, code: string, params: Record<string, unknown>, column?: Field, extra: Partial<PenaltyImportError> = {}) =>
    errors.push({ row, code, message: translate(ctx.locale, code, params), ...(column ? { column } : {}), ...extra });

  for (const r of sheet.rows) {
    const before = errors.length;
    const usccText = cellText(cell(r.cells, 'uscc')).toUpperCase();
    const decisionNo = cellText(cell(r.cells, 'decisionNo'));
    const deptText = cellText(cell(r.cells, 'department'));
    const date = parseDate(cell(r.cells, 'decisionDate'));
    const kinds = parseKinds(cell(r.cells, 'kinds'));
    const fineText = cellText(cell(r.cells, 'fineAmount')).replace(/[,，元¥￥\s]/g, '');
    const severityText = cellText(cell(r.cells, 'severity'));

    let subject: (Subject & { override: boolean }) | undefined;
    if (!usccText) fail(r.row, 'import-penalty-required', { column: label('uscc') }, 'uscc');
    else {
      const check = checkUscc(usccText);
      subject = subjects.get(usccText);
      if (!check.ok && !subject?.override) {
        fail(r.row, 'invalid-uscc', { reason: usccReason(check, ctx.locale) }, 'uscc');
        subject = undefined;
      } else if (!subject) fail(r.row, 'enterprise-not-found', { uscc: usccText }, 'uscc');
    }
    if (!decisionNo) fail(r.row, 'import-penalty-required', { column: label('decisionNo') }, 'decisionNo');
    const dept = deptText ? deptOf(deptText) : undefined;
    if (!deptText) fail(r.row, 'import-penalty-required', { column: label('department') }, 'department');
    else if (!dept) fail(r.row, 'import-penalty-department', { value: deptText }, 'department');
    if (!date.ok) fail(r.row, 'import-penalty-field', { column: label('decisionDate'), value: cellText(cell(r.cells, 'decisionDate')) }, 'decisionDate');
    else if (date.value === null) fail(r.row, 'import-penalty-required', { column: label('decisionDate') }, 'decisionDate');
    if (!kinds.ok) {
      if (kinds.bad) fail(r.row, 'import-penalty-kind', { value: kinds.bad }, 'kinds');
      else fail(r.row, 'import-penalty-required', { column: label('kinds') }, 'kinds');
    }
    const fineAmount = fineText === '' ? undefined : Number(fineText);
    if (fineAmount !== undefined && !(Number.isFinite(fineAmount) && fineAmount >= 0 && fineAmount <= FINE_AMOUNT_MAX)) {
      fail(r.row, 'import-penalty-field', { column: label('fineAmount'), value: fineText }, 'fineAmount');
    }
    const severity = severityText ? severityFromText(severityText) : undefined;
    if (severityText && !severity) fail(r.row, 'import-penalty-field', { column: label('severity'), value: severityText }, 'severity');
    if (errors.length > before || !subject || !dept || !date.ok || !date.value || !kinds.ok) continue;

    try {
      checkPenaltyFields({ kinds: kinds.value, fineAmount, decisionDate: date.value }, today);
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      fail(r.row, err.code, err.params, err.code === 'decision-date-in-future' ? 'decisionDate' : 'fineAmount');
      continue;
    }
    const first = firstRows.earlier(`${dept.id}\u0000${decisionNo}`, r.row);
    if (first !== undefined) {
      fail(r.row, 'import-penalty-repeated', { decisionNo, firstRow: first }, 'decisionNo');
      continue;
    }
    prepared.push({
      subject,
      decisionNo,
      decisionDate: date.value,
      kinds: kinds.value,
      fineAmount: fineAmount && fineAmount > 0 ? fineAmount : null,
      severity,
      rules: rulesByDept.get(dept.id)!,
      source: 'import',
    });
    rowOf.push(r.row);
  }

  const { written, duplicates } = await db.transaction((tx) => insertPenalties(tx, ctx, prepared));
  for (const d of duplicates) {
    const p = prepared[d.index]!;
    fail(rowOf[d.index]!, 'penalty-duplicate', { decisionNo: p.decisionNo }, 'decisionNo', { existingId: d.existingId });
  }
  errors.sort((a, b) => a.row - b.row);
  return { imported: written.length, errors };
}

