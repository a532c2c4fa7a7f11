/**
 * D3 — GET /api/enterprises/{uscc}/compliance-notice: the enterprise's notice as a PDF in Chinese (the
 * enterprise itself and staff). Issued on the first request when the enterprise is covered and none was issued
 * yet; otherwise reprinted from the template version it was issued with. 404 `no-compliance-notice` for an
 * enterprise of an industry without a template. Every print is audited.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import { AppError } from '../platform/errors/app-error.js';
import { assertEnterprise } from '../platform/policy/policy.js';
import { recordAudit } from '../platform/audit/record.js';
import { renderPdf, type PdfBlock } from '../platform/pdf/index.js';
import { enterprises } from '../enterprises/schema.js';
import { chinaDayOf } from '../calendar/index.js';
import { NOTICE_TEMPLATES, templateFor } from './rules/notice-templates.js';
import { issueComplianceNotice } from './issue-compliance-notice.js';
import { complianceNotices } from './schema.js';

const cnDate = (day: string) => `${Number(day.slice(0, 4))}年${Number(day.slice(5, 7))}月${Number(day.slice(8, 10))}日`;

export async function complianceNoticePdf(db: Db, ctx: Ctx, uscc: string): Promise<{ pdf: Buffer; fileName: string }> {
  const [e] = await db.select().from(enterprises).where(eq(enterprises.uscc, uscc.trim().toUpperCase()));
  if (!e) throw new AppError(404, 'not-found');
  assertEnterprise(ctx.actor, e.id);
  if (!templateFor(e.industry)) throw new AppError(404, 'no-compliance-notice');
  const notice = await db.transaction(async (tx) => {
    const n = (await issueComplianceNotice(tx, ctx, e, 'requested'))!;
    await tx
      .update(complianceNotices)
      .set({ printCount: sql`${complianceNotices.printCount} + 1` })
      .where(and(eq(complianceNotices.enterpriseId, n.enterpriseId), eq(complianceNotices.id, n.id)));
    await recordAudit(tx, ctx, { action: 'drugs.compliance-notice.print', targetType: 'compliance-notice', targetId: n.id, enterpriseId: e.id });
    return n;
  });
  const t = NOTICE_TEMPLATES.find((x) => x.industry === notice.industry && x.version === notice.templateVersion) ?? templateFor(e.industry)!;
  const blocks: PdfBlock[] = [
    { kind: 'fields', rows: [
      { label: '企业名称', value: e.name },
      { label: '统一社会信用代码', value: e.uscc },
      { label: '经营地址', value: e.address },
    ] },
    { kind: 'paragraph', text: `${e.name}：为帮助您依法合规经营，根据“谁执法谁普法”的要求，现将您所在行业的主要法律义务、可能接受的监督检查及咨询渠道告知如下。` },
    { kind: 'heading', text: '一、法律对您的要求' },
    { kind: 'list', items: t.requirements },
    { kind: 'heading', text: '二、您可能接受的监督检查' },
    { kind: 'list', items: t.inspections },
    { kind: 'heading', text: '三、咨询与监督渠道' },
    { kind: 'list', items: t.contacts },
  ];
  const pdf = await renderPdf({
    title: t.title,
    subtitle: notice.noticeNo,
    blocks,
    signature: ['芜湖市药品监督管理局', cnDate(chinaDayOf(notice.issuedAt))],
    author: '芜湖市药品监督管理局',
    createdAt: notice.issuedAt,
  });
  return { pdf, fileName: `compliance-notice-${e.uscc}.pdf` };
}
