import { PassThrough } from 'node:stream';
import { and, asc, count, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { Db } from '../platform/db/client.js';
import { AppError } from '../platform/errors/app-error.js';
import type { Actor, Ctx, UserActor } from '../platform/policy/actor.js';
import { DeniedError, requireUser } from '../platform/policy/policy.js';
import { recordAudit } from '../platform/audit/record.js';
import { enterprises } from './schema.js';
import { enterpriseConditions, type EnterpriseFilter } from './list-enterprises.js';
import { INDUSTRIES, industryName } from './industries.js';
import { IMPORT_COLUMNS, STATUS_LABELS, type ImportField } from './import-columns.js';
import { makeUscc } from '../identifiers/index.js';
import { guardedRow } from '../platform/sheets/formula-guard.js';


/** Most enterprises one export may hold. */
export const EXPORT_MAX_ROWS = 100_000;
const PAGE = 5000;

export { XLSX_CONTENT_TYPE } from '../platform/http/download.js';

/** Staff only: enterprise users (and integrations) may not download the registry. */
export function requireStaff(actor: Actor): UserActor {
  const user = requireUser(actor);
  if (user.role === 'enterprise') throw new DeniedError(403, 'role-enterprise');
  return user;
}

type Locale = 'zh-CN' | 'en-US';
type Values = Record<ImportField, string | boolean | Date | null>;

/** A spreadsheet with the import columns: header row (bold, frozen), widths, date and text formats. */
function sheetWriter(
  locale: Locale,
  sheetName: string,
  wb: ExcelJS.Workbook | ExcelJS.stream.xlsx.WorkbookWriter,
) {
  const ws = wb.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = IMPORT_COLUMNS.map((c) => ({
    key: c.field,
    width: c.width,
    // Codes and phone numbers stay text when the user edits them in Excel (no 9.13E+17, no lost leading 0).
    style:
      c.field === 'registeredOn'
        ? { numFmt: 'yyyy-mm-dd' }
        : ['uscc', 'divisionCode', 'phone'].includes(c.field)
          ? { numFmt: '@' }
          : {},
  }));
  const header = ws.addRow(IMPORT_COLUMNS.map((c) => (locale === 'zh-CN' ? c.zh : c.en)));
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFF3F8' } };
  return {
    ws,
    header,
    add(values: Values) {
      return ws.addRow(guardedRow(IMPORT_COLUMNS.map((c) => values[c.field])));
    },
  };
}

function values(e: typeof enterprises.$inferSelect, locale: Locale): Values {
  const zh = locale === 'zh-CN';
  return {
    uscc: e.uscc,
    name: e.name,
    legalRepresentative: e.legalRepresentative,
    address: e.address,
    divisionCode: e.divisionCode,
    industry: industryName(e.industry, locale),
    aboveDesignatedSize: e.aboveDesignatedSize ? (zh ? '是' : 'Yes') : zh ? '否' : 'No',
    status: zh ? STATUS_LABELS[e.status].zh : STATUS_LABELS[e.status].en,
    // The day as UTC midnight: exceljs writes it as that calendar day whatever the server's time zone.
    registeredOn: e.registeredOn ? new Date(`${e.registeredOn}T00:00:00Z`) : null,
    phone: e.phone,
  };
}

/**
 * GET /api/enterprises/export — the filtered registry as .xlsx, with the columns of the import (an export can be
 * edited and re-imported). Staff only; a sensitive read, audited with the filter and the row count. Rows are
 * read in keyset pages inside one repeatable-read transaction and streamed into exceljs's WorkbookWriter.
 */
export async function exportEnterprises(db: Db, ctx: Ctx, filter: EnterpriseFilter): Promise<Buffer> {
  requireStaff(ctx.actor);
  const where = enterpriseConditions(ctx.actor, filter);
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const finished = new Promise<void>((resolve, reject) => {
    out.on('end', resolve);
    out.on('error', reject);
  });

  await db.transaction(
    async (tx) => {
      const [total] = await tx.select({ n: count() }).from(enterprises).where(where);
      const n = total?.n ?? 0;
      if (n > EXPORT_MAX_ROWS)
        throw new AppError(422, 'export-too-many-rows', { limit: EXPORT_MAX_ROWS }, { total: n });

      const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
        stream: out,
        useStyles: true,
        useSharedStrings: false,
      });
      wb.creator = 'Qinqing 亲清';
      wb.created = ctx.now;
      const sheet = sheetWriter(ctx.locale, ctx.locale === 'zh-CN' ? '企业名录' : 'Enterprises', wb);
      sheet.header.commit();
      let rows = 0;
      let after: { name: string; id: string } | undefined;
      for (;;) {
        const page = await tx
          .select()
          .from(enterprises)
          .where(
            and(
              where,
              after
                ? sql`(${enterprises.name}, ${enterprises.id}) > (${after.name}, ${after.id})`
                : undefined,
            ),
          )
          .orderBy(asc(enterprises.name), asc(enterprises.id))
          .limit(PAGE);
        for (const e of page) sheet.add(values(e, ctx.locale)).commit();
        rows += page.length;
        const last = page.at(-1);
        if (!last || page.length < PAGE || rows >= EXPORT_MAX_ROWS) break;
        after = { name: last.name, id: last.id };
      }
      sheet.ws.commit();
      await wb.commit();
      await recordAudit(tx, ctx, {
        action: 'enterprise.export',
        targetType: 'enterprise',
        detail: { filter: { ...filter }, rows },
      });
    },
    { isolationLevel: 'repeatable read' },
  );
  await finished;
  return Buffer.concat(chunks);
}

