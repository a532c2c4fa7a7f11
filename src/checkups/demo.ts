import { and, eq, inArray } from 'drizzle-orm';
import { storeFile } from '../files/index.js';
import { enterprises } from '../enterprises/schema.js';
import { renderCheckupReport } from './report-pdf.js';
import { REPORT_OWNER } from './files.js';
import type { Tx } from '../platform/db/client.js';
import type { DemoContext } from '../platform/parts/part.js';
import { newId } from '../platform/db/ids.js';
import { users } from '../platform/auth/schema.js';
import { chinaDayOf } from '../calendar/index.js';
import { checkupCampaigns, checkupChecklists, checkupContacts, checkupExperts, checkupFindings, checkupInvitations, type InvitationStatus } from './schema.js';
import { CHECKLIST_V1, CHECKLIST_V1_SOURCE } from './rules/checklist.js';

const EXPERT_NAMES = ['孙文博', '钱思源', '周立群', '吴海涛', '郑雅琴', '王志远', '冯晓东', '陈静怡', '褚建华', '卫明哲', '蒋丽娟', '沈国平'];
const EXPERT_FIELDS = [['大气', '挥发性有机物'], ['水污染防治'], ['固体废物', '危险废物'], ['环境风险', '应急管理'], ['噪声'], ['环评与验收'], ['排污许可'], ['土壤与地下水']];

/**
 * Demo check-ups (part E): the v1 check package, a campaign, the expert pool (12 experts, `expert1` among them),
 * and check-ups in every state — received (online and by phone), scheduled, visited with findings; with history,
 * also in rectification and closed (their findings fixed, planned and closed, a contact log).
 * Check-ups in rectification and closed carry their signed report (rendered like the API does, hash kept).
 */
