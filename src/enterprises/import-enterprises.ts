import { inArray, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { rows, type Db, type Tx } from '../platform/db/client.js';
import { newId } from '../platform/db/ids.js';
import { AppError } from '../platform/errors/app-error.js';
import type { Ctx } from '../platform/policy/actor.js';
import { requireUser } from '../platform/policy/policy.js';
import { translate } from '../platform/i18n/messages.js';
import { issueMessage } from '../platform/http/validation.js';
import { FirstRows, newFieldIssues } from '../platform/sheets/row-checks.js';
import { divisions } from '../organisation/schema.js';
import { enterpriseUsccs, enterprises } from './schema.js';
import { acceptedUscc, enterpriseInput, type EnterpriseInput } from './validate-enterprise.js';
import {
  cellText,
  columnLabel,
  parseBoolean,
  parseDate,
  parseDivision,
  parseIndustry,
  parseStatus,
  type Cell,
  IMPORT_COLUMNS,
  type ImportField,
} from './import-columns.js';
import { auditImport } from '../platform/sheets/audit-import.js';
import { cellOf, readSheet, type Sheet, type SheetRow } from '../platform/sheets/read-sheet.js';


/** Most data rows one file may hold. */
export const IMPORT_MAX_ROWS = 50_000;
/** Rows per INSERT … ON CONFLICT statement. */
const BATCH_SIZE = 1000;
/** Who may import into the registry. */
export const IMPORT_ROLES = ['admin', 'dept_admin'] as const;

export interface ImportRowError {
  /** 1-based spreadsheet row. */
  row: number;
  code: string;
  /** In the caller's language. */
  message: string;
  column?: ImportField;
}

export interface ImportResult {
  imported: number;
  updated: number;
  unchanged: number;
  errors: ImportRowError[];
}

/** A valid row, ready for the upsert. */
type Valid = EnterpriseInput & { uscc: string };

/** Fields an import writes besides the key, with their column; `usccOverride` is never set by an import. */
const WRITTEN: readonly { field: Exclude<ImportField, 'uscc'>; column: PgColumn; type: string }[] = [
  { field: 'name', column: enterprises.name, type: 'text' },
  { field: 'legalRepresentative', column: enterprises.legalRepresentative, type: 'text' },
  { field: 'address', column: enterprises.address, type: 'text' },
  { field: 'divisionCode', column: enterprises.divisionCode, type: 'text' },
  { field: 'industry', column: enterprises.industry, type: 'text' },
  { field: 'aboveDesignatedSize', column: enterprises.aboveDesignatedSize, type: 'boolean' },
  { field: 'status', column: enterprises.status, type: 'text' },
  { field: 'registeredOn', column: enterprises.registeredOn, type: 'date' },
  { field: 'phone', column: enterprises.phone, type: 'text' },
];

const ident = (c: PgColumn) => sql.raw(`"${c.name}"`);
const list = (parts: SQL[]) => sql.join(parts, sql`, `);

/**
 * One upsert statement for a batch: the rows travel as one array parameter per column (unnest), so the
 * statement stays small whatever the batch size. Only columns the file has are updated, and only when one of
 * them differs; RETURNING therefore lists inserted and updated rows (xmax = 0 marks an insert).
 */
function upsertStatement(batch: Valid[], ids: ReadonlyMap<string, string>, present: ReadonlySet<ImportField>, now: Date): SQL {
  const cols = [
    { column: enterprises.id, type: 'uuid', values: batch.map((r) => ids.get(r.uscc)!) },
    { column: enterprises.uscc, type: 'text', values: batch.map((r) => r.uscc) },
    ...WRITTEN.map((w) => ({
      column: w.column,
      type: w.type,
      values: batch.map((r) => {
        const v = r[w.field];
        return v === undefined || v === null ? null : String(v);
      }),
    })),
  ];
  const updated = WRITTEN.filter((w) => present.has(w.field));
  const at = now.toISOString();
  return sql`INSERT INTO ${enterprises} (${list(cols.map((c) => ident(c.column)))}, ${ident(enterprises.usccOverride)}, ${ident(enterprises.createdAt)}, ${ident(enterprises.updatedAt)})
    SELECT ${list(cols.map((c) => ident(c.column)))}, false, ${at}::timestamptz, ${at}::timestamptz
    FROM unnest(${list(cols.map((c) => sql`${sql.param(c.values)}::${sql.raw(c.type)}[]`))}) AS t(${list(cols.map((c) => ident(c.column)))})
    ON CONFLICT (${ident(enterprises.id)}) DO UPDATE SET
      ${list([...updated.map((w) => sql`${ident(w.column)} = excluded.${ident(w.column)}`), sql`${ident(enterprises.updatedAt)} = excluded.${ident(enterprises.updatedAt)}`])}
    WHERE (${list(updated.map((w) => sql`${enterprises}.${ident(w.column)}`))}) IS DISTINCT FROM (${list(updated.map((w) => sql`excluded.${ident(w.column)}`))})
    RETURNING (xmax = 0) AS inserted`;
}

/**
 * The enterprise id of each USCC of a batch: new USCCs are claimed in the registry (`enterprise_uscc`) with a
 * fresh id, known ones keep theirs — so an import and a registration of one USCC never make two enterprises.
 */
async function claimUsccs(tx: Tx, batch: Valid[]): Promise<Map<string, string>> {
  const usccs = batch.map((r) => r.uscc);
  await tx.execute(sql`INSERT INTO ${enterpriseUsccs} (${ident(enterpriseUsccs.uscc)}, ${ident(enterpriseUsccs.enterpriseId)})
    SELECT * FROM unnest(${sql.param(usccs)}::text[], ${sql.param(batch.map(() => newId()))}::uuid[])
    ON CONFLICT DO NOTHING`);
  const known = await tx.select().from(enterpriseUsccs).where(inArray(enterpriseUsccs.uscc, usccs));
  return new Map(known.map((k) => [k.uscc, k.enterpriseId]));
}

/**
 * POST /api/enterprises/import — enterprises from an .xlsx or .csv. Every row is checked like a registration
 * (no check-digit override through an import), plus division existence and USCC uniqueness within the file;
 * valid rows are upserted by USCC in one transaction, invalid ones reported with their row number. A column
 * absent from the file leaves that field of existing enterprises alone; a present column is the truth (an
 * empty cell clears or resets the field). Re-importing the same file changes nothing.
 */
export async function importEnterprises(
  db: Db,
  ctx: Ctx,
  file: { filename: string; data: Buffer },
): Promise<ImportResult> {
  requireUser(ctx.actor, IMPORT_ROLES);
  const sheet = await readSheet(file, { columns: IMPORT_COLUMNS, maxRows: IMPORT_MAX_ROWS, locale: ctx.locale });

  const known = await db.select({ code: divisions.code, name: divisions.name }).from(divisions);
  const validator = new RowValidator(sheet, ctx.locale, known);
  const valid: Valid[] = [];
  const errors: ImportRowError[] = [];
  for (const r of sheet.rows) {
    const out = validator.check(r);
    if ('errors' in out) errors.push(...out.errors);
    else valid.push(out.input);
  }
  const present = new Set(sheet.positions.keys());

  return db.transaction(async (tx) => {
    let imported = 0;
    let updated = 0;
    for (let i = 0; i < valid.length; i += BATCH_SIZE) {
      const batch = valid.slice(i, i + BATCH_SIZE);
      const written = await rows<{ inserted: boolean }>(tx, upsertStatement(batch, await claimUsccs(tx, batch), present, ctx.now));
      for (const w of written) {
        if (w.inserted) imported++;
        else updated++;
      }
    }
    const result = { imported, updated, unchanged: valid.length - imported - updated, errors };
    await auditImport(tx, ctx, { action: 'enterprise.import', targetType: 'enterprise-import', sheet, counts: result });
    return result;
  });
}

type Checked = { input: EnterpriseInput } | { errors: ImportRowError[] };

/** Checks rows one by one; remembers each USCC's first row to report repeats. */
class RowValidator {
  private readonly firstRows = new FirstRows();
  private readonly codes: Set<string>;
  private readonly byName = new Map<string, string[]>();
  private readonly divisionMemo = new Map<string, ReturnType<typeof parseDivision>>();

  constructor(
    private readonly sheet: Sheet<ImportField>,
    private readonly locale: 'zh-CN' | 'en-US',
    known: { code: string; name: string }[],
  ) {
    this.codes = new Set(known.map((d) => d.code));
    for (const d of known) this.byName.set(d.name, [...(this.byName.get(d.name) ?? []), d.code]);
  }

  private cell(r: SheetRow, f: ImportField): Cell | undefined {
    return cellOf(this.sheet, r, f);
  }

  check(r: SheetRow): Checked {
    const errors: ImportRowError[] = [];
    const fail = (
      column: ImportField,
      code: string,
      params: Record<string, unknown> = {},
      message?: string,
    ) => errors.push({ row: r.row, code, column, message: message ?? translate(this.locale, code, params) });
    const label = (f: ImportField) => columnLabel(f, this.locale);
    const candidate: Record<string, unknown> = {};

    for (const f of ['uscc', 'name', 'legalRepresentative', 'address', 'divisionCode', 'industry'] as const) {
      if (this.cell(r, f) === null) fail(f, 'import-required', { column: label(f) });
    }

    const usccCell = this.cell(r, 'uscc');
    if (usccCell != null) {
      try {
        const { uscc } = acceptedUscc(cellText(usccCell), this.locale);
        const first = this.firstRows.earlier(uscc, r.row);
        if (first !== undefined) fail('uscc', 'import-duplicate-uscc', { uscc, firstRow: first });
        candidate.uscc = uscc;
      } catch (err) {
        if (!(err instanceof AppError)) throw err;
        fail('uscc', err.code, err.params);
      }
    }

    for (const f of ['name', 'legalRepresentative', 'address', 'phone'] as const) {
      const v = this.cell(r, f);
      if (v != null) candidate[f] = cellText(v);
    }

    const division = this.cell(r, 'divisionCode');
    if (division != null) {
      const key = cellText(division);
      let parsed = this.divisionMemo.get(key);
      if (!parsed) {
        parsed = parseDivision(division, this.codes, this.byName);
        this.divisionMemo.set(key, parsed);
      }
      if (parsed.ok) candidate.divisionCode = parsed.value;
      else if (parsed.problem === 'ambiguous')
        fail('divisionCode', 'import-ambiguous-division', { name: parsed.text });
      else fail('divisionCode', 'unknown-division', { code: parsed.text });
    }

    const industry = this.cell(r, 'industry');
    if (industry != null) {
      const parsed = parseIndustry(industry);
      if (parsed.ok) candidate.industry = parsed.value;
      else fail('industry', 'unknown-industry', { industry: cellText(industry) });
    }

    const optional = [
      ['aboveDesignatedSize', parseBoolean],
      ['status', parseStatus],
      ['registeredOn', parseDate],
    ] as const;
    for (const [f, parse] of optional) {
      const v = this.cell(r, f);
      if (v === undefined) continue;
      const parsed = parse(v);
      if (!parsed.ok) fail(f, 'import-invalid-value', { column: label(f), value: cellText(v) });
      else if (parsed.value !== null) candidate[f] = parsed.value;
    }

    const result = enterpriseInput.safeParse(candidate);
    if (!result.success) {
      for (const { field: f, issue } of newFieldIssues<ImportField>(result.error.issues, errors.map((e) => e.column))) {
        const detail = issueMessage(issue, this.locale);
        fail(f, 'import-invalid-value', {}, `${label(f)}${this.locale === 'zh-CN' ? '：' : ': '}${detail}`);
      }
    }
    if (errors.length > 0 || !result.success) return { errors };
    return { input: result.data };
  }
}
