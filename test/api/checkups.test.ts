import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { testApp, type TestApp } from '../support/app.js';
import { enterpriseOf } from '../support/fixtures.js';
import { markedCheckup } from '../support/checkups.js';
import { auditLog } from '../../src/platform/audit/schema.js';
import { notifications } from '../../src/notifications/schema.js';
import { users } from '../../src/platform/auth/schema.js';
import { CHECKLIST_V1 } from '../../src/checkups/rules/checklist.js';
import { checkupInvitations } from '../../src/checkups/schema.js';
import { pdfFonts, pdfText } from '../support/pdf-text.js';
import { createHash } from 'node:crypto';

/** Part E — invitations (contract), the check package, visits, rectification with a liaison, figures. */
let t: TestApp;
let firm: string, service: string, expert: string, admin: string, credit: string;
beforeAll(async () => {
  t = await testApp();
  [firm, service, expert, admin, credit] = (await Promise.all(['enterprise1', 'service1', 'expert1', 'admin', 'credit'].map((u) => t.login(u)))) as [string, string, string, string, string];
});
afterAll(async () => t?.close());

const get = (cookie: string, url: string) => t.app.inject({ method: 'GET', url, headers: { cookie } });
const post = (cookie: string, url: string, payload?: object) => t.app.inject({ method: 'POST', url, headers: { cookie }, payload });

describe('POST/GET /api/checkups/invitations (CONTRACT.md)', () => {
  it('the enterprise invites for itself (online); staff record one by phone for an enterprise; 201 {id}', async () => {
    const own = await post(firm, '/api/checkups/invitations', { preferredDates: ['2026-12-03', '2026-12-01'], note: '想请专家看看危废间' });
    expect(own.statusCode).toBe(201);
    expect(own.json()).toEqual({ id: expect.any(String) });
    const e2 = await enterpriseOf(t, 'enterprise2');
    const byPhone = await post(service, '/api/checkups/invitations', { enterpriseUscc: e2.uscc, channel: 'phone', note: '电话邀约' });
    expect(byPhone.statusCode).toBe(201);

    const mine = (await get(firm, '/api/checkups/invitations')).json();
    const e1 = await enterpriseOf(t, 'enterprise1');
    expect(mine.items.length).toBeGreaterThan(0);
    expect(mine.items.every((i: { enterprise: { uscc: string } }) => i.enterprise.uscc === e1.uscc)).toBe(true);
    const created = mine.items.find((i: { id: string }) => i.id === own.json().id);
    expect(created).toMatchObject({ channel: 'online', status: 'received', preferredDates: ['2026-12-01', '2026-12-03'], ageDays: 0 });

    const all = (await get(service, '/api/checkups/invitations')).json();
    expect(all.items.map((i: { id: string }) => i.id)).toEqual(expect.arrayContaining([own.json().id, byPhone.json().id]));
    expect(all.items.find((i: { id: string }) => i.id === byPhone.json().id)).toMatchObject({ channel: 'phone', enterprise: { uscc: e2.uscc } });
  });

  it('staff without USCC or channel, or an unknown USCC: 422 and nothing written', async () => {
    expect((await post(service, '/api/checkups/invitations', { channel: 'phone' })).json().code).toBe('checkup-uscc-required');
    expect((await post(service, '/api/checkups/invitations', { enterpriseUscc: '91340200MA2N0000X0' })).json().code).toBe('checkup-channel-required');
    const r = await post(service, '/api/checkups/invitations', { enterpriseUscc: '91340200MA2N0000X0', channel: 'letter' });
    expect(r.statusCode).toBe(422);
    expect((await post(service, '/api/checkups/invitations', { enterpriseUscc: 'x', channel: 'fax' })).statusCode).toBe(422);
  });

  it('an enterprise naming another enterprise or a channel is refused (422), not quietly served, and nothing is written', async () => {
    const own = await t.login('enterprise1');
    const count = async () => (await t.database.query<{ n: number }>('SELECT count(*)::int AS n FROM checkup_invitation'))[0]!.n;
    const before = await count();
    for (const body of [{ enterpriseUscc: '91340200MA2N12345O' }, { enterpriseUscc: "913402' OR 1=1--", isAdmin: 'admin' }, { channel: 'phone' }]) {
      const r = await post(own, '/api/checkups/invitations', body);
      expect(r.statusCode, r.body).toBe(422);
      expect(r.json().code).toBe('checkup-own-invitation');
    }
    expect(await count()).toBe(before);
  });

  it('enforcement roles get 403 on the list and the create, and every refusal is in the audit log', async () => {
    for (const u of ['officer1', 'officer3', 'market_admin', 'ecology_admin', 'supervisor']) {
      const c = await t.login(u);
      const list = await get(c, '/api/checkups/invitations');
      expect(list.statusCode, u).toBe(403);
      const create = await post(c, '/api/checkups/invitations', { enterpriseUscc: 'x', channel: 'phone', note: 'n' });
      expect(create.statusCode, u).toBe(403);
      const [user] = await t.database.db.select().from(users).where(eq(users.username, u));
      const denied = await t.database.db.select().from(auditLog).where(and(eq(auditLog.actorId, user!.id), eq(auditLog.outcome, 'denied')));
      expect(denied.map((d) => d.action), u).toEqual(expect.arrayContaining(['GET /api/checkups/invitations', 'POST /api/checkups/invitations']));
    }
    // Not enforcement, but not the check-up side either: deny by default.
    expect((await get(credit, '/api/checkups/invitations')).statusCode).toBe(403);
    // Anonymous: 401.
    expect((await t.app.inject({ method: 'GET', url: '/api/checkups/invitations' })).statusCode).toBe(401);
    // An API key, even `*`: refused.
    expect((await t.app.inject({ method: 'GET', url: '/api/checkups/invitations', headers: { 'x-api-key': 'qinqing-demo-key' } })).statusCode).toBe(403);
  });
});

