/**
 * #10 items 1–2 — the enterprise file's complaints and penalties sections, and the credit status API, answer
 * each caller only what its role may read: a complaint about a market-regulation visit is not read by another
 * department, an expert or the officers complained about; unpublished penalty records only by the deciding
 * department, the credit office and the enterprise itself.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { win } from '../support/time.js';
import { testApp, type TestApp } from '../support/app.js';
import { departmentByCode, enterpriseOf, makeItem, officerIdOf } from '../support/fixtures.js';

let t: TestApp;
let uscc: string;
let complaintId: string;
let published: string; // a drug-regulation fine, published
let unpublished: string; // a market-regulation warning, not published
const cookies: Record<string, string> = {};
const USERS = ['officer1', 'officer2', 'officer3', 'expert1', 'market_admin', 'ecology_admin', 'supervisor', 'admin', 'credit', 'enterprise1'];

const file = async (who: string) => {
  const res = await t.app.inject({ url: `/api/enterprises/${uscc}`, headers: { cookie: cookies[who]! } });
  expect(res.statusCode).toBe(200);
  return res.json().sections as Record<string, { id: string; source?: string }[]>;
};

beforeAll(async () => {
  t = await testApp();
  for (const u of USERS) cookies[u] = await t.login(u);
  const ent = await enterpriseOf(t, 'enterprise1');
  uscc = ent.uscc;
  const item = await makeItem(t, 'WH-SCJG');
  const officerIds = [await officerIdOf(t, 'officer1'), await officerIdOf(t, 'officer2')];
  const window = win(t, 0);
  const visit = await t.app.inject({
    method: 'POST',
    url: '/api/inspections',
    headers: { cookie: cookies.officer1! },
    payload: { enterpriseUscc: uscc, kind: 'triggered', trigger: 'enterprise-request', itemIds: [item], officerIds, window },
  });
  expect(visit.statusCode).toBe(201);
  const complaint = await t.app.inject({
    method: 'POST',
    url: `/api/inspections/${visit.json().id}/complaint`,
    headers: { cookie: cookies.enterprise1! },
    payload: { category: 'misconduct', content: '检查人员索要好处' },
  });
  expect(complaint.statusCode).toBe(201);
  complaintId = complaint.json().id;

  const penalty = async (dept: string, body: Record<string, unknown>) => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/credit/penalties',
      headers: { cookie: cookies.credit! },
      payload: { subjectUscc: uscc, departmentId: (await departmentByCode(t, dept)).id, decisionDate: '2026-11-20', ...body },
    });
    expect(res.statusCode).toBe(201);
    return res.json() as { id: string; status: string };
  };
  const drug = await penalty('WH-YJ', { decisionNo: '芜药罚〔2026〕901号', kinds: ['fine'], fineAmount: 3000 });
  expect(drug.status).toBe('published');
  published = drug.id;
  const warning = await penalty('WH-SCJG', { decisionNo: '芜市监罚〔2026〕902号', kinds: ['warning'] });
  expect(warning.status).toBe('not-published');
  unpublished = warning.id;
});
afterAll(async () => t?.close());

describe('the complaints section (#10 item 1)', () => {
  it.each(['officer3', 'expert1', 'ecology_admin', 'officer1', 'officer2', 'credit'])('hides a complaint about a market visit from %s', async (who) => {
    const sections = await file(who);
    expect(sections.complaints!.map((c) => c.id)).not.toContain(complaintId);
  });

  it.each(['enterprise1', 'supervisor', 'admin', 'market_admin'])('shows it to %s', async (who) => {
    const sections = await file(who);
    expect(sections.complaints!.map((c) => c.id)).toContain(complaintId);
  });
});

describe('the penalties section (#10 item 2)', () => {
  it.each(['officer3', 'expert1', 'ecology_admin'])('shows %s the published record of another department, not the unpublished one', async (who) => {
    const ids = (await file(who)).penalties!.map((p) => p.id);
    expect(ids).toContain(published);
    expect(ids).not.toContain(unpublished);
  });

  it.each(['officer1', 'market_admin', 'credit', 'enterprise1', 'supervisor'])('shows %s both records (deciding department, credit office, the enterprise)', async (who) => {
    const ids = (await file(who)).penalties!.map((p) => p.id);
    expect(ids).toEqual(expect.arrayContaining([published, unpublished]));
  });
});

describe('the credit status API (#10 item 2)', () => {
  it.each(['officer3', 'officer1', 'expert1'])('lists only published records to %s', async (who) => {
    const res = await t.app.inject({ url: `/api/credit/${uscc}/status`, headers: { cookie: cookies[who]! } });
    expect(res.statusCode).toBe(200);
    const ids = res.json().records.map((r: { id: string }) => r.id);
    expect(ids).toContain(published);
    expect(ids).not.toContain(unpublished);
  });
});
