import ExcelJS from 'exceljs';
import type { Db } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import { recordAudit } from '../platform/audit/record.js';
import { translate } from '../platform/i18n/messages.js';
import { headedSheet } from '../platform/sheets/write-sheet.js';
import { guardedRow } from '../platform/sheets/formula-guard.js';
import { supervisionFigures, type FiguresQuery } from './figures.js';

const pct = (v: number | null) => (v === null ? null : Math.round(v * 10_000) / 10_000);
const hours = (v: number | null) => (v === null ? null : Math.round(v * 10) / 10);

const LABELS = {
  source: {
    'code-monitoring': ['检查码数据监测', 'Inspection-code monitoring'],
    'enterprise-feedback': ['企业评价与投诉', 'Enterprise feedback'],
    hotline: ['12345 热线', '12345 hotline'],
    superior: ['上级交办', 'Superior'],
    manual: ['人工发起', 'Opened by hand'],
  },
  status: {
    open: ['待办理', 'Open'],
    answered: ['已反馈', 'Answered'],
    returned: ['已退回', 'Returned'],
    closed: ['已办结', 'Closed'],
  },
} as const;

/** The dashboard's figures as an .xlsx (one sheet per table); audited with the filter. */
export async function exportFigures(db: Db, ctx: Ctx, q: FiguresQuery): Promise<Buffer> {
  const f = await supervisionFigures(db, ctx, q);
  const zh = ctx.locale === 'zh-CN';
  const L = (pair: readonly [string, string]) => (zh ? pair[0] : pair[1]);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Qinqing 亲清';
  wb.created = ctx.now;
  const sheet = (name: string, header: string[], widths: number[]) => headedSheet(wb, name, header, widths);
  /** A sheet of counts by key: each key's name and its count. */
  const countsSheet = (name: string, header: string[], widths: number[], counts: Record<string, number>, nameOf: (key: string) => string) => {
    const s = sheet(name, header, widths);
    for (const [k, n] of Object.entries(counts)) s.addRow(guardedRow([nameOf(k), n]));
  };

  const summary = sheet(zh ? '概览' : 'Summary', [zh ? '指标' : 'Figure', zh ? '数值' : 'Value'], [36, 20]);
  const rowsOf: [string, string | number | null][] = [
    [zh ? '统计起' : 'From', f.range.from],
    [zh ? '统计止' : 'To', f.range.to],
    [zh ? '督办件总数' : 'Cases', f.cases.total],
    [zh ? '已办结' : 'Closed', f.cases.closed],
    [zh ? '期限内办结' : 'Closed within deadline', f.cases.closedOnTime],
    [zh ? '期限内办结率' : 'On-time completion rate', pct(f.cases.onTimeRate)],
    [zh ? '平均办理时长（小时）' : 'Average handling time (hours)', hours(f.cases.averageHandlingHours)],
    [zh ? '逾期未办结' : 'Overdue', f.cases.overdue],
    [zh ? '督办线索' : 'Signals', f.signals.total],
    [zh ? '待处理线索' : 'Open signals', f.signals.open],
    [zh ? '入企检查次数' : 'Inspections', f.inspections.total],
    [zh ? '被检查企业数' : 'Enterprises inspected', f.inspections.enterprisesInspected],
    [zh ? '被重复检查企业数' : 'Enterprises inspected more than once', f.inspections.repeatEnterprises],
  ];
  for (const r of rowsOf) summary.addRow(guardedRow(r));
  summary.getCell('B7').numFmt = '0.00%';

  countsSheet(zh ? '按来源' : 'By source', [zh ? '来源' : 'Source', zh ? '督办件' : 'Cases'], [24, 12], f.cases.bySource, (k) =>
    L(LABELS.source[k as keyof typeof LABELS.source]),
  );
  countsSheet(zh ? '按状态' : 'By status', [zh ? '状态' : 'Status', zh ? '督办件' : 'Cases'], [16, 12], f.cases.byStatus, (k) =>
    L(LABELS.status[k as keyof typeof LABELS.status]),
  );

  const byDept = sheet(
    zh ? '按部门' : 'By department',
    zh
      ? [
          '部门',
          '督办件',
          '已办结',
          '期限内办结',
          '期限内办结率',
          '逾期',
          '平均办理时长（小时）',
          '入企检查',
          '被检查企业',
        ]
      : [
          'Department',
          'Cases',
          'Closed',
          'On time',
          'On-time rate',
          'Overdue',
          'Avg hours',
          'Inspections',
          'Enterprises',
        ],
    [30, 10, 10, 12, 14, 10, 18, 12, 12],
  );
  const deptIds = [
    ...new Set([
      ...f.cases.byDepartment.map((d) => d.departmentId),
      ...f.inspections.perDepartment.map((d) => d.departmentId),
    ]),
  ];
  for (const id of deptIds) {
    const c = f.cases.byDepartment.find((d) => d.departmentId === id);
    const i = f.inspections.perDepartment.find((d) => d.departmentId === id);
    const r = byDept.addRow(
      guardedRow([
        c?.name ?? i?.name ?? id,
        c?.total ?? 0,
        c?.closed ?? 0,
        c?.closedOnTime ?? 0,
        pct(c?.onTimeRate ?? null),
        c?.overdue ?? 0,
        hours(c?.averageHandlingHours ?? null),
        i?.inspections ?? 0,
        i?.enterprises ?? 0,
      ]),
    );
    r.getCell(5).numFmt = '0.00%';
  }

  countsSheet(zh ? '督办线索' : 'Signals', [zh ? '类型' : 'Kind', zh ? '数量' : 'Count'], [30, 10], f.signals.byKind, (k) =>
    translate(ctx.locale, `signal-kind.${k}`),
  );

  const trend = sheet(
    zh ? '趋势' : 'Trend',
    zh
      ? ['周期起始', '新发督办件', '办结', '期限内办结', '督办线索', '入企检查']
      : ['Period', 'Cases opened', 'Closed', 'Closed on time', 'Signals', 'Inspections'],
    [14, 12, 10, 12, 12, 12],
  );
  for (const t of f.trend)
    trend.addRow(guardedRow([t.period, t.casesOpened, t.casesClosed, t.casesClosedOnTime, t.signals, t.inspections]));

  const heat = sheet(
    zh ? '重复检查分布' : 'Repeat inspections',
    [zh ? '检查次数' : 'Inspections', zh ? '企业数' : 'Enterprises'],
    [14, 12],
  );
  for (const [k, n] of Object.entries(f.inspections.perEnterprise)) heat.addRow(guardedRow([k, n]));

  const top = sheet(
    zh ? '检查最多的企业' : 'Most inspected',
    zh
      ? ['企业名称', '统一社会信用代码', '检查次数', '涉及部门数']
      : ['Enterprise', 'USCC', 'Inspections', 'Departments'],
    [36, 22, 10, 12],
  );
  for (const t of f.inspections.topEnterprises) top.addRow(guardedRow([t.name, t.uscc, t.inspections, t.departments]));

  const periods = [...new Set(f.inspections.topEnterprises.flatMap((t) => Object.keys(t.byPeriod)))].sort();
  const matrix = sheet(
    zh ? '重复检查热度' : 'Inspection heat',
    [zh ? '企业名称' : 'Enterprise', ...periods],
    [36, ...periods.map(() => 12)],
  );
  for (const t of f.inspections.topEnterprises)
    matrix.addRow(guardedRow([t.name, ...periods.map((p) => t.byPeriod[p] ?? 0)]));

  await recordAudit(db, ctx, {
    action: 'supervision.figures.export',
    targetType: 'supervision-figures',
    detail: { query: { ...q, from: q.from?.toISOString(), to: q.to?.toISOString() } },
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