describe('the check package, the visit, rectification and figures', () => {
  it('the checklist in force has 4 categories and 14 items', async () => {
    const c = (await get(expert, '/api/checkups/checklist')).json();
    expect(c.items).toHaveLength(14);
    expect(new Set(c.items.map((i: { category: string }) => i.category))).toEqual(new Set(['procedures', 'facilities', 'management', 'risk']));
  });

  it('a new checklist version is published by the admin only; scheduled visits keep theirs', async () => {
    const items = CHECKLIST_V1.map((i) => ({ ...i }));
    expect((await post(expert, '/api/checkups/checklist', { effectiveFrom: '2026-01-01', source: 'v2', items })).statusCode).toBe(403);
    const dup = await post(admin, '/api/checkups/checklist', { effectiveFrom: '2026-01-01', source: 'v2', items: [...items, items[0]] });
    expect(dup.json().code).toBe('checkup-checklist-duplicate-code');
    const future = await post(admin, '/api/checkups/checklist', { effectiveFrom: '2099-01-01', source: '未来版本', items: items.slice(0, 2) });
    expect(future.statusCode).toBe(201);
    expect(future.json().version).toBe(2);
    expect((await get(expert, '/api/checkups/checklist')).json().version).toBe(1);
  });

  it('a visit completes only when every item has a result; the liaison closes a planned problem and the figures move', async () => {
    const before = (await get(service, '/api/checkups/figures')).json();
    const inv = (await post(firm, '/api/checkups/invitations', { note: '流程测试' })).json();
    const pool = (await get(service, '/api/checkups/experts')).json();
    expect(pool.experts).toHaveLength(12);
    const expertRow = pool.experts.find((e: { userId: string | null }) => e.userId);
    const liaison = pool.liaisons[0];
    const visitAt = new Date(t.clock.now.getTime() + 86_400_000).toISOString();
    expect((await post(service, `/api/checkups/invitations/${inv.id}/schedule`, { visitAt, expertId: expertRow.id, liaisonUserId: liaison.id })).statusCode).toBe(200);
    const load = (await get(service, '/api/checkups/experts')).json().experts.find((e: { id: string }) => e.id === expertRow.id).load;
    expect(load).toBe(expertRow.load + 1);

    const planned = await post(expert, `/api/checkups/invitations/${inv.id}/findings`, { itemCode: 'R1', outcome: 'problem', description: '预案未备案', advice: '修订并备案', resolution: 'plan', milestones: [{ due: '2026-12-20', text: '备案' }] });
    expect(planned.statusCode).toBe(201);
    expect(planned.json().status).toBe('open');
    expect((await post(expert, `/api/checkups/invitations/${inv.id}/findings`, { itemCode: 'R2', outcome: 'problem', description: 'x', advice: 'y', resolution: 'plan' })).json().code).toBe('checkup-plan-milestones-required');
    expect((await post(expert, `/api/checkups/invitations/${inv.id}/findings`, { itemCode: 'Z9', outcome: 'ok' })).json().code).toBe('checkup-unknown-item');
    const early = await post(expert, `/api/checkups/invitations/${inv.id}/complete`);
    expect(early.statusCode).toBe(422);
    expect(early.json().code).toBe('checkup-items-unchecked');
    for (const item of CHECKLIST_V1.filter((i) => i.code !== 'R1')) {
      const body = item.code === 'F1' ? { itemCode: 'F1', outcome: 'problem', description: '活性炭未更换', advice: '当场更换', resolution: 'fix-now' } : { itemCode: item.code, outcome: 'ok' };
      expect((await post(expert, `/api/checkups/invitations/${inv.id}/findings`, body)).statusCode).toBe(201);
    }
    expect((await post(expert, `/api/checkups/invitations/${inv.id}/complete`)).json().status).toBe('visited');
    // The enterprise reads its own check-up; another enterprise cannot.
    const detail = (await get(firm, `/api/checkups/invitations/${inv.id}`)).json();
    expect(detail.findings.filter((f: { outcome: string }) => f.outcome === 'problem')).toHaveLength(2);
    expect((await get(await t.login('enterprise2'), `/api/checkups/invitations/${inv.id}`)).statusCode).toBe(404);

    // Before the report the check-up stays visited; the liaison may already close the planned problem.
    const closed = await post(service, `/api/checkups/invitations/${inv.id}/findings/${planned.json().id}/close`, { note: '现场核验：已备案' });
    expect(closed.statusCode).toBe(200);
    expect((await post(service, `/api/checkups/invitations/${inv.id}/findings/${planned.json().id}/close`, { note: 'again' })).json().code).toBe('checkup-finding-not-open');
    const after = (await get(service, '/api/checkups/figures')).json();
    expect(after.problemsFound).toBe(before.problemsFound + 2);
    expect(after.fixedOnSpot).toBe(before.fixedOnSpot + 1);
    expect(after.closed).toBe(before.closed + 1);
    expect(after.firmsServed).toBeGreaterThanOrEqual(before.firmsServed);
  });

  it('the milestone reminder job notifies the enterprise and the liaison once per milestone', async () => {
    await markedCheckup(t, 'REMIND', { sign: true });
    const run = async () => (await post(admin, '/api/admin/jobs/checkup-milestone-reminders/run')).json();
    const first = await run();
    expect(first.status).toBe('succeeded');
    expect(first.result.reminded).toBeGreaterThan(0);
    expect((await run()).result.reminded).toBe(0);
    const [e1] = await t.database.db.select().from(users).where(eq(users.username, 'enterprise1'));
    const mine = await t.database.db.select().from(notifications).where(and(eq(notifications.userId, e1!.id), eq(notifications.kind, 'checkup-milestone')));
    expect(mine.length).toBeGreaterThan(0);
    expect(JSON.stringify(mine)).not.toContain('REMIND');
  });
});