export async function seedCheckups(tx: Tx, demo: DemoContext): Promise<void> {
  const deptId = demo.deptIds.get('WH-STHJ');
  if (!deptId) return;
  const now = demo.now;
  const at = (days: number) => new Date(now.getTime() + days * 86_400_000);
  const checklistId = newId();
  await tx.insert(checkupChecklists).values({ id: checklistId, version: 1, effectiveFrom: '2025-01-01', source: CHECKLIST_V1_SOURCE, items: [...CHECKLIST_V1], createdAt: now, createdBy: 'demo' });
  const campaignId = newId();
  await tx.insert(checkupCampaigns).values({
    id: campaignId,
    departmentId: deptId,
    title: '“亲清有约 我帮您检”环保帮扶公告',
    body: '面向全市规模以上企业提供上门环保“体检”服务：环保手续、污染防治设施、环境管理制度、风险防控 4 大类 14 个分项一次查清。企业可通过电话、微信、书面或线上提交邀约申请。体检发现的问题不作为处罚线索。',
    target: { aboveDesignatedSize: true },
    opensOn: chinaDayOf(at(-60)),
    closesOn: null,
    createdAt: at(-60),
    createdBy: 'demo',
  });

  const staff = await tx.select({ id: users.id, username: users.username, displayName: users.displayName }).from(users).where(inArray(users.username, ['expert1', 'service1']));
  const expertUser = staff.find((u) => u.username === 'expert1');
  const liaison = staff.find((u) => u.username === 'service1');
  const experts = EXPERT_NAMES.map((name, i) => ({
    id: newId(),
    userId: i === 0 ? (expertUser?.id ?? null) : null,
    departmentId: deptId,
    name,
    fields: EXPERT_FIELDS[i % EXPERT_FIELDS.length]!,
    active: true,
    createdAt: at(-90),
  }));
  await tx.insert(checkupExperts).values(experts);
  const expertId = experts[0]!.id;

  const [account] = await tx.select({ enterpriseId: users.enterpriseId }).from(users).where(eq(users.username, 'enterprise1'));
  const others = demo.enterprises.filter((e) => e.id !== account?.enterpriseId);
  const firms = [account?.enterpriseId ?? demo.enterprises[0]!.id, ...others.slice(0, 6).map((e) => e.id)];

  const plan: { status: InvitationStatus; channel: 'online' | 'phone' | 'wechat' | 'letter'; note: string; history?: boolean }[] = [
    { status: 'received', channel: 'online', note: '希望重点看一下油烟净化设施和危废暂存间是否规范。' },
    { status: 'received', channel: 'phone', note: '电话邀约：企业新上一条喷涂线，想请专家看看废气收集。' },
    { status: 'scheduled', channel: 'wechat', note: '微信邀约：排污许可证即将延续，请协助梳理台账。' },
    { status: 'visited', channel: 'letter', note: '书面邀约申请表：全面体检。' },
    { status: 'rectifying', channel: 'online', note: '申请环保体检，关注应急预案备案。', history: true },
    { status: 'closed', channel: 'phone', note: '电话邀约：年度环保自查前的体检。', history: true },
  ];
  for (const [i, p] of plan.entries()) {
    if (p.history && !demo.history) continue;
    const enterpriseId = firms[i % firms.length]!;
    const id = newId();
    const receivedAt = at(-40 + i * 3);
    const visited = p.status === 'visited' || p.status === 'rectifying' || p.status === 'closed';
    await tx.insert(checkupInvitations).values({
      enterpriseId,
      id,
      departmentId: deptId,
      campaignId,
      channel: p.channel,
      note: p.note,
      preferredDates: [chinaDayOf(at(2 + i)), chinaDayOf(at(4 + i))],
      status: p.status,
      receivedAt,
      recordedBy: p.channel === 'online' ? null : (liaison?.username ?? null),
      expertId: p.status === 'received' ? null : expertId,
      liaisonUserId: p.status === 'received' ? null : (liaison?.id ?? null),
      visitAt: p.status === 'received' ? null : p.status === 'scheduled' ? at(3) : at(-30 + i * 3),
      checklistId: p.status === 'received' ? null : checklistId,
      visitedAt: visited ? at(-30 + i * 3) : null,
      signedAt: p.status === 'rectifying' || p.status === 'closed' ? at(-29 + i * 3) : null,
      signedBy: p.status === 'rectifying' || p.status === 'closed' ? experts[0]!.name : null,
      closedAt: p.status === 'closed' ? at(-2) : null,
    });
    if (!visited) continue;
    const foundAt = at(-30 + i * 3);
    const rows: (typeof checkupFindings.$inferInsert)[] = CHECKLIST_V1.map((item, k) => {
      const base = { enterpriseId, id: newId(), invitationId: id, itemCode: item.code, createdAt: foundAt, createdBy: 'expert1', milestones: [] as { due: string; text: string }[] };
      if (k === 3) {
        return { ...base, outcome: 'problem' as const, description: '危险废物贮存间未设置防渗漏措施和标识标牌。', basis: item.basis, advice: '按标准设置防渗地面、围堰和危险废物识别标志，建立出入库台账。', resolution: 'fix-now' as const, status: 'fixed' as const, closedAt: foundAt, closedBy: experts[0]!.name };
      }
      if (k === 11) {
        const planned = p.status === 'closed' ? ('closed' as const) : ('open' as const);
        return {
          ...base,
          outcome: 'problem' as const,
          description: '突发环境事件应急预案未按规定备案，未开展年度演练。',
          basis: item.basis,
          advice: '修订应急预案并报生态环境部门备案，组织一次综合演练。',
          resolution: 'plan' as const,
          milestones: [
            { due: chinaDayOf(at(2)), text: '完成应急预案修订' },
            { due: chinaDayOf(at(30)), text: '报备案并组织演练' },
          ],
          status: planned,
          closedAt: planned === 'closed' ? at(-2) : null,
          closedBy: planned === 'closed' ? (liaison?.displayName ?? null) : null,
          closureNote: planned === 'closed' ? '现场核验：预案已备案，演练记录齐全。' : null,
        };
      }
      return { ...base, outcome: 'ok' as const, status: 'ok' as const };
    });
    await tx.insert(checkupFindings).values(rows);
    if (p.status === 'rectifying' || p.status === 'closed') {
      const [ent] = await tx.select().from(enterprises).where(eq(enterprises.id, enterpriseId));
      const report = await renderCheckupReport({
        enterprise: { name: ent!.name, uscc: ent!.uscc, address: ent!.address },
        department: '芜湖市生态环境局',
        visitDay: chinaDayOf(foundAt),
        expert: experts[0]!.name,
        signedDay: chinaDayOf(at(-29 + i * 3)),
        checklist: { version: 1, items: CHECKLIST_V1 },
        findings: rows.map((r) => ({ itemCode: r.itemCode, outcome: r.outcome, description: r.description ?? null, basis: r.basis ?? null, advice: r.advice ?? null, resolution: r.resolution ?? null, milestones: r.milestones ?? [] })),
      });
      const fileId = await storeFile(tx, { enterpriseId, ownerType: REPORT_OWNER, ownerId: id, filename: `环保体检报告-${ent!.uscc}.pdf`, mime: 'application/pdf', data: report.data, uploadedBy: 'expert1', now: at(-29 + i * 3) });
      await tx.update(checkupInvitations).set({ reportFileId: fileId, reportSha256: report.sha256 }).where(and(eq(checkupInvitations.enterpriseId, enterpriseId), eq(checkupInvitations.id, id)));
    }
    if (liaison && (p.status === 'rectifying' || p.status === 'closed')) {
      await tx.insert(checkupContacts).values({ enterpriseId, id: newId(), invitationId: id, findingId: rows[11]!.id, at: at(-10), channel: 'phone', note: '电话回访：企业已委托编制单位修订应急预案。', byUserId: liaison.id, byName: liaison.displayName });
    }
  }
}
