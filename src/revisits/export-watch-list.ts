import ExcelJS from 'exceljs';
import type { Db } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import { recordAudit } from '../platform/audit/record.js';
import { headedSheet } from '../platform/sheets/write-sheet.js';
import { guardedRow } from '../platform/sheets/formula-guard.js';
import { watchList } from './watch-list-read.js';
import type { WatchPart } from './rules/watch-list.js';

const PART_LABELS: Record<WatchPart['code'], [string, string]> = {
  complaints: ['12345 投诉', '12345 complaints'],
  inspections: ['检查记录', 'Inspections'],
  'inspection-problems': ['检查发现问题', 'Inspections that found problems'],
  'penalties-minor': ['处罚（轻微）', 'Penalties (minor)'],
  'penalties-ordinary': ['处罚（一般）', 'Penalties (ordinary)'],
  'penalties-serious': ['处罚（严重）', 'Penalties (serious)'],
};
const LEVELS: Record<string, [string, string]> = { high: ['高', 'High'], medium: ['中', 'Medium'], low: ['低', 'Low'] };

/** G4 — the watch list as an .xlsx (enterprises and teams, each score with its parts spelled out); audited. */
export async function exportWatchList(db: Db, ctx: Ctx, period?: string): Promise<Buffer> {
  const list = await watchList(db, ctx, period);
  const zh = ctx.locale === 'zh-CN';
  const L = (p: [string, string]) => (zh ? p[0] : p[1]);
  const explain = (parts: WatchPart[]) => parts.map((p) => `${L(PART_LABELS[p.code])} ${p.count} × ${p.weight} = ${p.points}`).join('；');
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Qinqing 亲清';
  wb.created = ctx.now;
  const sheet = (name: string, header: string[], widths: number[]) => headedSheet(wb, name, header, widths);
  const e = sheet(zh ? '企业预警清单' : 'Enterprises', [zh ? '统一社会信用代码' : 'USCC', zh ? '企业名称' : 'Enterprise', zh ? '风险分' : 'Score', zh ? '等级' : 'Level', zh ? '构成' : 'Explained'], [24, 36, 10, 8, 80]);
  for (const r of list.enterprises) e.addRow(guardedRow([r.uscc, r.name, r.score, L(LEVELS[r.level]!), explain(r.parts)]));
  const t = sheet(zh ? '执法大队预警清单' : 'Teams', [zh ? '执法大队' : 'Team', zh ? '部门' : 'Department', zh ? '风险分' : 'Score', zh ? '等级' : 'Level', zh ? '构成' : 'Explained'], [30, 30, 10, 8, 80]);
  for (const r of list.teams) t.addRow(guardedRow([r.name, r.department, r.score, L(LEVELS[r.level]!), explain(r.parts)]));
  const about = sheet(zh ? '说明' : 'About', [zh ? '项目' : 'Item', zh ? '内容' : 'Value'], [24, 80]);
  about.addRow(guardedRow([zh ? '期间' : 'Period', list.period]));
  about.addRow(guardedRow([zh ? '规则版本' : 'Rule set', `${list.ruleSet.version} — ${list.ruleSet.source}`]));
  await recordAudit(db, ctx, { action: 'revisit.export-watch-list', targetType: 'revisit_period', targetId: list.period });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