describe('the report (E5)', () => {
  it('the expert signs a Chinese PDF; the enterprise downloads it; pdftotext reads it back; its hash is kept', async () => {
    const c = await markedCheckup(t, '报告标记');
    const e1 = await enterpriseOf(t, 'enterprise1');
    const detail = (await get(firm, `/api/checkups/invitations/${c.invitationId}`)).json();
    expect(detail.status).toBe('rectifying');
    expect(detail.report).toMatchObject({ fileId: c.reportFileId, signedBy: '孙文博' });
    const res = await get(firm, detail.report.url);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const sha = createHash('sha256').update(res.rawPayload).digest('hex');
    expect(sha).toBe(detail.report.sha256);
    const [row] = await t.database.db.select().from(checkupInvitations).where(eq(checkupInvitations.id, c.invitationId));
    expect(row!.reportSha256).toBe(sha);
    const text = (await pdfText(res.rawPayload)).replace(/\s+/g, '');
    for (const s of ['环保“体检”报告', e1.name, e1.uscc, '环保手续', '风险防控', '问题描述报告标记', '整改建议报告标记', '《中华人民共和国环境影响评价法》', '立行立改', '孙文博（签发）', '不作为行政处罚线索']) {
      expect(text).toContain(s.replace(/\s+/g, ''));
    }
    expect(await pdfFonts(res.rawPayload)).toMatch(/NotoSansHans-Regular\s+CID Type 0C\s+Identity-H\s+yes\s+yes\s+yes/);
    // Signed once: a second sign-off is refused; another expert than the visit's may not sign.
    expect((await post(expert, `/api/checkups/invitations/${c.invitationId}/report`)).statusCode).toBe(409);
  });
});
