/**
 * D1, D3, D6 — compliance notices (a new pharmacy gets one; its PDF read back with pdftotext), risk warnings
 * (targeting, preview, recipients' notifications, read receipts, public archive), rectification (set → report
 * with a file → verify → closed; overdue → supervision signal).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { testApp, type TestApp } from '../support/app.js';
import { enterpriseOf } from '../support/fixtures.js';
import { pdfText } from '../support/pdf-text.js';
import { makeUscc } from '../../src/identifiers/index.js';
import { notifications } from '../../src/notifications/schema.js';
import { multipartFile } from '../support/multipart.js';

let t: TestApp;
let officer: string;
let admin: string;
let ent2: string;
let uscc2: string;

beforeAll(async () => {
  t = await testApp({ now: '2026-11-27T02:00:00Z' });
  officer = await t.login('officer5');
  admin = await t.login('admin');
  ent2 = await t.login('enterprise2');
  uscc2 = (await enterpriseOf(t, 'enterprise2')).uscc;
});
afterAll(() => t?.close());

describe('D3 compliance notice', () => {
  it('a new pharmacy gets its notice (job compliance-notices) and downloads the PDF with its name and the Chinese headings', async () => {
    const uscc = makeUscc({ authority: '9', entityType: '1', division: '340202', organisationBase8: 'YD000001' });
    const name = '芜湖市镜湖区仁心大药房有限公司';
    const reg = await t.app.inject({
      method: 'POST',
      url: '/api/enterprises',
      headers: { cookie: admin },
      payload: { uscc, name, legalRepresentative: '王仁心', address: '芜湖市镜湖区中山路1号', divisionCode: '340202', industry: 'pharmacy' },
    });
    expect(reg.statusCode, reg.body).toBe(201);
    const job = await t.app.inject({ method: 'POST', url: '/api/admin/jobs/compliance-notices/run', headers: { cookie: admin } });
    expect(job.json()).toMatchObject({ status: 'succeeded', result: { issued: 1 } });
    const again = await t.app.inject({ method: 'POST', url: '/api/admin/jobs/compliance-notices/run', headers: { cookie: admin } });
    expect(again.json()).toMatchObject({ status: 'succeeded', result: { issued: 0 } });

    const pdf = await t.app.inject({ method: 'GET', url: `/api/enterprises/${uscc}/compliance-notice`, headers: { cookie: officer } });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = await pdfText(pdf.rawPayload);
    for (const s of [name, '药品零售企业合规告知书', '一、法律对您的要求', '二、您可能接受的监督检查', '三、咨询与监督渠道', '芜湖市药品监督管理局']) expect(text).toContain(s);
  });

  it('the enterprise downloads its own; a restaurant has none (404 no-compliance-notice); another enterprise is refused', async () => {
    const own = await t.app.inject({ method: 'GET', url: `/api/enterprises/${uscc2}/compliance-notice`, headers: { cookie: ent2 } });
    expect(own.statusCode).toBe(200);
    expect(own.headers['content-type']).toBe('application/pdf');
    const restaurant = (await enterpriseOf(t, 'enterprise1')).uscc;
    const none = await t.app.inject({ method: 'GET', url: `/api/enterprises/${restaurant}/compliance-notice`, headers: { cookie: officer } });
    expect(none.statusCode).toBe(404);
    expect(none.json().code).toBe('no-compliance-notice');
    const other = await t.app.inject({ method: 'GET', url: `/api/enterprises/${restaurant}/compliance-notice`, headers: { cookie: ent2 } });
    expect(other.statusCode).toBe(403);
  });
});

describe('D1 risk warnings', () => {
  it('previews, publishes to the targeted enterprises (201 {id, recipients}), notifies them, records read receipts, and archives publicly', async () => {
    const target = { industries: ['pharmacy'], licenceKinds: ['drug-retail'], divisionCodes: ['3402'] };
    const preview = await t.app.inject({ method: 'POST', url: '/api/warnings/preview', headers: { cookie: officer }, payload: { target } });
    expect(preview.statusCode, preview.body).toBe(200);
    const n = preview.json().recipients as number;
    expect(n).toBeGreaterThan(0);
    expect(preview.json().sample.map((s: { uscc: string }) => s.uscc)).toContain(uscc2);

    const res = await t.app.inject({
      method: 'POST',
      url: '/api/warnings',
      headers: { cookie: officer },
      payload: { title: '关于含麻黄碱类复方制剂销售的风险提示', body: '请严格执行实名登记和限量销售。', topic: '药品零售', target },
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toEqual({ id: expect.any(String), recipients: n });
    const id = res.json().id as string;
    const got = await t.database.db.select().from(notifications).where(and(eq(notifications.kind, 'risk-warning'), eq(notifications.targetId, id)));
    expect(got.length).toBeGreaterThan(0);

    const restaurantUser = await t.login('enterprise1');
    const listR = await t.app.inject({ method: 'GET', url: '/api/warnings', headers: { cookie: restaurantUser } });
    expect(listR.json().items.find((w: { id: string }) => w.id === id)).toBeUndefined();

    const open = await t.app.inject({ method: 'GET', url: `/api/warnings/${id}`, headers: { cookie: ent2 } });
    expect(open.statusCode).toBe(200);
    expect(open.json().readAt).toEqual(expect.any(String));
    const receipts = await t.app.inject({ method: 'GET', url: `/api/warnings/${id}/receipts`, headers: { cookie: officer } });
    const mine = receipts.json().items.find((r: { uscc: string }) => r.uscc === uscc2);
    expect(mine.readAt).toEqual(expect.any(String));
    expect(receipts.json().items).toHaveLength(n);

    const archive = await t.app.inject({ method: 'GET', url: '/api/public/warnings?topic=药品零售' });
    expect(archive.statusCode).toBe(200);
    expect(archive.json().items.map((w: { id: string }) => w.id)).toContain(id);

    const byEnterprise = await t.app.inject({ method: 'POST', url: '/api/warnings', headers: { cookie: ent2 }, payload: { title: 'x', body: 'y', target: {} } });
    expect(byEnterprise.statusCode).toBe(403);
  });
});

describe('D6 rectification', () => {
  /** The officer sets one rectification item for enterprise 2 out of a case (`POST /api/rectifications`). */
  const setItem = (sourceId: string, item: { title: string; requirement: string; deadline: string }) =>
    t.app.inject({ method: 'POST', url: '/api/rectifications', headers: { cookie: officer }, payload: { enterpriseUscc: uscc2, sourceType: 'case', sourceId, items: [item] } });

  it('officer sets items → enterprise reports with a file → officer verifies → closed', async () => {
    const set = await setItem('芜药监罚〔2026〕12号', { title: '温湿度记录不全', requirement: '补齐阴凉区温湿度记录并每日两次监测', deadline: '2026-12-10' });
    expect(set.statusCode, set.body).toBe(201);
    const [id] = set.json().ids as string[];
    const { payload, headers } = multipartFile('温湿度记录已补齐', '记录.txt', 'text/plain');
    const up = await t.app.inject({ method: 'POST', url: `/api/rectifications/${id}/evidence`, headers: { cookie: ent2, ...headers }, payload });
    expect(up.statusCode, up.body).toBe(201);
    const early = await t.app.inject({ method: 'POST', url: `/api/rectifications/${id}/verify`, headers: { cookie: officer }, payload: { passed: true, note: '通过' } });
    expect(early.statusCode).toBe(409);
    const rep = await t.app.inject({ method: 'POST', url: `/api/rectifications/${id}/progress`, headers: { cookie: ent2 }, payload: { note: '已完成整改', fileIds: [up.json().id] } });
    expect(rep.statusCode, rep.body).toBe(200);
    const ver = await t.app.inject({ method: 'POST', url: `/api/rectifications/${id}/verify`, headers: { cookie: officer }, payload: { passed: true, note: '现场核查，记录完整' } });
    expect(ver.json()).toEqual({ id, status: 'closed' });
    const item = await t.app.inject({ method: 'GET', url: `/api/rectifications/${id}`, headers: { cookie: ent2 } });
    expect(item.json()).toMatchObject({ status: 'closed', overdue: false });
    expect(item.json().events.map((e: { kind: string }) => e.kind)).toEqual(['progress', 'verified']);
    expect(item.json().events[0].files[0].filename).toBe('记录.txt');
  });

  it('an overdue item becomes one supervision signal (job rectification-overdue, run twice)', async () => {
    const set = await setItem('C-2', { title: '执业药师不在岗', requirement: '配齐执业药师', deadline: '2026-11-30' });
    const [id] = set.json().ids as string[];
    t.clock.set('2026-12-01T02:00:00Z');
    admin = await t.login('admin');
    // The first run also signals the demo's overdue item; the second finds nothing new.
    const first = await t.app.inject({ method: 'POST', url: '/api/admin/jobs/rectification-overdue/run', headers: { cookie: admin } });
    expect(first.json()).toMatchObject({ status: 'succeeded', result: { signalled: 2 } });
    const second = await t.app.inject({ method: 'POST', url: '/api/admin/jobs/rectification-overdue/run', headers: { cookie: admin } });
    expect(second.json()).toMatchObject({ status: 'succeeded', result: { signalled: 0 } });
    const supervisor = await t.login('supervisor');
    const alerts = await t.app.inject({ method: 'GET', url: '/api/supervision/alerts?kind=rectification-overdue', headers: { cookie: supervisor } });
    expect(alerts.statusCode, alerts.body).toBe(200);
    const mine = alerts.json().items.filter((a: { detail: { rectificationId: string } }) => a.detail.rectificationId === id);
    expect(mine).toHaveLength(1);
    t.clock.set('2026-11-27T02:00:00Z');
  });
});
