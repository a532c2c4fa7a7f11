import { createHash } from 'node:crypto';
import { renderPdf, type PdfBlock } from '../platform/pdf/index.js';
import { CATEGORY_NAMES, CHECKLIST_CATEGORIES, type ChecklistItem } from './rules/checklist.js';
import type { Milestone } from './schema.js';

export interface ReportInput {
  enterprise: { name: string; uscc: string; address: string };
  department: string;
  visitDay: string;
  expert: string;
  signedDay: string;
  checklist: { version: number; items: readonly ChecklistItem[] };
  findings: { itemCode: string; outcome: 'ok' | 'problem'; description: string | null; basis: string | null; advice: string | null; resolution: 'fix-now' | 'plan' | null; milestones: Milestone[] }[];
}

const zhDay = (day: string) => {
  const [y, m, d] = day.split('-');
  return `${y}年${Number(m)}月${Number(d)}日`;
};

/** What the report says (pure): every item's result by category, then each problem with basis, advice and plan. */
export function reportBlocks(r: ReportInput): PdfBlock[] {
  const problems = r.findings.filter((f) => f.outcome === 'problem');
  const blocks: PdfBlock[] = [
    {
      kind: 'fields',
      rows: [
        { label: '受检企业', value: r.enterprise.name },
        { label: '统一社会信用代码', value: r.enterprise.uscc },
        { label: '企业地址', value: r.enterprise.address },
        { label: '体检日期', value: zhDay(r.visitDay) },
        { label: '体检专家', value: r.expert },
        { label: '体检清单', value: `第 ${r.checklist.version} 版（${r.checklist.items.length} 个分项）` },
      ],
    },
    { kind: 'paragraph', text: '本次环保“体检”应企业邀约开展，体检发现的问题不作为行政处罚线索，仅用于帮助企业对照法律法规和技术规范自查自改。' },
    { kind: 'heading', text: '一、体检结果' },
  ];
  for (const cat of CHECKLIST_CATEGORIES) {
    const items = r.checklist.items.filter((i) => i.category === cat);
    if (!items.length) continue;
    blocks.push({
      kind: 'list',
      items: items.map((i) => {
        const found = problems.filter((p) => p.itemCode === i.code).length;
        return `【${CATEGORY_NAMES[cat]['zh-CN']}】${i.code} ${i.name}：${found ? `发现问题 ${found} 个` : '未发现问题'}`;
      }),
    });
  }
  blocks.push({ kind: 'heading', text: `二、发现的问题及整改建议（共 ${problems.length} 个）` });
  if (!problems.length) blocks.push({ kind: 'paragraph', text: '本次体检未发现问题。' });
  problems.forEach((p, n) => {
    const item = r.checklist.items.find((i) => i.code === p.itemCode);
    const rows = [
      { label: '问题', value: p.description ?? '' },
      { label: '依据', value: p.basis ?? item?.basis ?? '' },
      { label: '建议', value: p.advice ?? '' },
      { label: '处理方式', value: p.resolution === 'fix-now' ? '立行立改（现场已整改）' : '制定整改方案，帮扶指导员一对一跟踪' },
    ];
    if (p.resolution === 'plan') rows.push({ label: '整改节点', value: p.milestones.map((m) => `${zhDay(m.due)} ${m.text}`).join('；') });
    blocks.push({ kind: 'heading', text: `问题 ${n + 1}：${item ? `${item.code} ${item.name}` : p.itemCode}` }, { kind: 'fields', rows });
  });
  return blocks;
}

/** E5 — the report as a Chinese PDF (the CJK font from npm, embedded), and its SHA-256 kept on the check-up. */
export async function renderCheckupReport(r: ReportInput): Promise<{ data: Buffer; sha256: string }> {
  const data = await renderPdf({
    title: '环保“体检”报告',
    subtitle: `亲清有约 我帮您检 · ${r.department}`,
    blocks: reportBlocks(r),
    signature: [`体检专家：${r.expert}（签发）`, r.department, zhDay(r.signedDay)],
    author: r.department,
    createdAt: new Date(`${r.signedDay}T00:00:00+08:00`),
  });
  return { data, sha256: createHash('sha256').update(data).digest('hex') };
}