/** GET /api/enterprises/import-template — the headers and one example row, plus a sheet of accepted values. */
export async function importTemplate(ctx: Ctx): Promise<Buffer> {
  requireStaff(ctx.actor);
  const zh = ctx.locale === 'zh-CN';
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Qinqing 亲清';
  wb.created = ctx.now;
  const sheet = sheetWriter(ctx.locale, zh ? '企业名录' : 'Enterprises', wb);
  sheet.add({
    uscc: makeUscc({ authority: '9', entityType: '1', division: '340202', organisationBase8: 'MA2N0001' }),
    name: '芜湖示例餐饮有限公司',
    legalRepresentative: '张三',
    address: '安徽省芜湖市镜湖区中山路 1 号',
    divisionCode: '340202',
    industry: industryName('restaurant', ctx.locale),
    aboveDesignatedSize: zh ? '否' : 'No',
    status: zh ? '存续' : 'Active',
    registeredOn: new Date('2020-05-18T00:00:00Z'),
    phone: '0553-1234567',
  });

  const notes = wb.addWorksheet(zh ? '填写说明' : 'Notes');
  notes.columns = [{ width: 22 }, { width: 90 }];
  const line = (a: string, b: string) => notes.addRow([a, b]);
  notes.addRow([zh ? '列' : 'Column', zh ? '说明' : 'How to fill']).font = { bold: true };
  for (const c of IMPORT_COLUMNS) {
    const name = zh ? c.zh : c.en;
    const req = c.required ? (zh ? '（必填）' : ' (required)') : '';
    const hint: Record<ImportField, [string, string]> = {
      uscc: [
        '18 位，校验位须正确；重复导入按此代码更新',
        '18 characters with a valid check character; re-imports update by it',
      ],
      name: ['2–200 字', '2–200 characters'],
      legalRepresentative: ['', ''],
      address: ['', ''],
      divisionCode: [
        '6 位代码，或区划名称（如 镜湖区）',
        'six-digit code, or the division name (e.g. 镜湖区)',
      ],
      industry: ['行业代码或名称，见下方目录', 'industry code or name, see the catalogue below'],
      aboveDesignatedSize: ['是 / 否', 'yes / no'],
      status: ['存续 / 注销 / 吊销', 'active / deregistered / revoked (or 存续 / 注销 / 吊销)'],
      registeredOn: ['日期单元格或 YYYY-MM-DD', 'a date cell or YYYY-MM-DD'],
      phone: ['', ''],
    };
    line(name + req, hint[c.field][zh ? 0 : 1]);
  }
  notes.addRow([]);
  notes.addRow([zh ? '行业目录' : 'Industries']).font = { bold: true };
  for (const i of INDUSTRIES) line(i.code, `${i.zh} / ${i.en}`);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
