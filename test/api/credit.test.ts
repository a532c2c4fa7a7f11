/**
 * C — credit repair through the API: recording penalties (the public contract), the credit status, the repair
 * notice, the proof-gathering application from the enterprise to the credit officer's approval, the Excel
 * import, rule-set versions. Platforms are the sandbox (src/sandbox/server.ts) on a free loopback port.
 */
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { testApp, type TestApp } from '../support/app.js';
import { creditSandbox } from '../support/credit-sandbox.js';
import { departmentByCode, enterpriseOf } from '../support/fixtures.js';
import { makeUscc } from '../../src/identifiers/index.js';
import { auditLog } from '../../src/platform/audit/schema.js';
import { penaltyRecords } from '../../src/credit/schema.js';
import { deliverDue } from '../../src/platform/outbox/deliver-due.js';
import { multipartFile } from '../support/multipart.js';

let t: TestApp;
let sandbox: Awaited<ReturnType<typeof creditSandbox>>;
let sandboxUrl: string;
let credit: string;
let admin: string;
let e1: string; // enterprise1's cookie
let e2: string;
let ent1: { id: string; uscc: string };
let ent2: { id: string; uscc: string };
let health: string; // WH-WJ: national rule set
let market: string; // WH-SCJG: market-regulation rule set
let drugs: string; // WH-YJ
const KEY = { 'x-api-key': 'qinqing-demo-key' };
// Sunday 28 February 2027, 10:00 in China.
const NOW = '2027-02-28T02:00:00Z';

let serial = 0;
const decisionNo = (prefix = '芜测罚') => `${prefix}〔2027〕${++serial}号`;

const post = (url: string, payload: unknown, headers: Record<string, string>) => t.app.inject({ method: 'POST', url, payload: payload as object, headers });
const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ url, headers });
const penalty = (body: Record<string, unknown>, headers: Record<string, string> = { cookie: credit }) => post('/api/credit/penalties', body, headers);
const sandboxData = (body: unknown) => fetch(`${sandboxUrl}/_sandbox/data`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

/** Sessions idle out when the test clock jumps: sign in again at the clock's time. */
async function relogin() {
  [credit, admin, e1, e2] = await Promise.all([t.login('credit'), t.login('admin'), t.login('enterprise1'), t.login('enterprise2')]);
}

/** The national rule set's version in force (a test of this file adds versions). */
const nationalVersion = async () =>
  ((await t.app.inject({ url: '/api/credit/rule-sets', headers: { cookie: admin } })).json().items as { code: string; version: number }[]).find(
    (i) => i.code === 'national',
  )!.version;

beforeAll(async () => {
  t = await testApp({ now: NOW });
  sandbox = await creditSandbox(t, 3000);
  sandboxUrl = sandbox.url;
  await relogin();
  ent1 = await enterpriseOf(t, 'enterprise1');
  ent2 = await enterpriseOf(t, 'enterprise2');
  health = (await departmentByCode(t, 'WH-WJ')).id;
  market = (await departmentByCode(t, 'WH-SCJG')).id;
  drugs = (await departmentByCode(t, 'WH-YJ')).id;
});
afterAll(async () => {
  await sandbox?.close();
  await t?.close();
});

describe('POST /api/credit/penalties (C1, public contract)', () => {
  it('records a fine as ordinary with its publicity period under the national rule set', async () => {
    const res = await penalty({ subjectUscc: ent1.uscc, decisionNo: decisionNo(), departmentId: health, decisionDate: '2026-11-30', kinds: ['fine'], fineAmount: 5000 });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(Object.keys(body).sort()).toEqual(['id', 'procedure', 'publicity', 'ruleSet', 'severity', 'status', 'violationField']);
    expect(body).toMatchObject({
      severity: 'ordinary',
      status: 'published',
      publicity: { start: '2026-11-30', minEnd: '2027-02-28', maxEnd: '2027-11-30' },
      procedure: 'ordinary',
      violationField: 'other',
      ruleSet: { id: 'national', version: await nationalVersion(), reason: 'in-force' },
    });
  });

  it('takes an integration client with the API key, and a severity given by the department', async () => {
    const res = await penalty({ subjectUscc: ent1.uscc, decisionNo: decisionNo(), departmentId: health, decisionDate: '2026-05-10', kinds: ['fine'], fineAmount: 800, severity: 'serious' }, KEY);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ severity: 'serious', publicity: { minEnd: '2027-05-10', maxEnd: '2029-05-10' } });
  });

  it('applies the market-regulation set to the market department: a warning only is not published', async () => {
    const res = await penalty({ subjectUscc: ent2.uscc, decisionNo: decisionNo(), departmentId: market, decisionDate: '2027-02-01', kinds: ['warning'] });
    expect(res.json()).toMatchObject({ severity: 'minor', status: 'not-published', publicity: { start: null, minEnd: null, maxEnd: null }, ruleSet: { id: 'market-regulation' } });
    const revoked = await penalty({ subjectUscc: ent2.uscc, decisionNo: decisionNo(), departmentId: market, decisionDate: '2027-01-31', kinds: ['fine', 'licence-revocation'], fineAmount: 90_000 });
    expect(revoked.json()).toMatchObject({ severity: 'serious', publicity: { start: '2027-01-31', minEnd: null, maxEnd: '2030-01-31' } });
  });

  it('refuses a bad USCC (422 invalid-uscc) and an unregistered subject (422 enterprise-not-found), writing nothing', async () => {
    const bad = await penalty({ subjectUscc: ent1.uscc.slice(0, 17) + (ent1.uscc.endsWith('0') ? '1' : '0'), decisionNo: decisionNo(), departmentId: health, decisionDate: '2027-01-05', kinds: ['warning'] });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().code).toBe('invalid-uscc');
    const stranger = makeUscc({ authority: '9', entityType: '1', division: '340202', organisationBase8: 'MA2X7Q1P' });
    const unknown = await penalty({ subjectUscc: stranger, decisionNo: decisionNo(), departmentId: health, decisionDate: '2027-01-05', kinds: ['warning'] });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().code).toBe('enterprise-not-found');
    expect(unknown.headers['content-type']).toContain('application/problem+json');
  });

  it('refuses a decision number the department already used — for any subject — naming the existing record', async () => {
    const no = decisionNo();
    const first = await penalty({ subjectUscc: ent1.uscc, decisionNo: no, departmentId: health, decisionDate: '2027-01-05', kinds: ['warning'] });
    const again = await penalty({ subjectUscc: ent2.uscc, decisionNo: no, departmentId: health, decisionDate: '2027-01-06', kinds: ['warning'] });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'penalty-duplicate', existingId: first.json().id });
    const otherDept = await penalty({ subjectUscc: ent2.uscc, decisionNo: no, departmentId: drugs, decisionDate: '2027-01-06', kinds: ['warning'] });
    expect(otherDept.statusCode).toBe(201);
  });

  it('checks the fields: a fine needs its amount, no decision from the future, kinds from the list; only credit officers and integrations', async () => {
    const base = { subjectUscc: ent1.uscc, departmentId: health, decisionDate: '2027-01-05' };
    expect((await penalty({ ...base, decisionNo: decisionNo(), kinds: ['fine'] })).json().code).toBe('fine-amount-required');
    expect((await penalty({ ...base, decisionNo: decisionNo(), kinds: ['warning'], decisionDate: '2027-03-01' })).json().code).toBe('decision-date-in-future');
    expect((await penalty({ ...base, decisionNo: decisionNo(), kinds: ['detention'] })).statusCode).toBe(422);
    expect((await penalty({ ...base, decisionNo: decisionNo(), kinds: ['warning'] }, { cookie: e1 })).statusCode).toBe(403);
    expect((await penalty({ ...base, decisionNo: decisionNo(), kinds: ['warning'] }, {})).statusCode).toBe(401);
  });
});

describe('GET /api/credit/{uscc}/status (C6)', () => {
  it('lists only active records — published, unrepaired, maximum not passed even before the job ran — with when each becomes repairable', async () => {
    const active = (await penalty({ subjectUscc: ent2.uscc, decisionNo: decisionNo(), departmentId: health, decisionDate: '2026-12-15', kinds: ['fine'], fineAmount: 3000 })).json();
    const lapsed = (await penalty({ subjectUscc: ent2.uscc, decisionNo: decisionNo(), departmentId: health, decisionDate: '2026-02-27', kinds: ['fine'], fineAmount: 3000 })).json();
    expect(lapsed.status).toBe('expired'); // recorded after its year: never shown
    const res = await get(`/api/credit/${ent2.uscc}/status`, KEY);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    const ids = body.records.map((r: { id: string }) => r.id);
    expect(ids).toContain(active.id);
    expect(ids).not.toContain(lapsed.id);
    expect(body.records.find((r: { id: string }) => r.id === active.id)).toMatchObject({ repairableFrom: '2027-03-16', repairPath: 'application', status: 'published' });
    for (const r of body.records) expect(r.publicity.maxEnd >= '2027-02-28').toBe(true);
    // A published record whose maximum passed yesterday is gone at once, job or no job.
    await t.database.db.update(penaltyRecords).set({ maxEnd: '2027-02-27' }).where(eq(penaltyRecords.id, active.id));
    expect((await get(`/api/credit/${ent2.uscc}/status`, KEY)).json().records.map((r: { id: string }) => r.id)).not.toContain(active.id);
    await t.database.db.update(penaltyRecords).set({ maxEnd: '2027-12-15' }).where(eq(penaltyRecords.id, active.id));
  });

  it('lets an enterprise read only its own status, and audits every read', async () => {
    const readsOf = (enterpriseId: string) =>
      t.database.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, 'credit.status.read'), eq(auditLog.targetId, enterpriseId)));
    const [own, others] = [(await readsOf(ent1.id)).length, await readsOf(ent2.id)];
    expect((await get(`/api/credit/${ent1.uscc}/status`, { cookie: e1 })).statusCode).toBe(200);
    expect((await get(`/api/credit/${ent2.uscc}/status`, { cookie: e1 })).statusCode).toBe(403);
    expect((await get(`/api/credit/${ent2.uscc}/status`, KEY)).statusCode).toBe(200);
    expect((await get(`/api/credit/${ent1.uscc}/status`)).statusCode).toBe(401);
    const stranger = makeUscc({ authority: '9', entityType: '1', division: '340202', organisationBase8: 'MA2X7Q2P' });
    expect((await get(`/api/credit/${stranger}/status`, KEY)).json()).toMatchObject({ status: 404, code: 'enterprise-not-found' });
    expect((await get(`/api/credit/${stranger.slice(0, 17)}0/status`, KEY)).json()).toMatchObject({ status: 422, code: 'invalid-uscc' });
    // One read row for the enterprise's own read, one for the key's; the refused read is a denial, not a read.
    expect((await readsOf(ent1.id)).length).toBe(own + 1);
    const reads = await readsOf(ent2.id);
    expect(reads.length).toBe(others.length + 1);
    expect(reads.filter((r) => r.actorType === 'integration').length).toBe(others.filter((r) => r.actorType === 'integration').length + 1);
  });
});

describe('repair notice (两书同达)', () => {
  it('is issued with the penalty and readable by the subject only', async () => {
    const { id } = (await penalty({ subjectUscc: ent1.uscc, decisionNo: decisionNo(), departmentId: health, decisionDate: '2027-02-20', kinds: ['fine'], fineAmount: 2000 })).json();
    const res = await get(`/api/credit/penalties/${id}/notice`, { cookie: e1 });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ title: '信用修复告知书', repairableFrom: '2027-05-21', repairPath: 'application', ruleSet: { code: 'national', version: await nationalVersion() } });
    expect(res.json().text).toContain('2027-05-21');
    expect(res.json().text).toContain('信用承诺书');
    expect((await get(`/api/credit/penalties/${id}/notice`, { cookie: e2 })).statusCode).toBe(404);
  });
});

describe('无感申请: enterprise applies → system gathers proofs → credit officer approves', () => {
  it('needs no upload when the platforms hold the receipt and the rectification; approval removes the record from the status and reaches every platform once', async () => {
    const no = decisionNo('芜卫罚');
    const { id } = (await penalty({ subjectUscc: ent1.uscc, decisionNo: no, departmentId: health, decisionDate: '2026-10-15', kinds: ['fine'], fineAmount: 5000 })).json();
    await sandboxData({
      receipts: [{ receiptNo: 'R-0001', decisionNo: no, amount: 5000, payer: '演示', paidOn: '2026-10-20' }],
      rectifications: [{ id: 'ZG-1', uscc: ent1.uscc, decisionNo: no, completedOn: '2026-11-01', summary: '已整改' }],
    });
    const status = (await get(`/api/credit/${ent1.uscc}/status`, { cookie: e1 })).json();
    expect(status.records.find((r: { id: string }) => r.id === id)).toMatchObject({ repairableFrom: '2027-01-16' });
    // The web shows the server's state and China days; it derives neither (issue 19 point 5).
    const mine = async () => (await get('/api/credit/penalties?pageSize=200', { cookie: e1 })).json().items.find((p: { id: string }) => p.id === id);
    expect(await mine()).toMatchObject({ state: 'apply-now', today: '2027-02-28', repairableFromDay: '2027-01-16', repairWay: 'application' });
    // One day names the end of publicity everywhere: the last day shown (最长公示至), as the repair notice says.
    const shown = await mine();
    expect(shown.publicity).not.toHaveProperty('stopsOn');
    expect((await get(`/api/credit/penalties/${id}/notice`, { cookie: e1 })).json().text).toContain(`最长公示至 ${shown.publicity.maxEnd}`);

    const applied = await post('/api/credit/applications', { penaltyId: id, commitment: { accepted: true } }, { cookie: e1 });
    expect(applied.statusCode).toBe(201);
    const app = applied.json();
    expect(app).toMatchObject({ status: 'pending', missing: [], origin: 'enterprise' });
    expect(app.proofs).toEqual([
      expect.objectContaining({ kind: 'fine-receipt', status: 'gathered', source: 'fiscal-receipts', reference: 'R-0001' }),
      expect.objectContaining({ kind: 'rectification', status: 'gathered', source: 'industry', reference: 'ZG-1' }),
    ]);
    expect(app.reviewDueOn > '2027-03-05').toBe(true);
    expect(app.reviewDaysLeft).toBe(Math.round((Date.parse(app.reviewDueOn) - Date.parse('2027-02-28')) / 86_400_000));
    expect((await mine()).state).toBe('in-review');
    expect(app.commitment.text).toContain('信用承诺书');
    expect((await post('/api/credit/applications', { penaltyId: id, commitment: { accepted: true } }, { cookie: e1 })).json()).toMatchObject({ code: 'application-exists', existingId: app.id });

    const queue = (await get('/api/credit/applications', { cookie: credit })).json();
    expect(queue.items.map((a: { id: string }) => a.id)).toContain(app.id);
    const detail = (await get(`/api/credit/applications/${app.id}`, { cookie: credit })).json();
    expect(detail.sideBySide.map((s: { kind: string; proof: { status: string } }) => [s.kind, s.proof.status])).toEqual([
      ['fine-receipt', 'gathered'],
      ['rectification', 'gathered'],
    ]);
    expect((await post(`/api/credit/applications/${app.id}/approve`, {}, { cookie: e1 })).statusCode).toBe(403);

    t.clock.advance(26 * 3_600_000);
    await relogin();
    const approved = await post(`/api/credit/applications/${app.id}/approve`, { reason: '材料齐全' }, { cookie: credit });
    expect(approved.statusCode).toBe(200);
    expect(approved.json()).toMatchObject({ status: 'approved', reviewHours: 26 });
    const after = (await get(`/api/credit/${ent1.uscc}/status`, { cookie: e1 })).json();
    expect(after.records.map((r: { id: string }) => r.id)).not.toContain(id);
    const record = (await get(`/api/credit/penalties/${id}`, { cookie: credit })).json();
    expect(record.penalty).toMatchObject({ status: 'repaired', repairedHow: 'application', dutiesFulfilledOn: '2026-10-20', state: 'repaired', repairWay: 'application' });
    expect(record.deliveries.map((d: { platform: string }) => d.platform).sort()).toEqual(['credit-china', 'gsxt', 'industry']);

    for (let i = 0; i < 5; i++) await deliverDue(t.deps, 'test-worker', t.clock.now, { batch: 200 });
    for (const platform of ['creditchina', 'gsxt', 'industry']) {
      const c = await (await fetch(`${sandboxUrl}/_sandbox/deliveries?platform=${platform}&recordId=${id}`)).json();
      expect(c).toMatchObject({ applied: 1, received: 1 });
    }
    const delivered = (await get(`/api/credit/penalties/${id}`, { cookie: credit })).json().deliveries;
    expect(delivered.every((d: { status: string }) => d.status === 'delivered')).toBe(true);
    t.clock.set(NOW);
    await relogin();
  });

  it('asks for exactly the proof no source holds, and takes it as an upload', async () => {
    const no = decisionNo('芜卫罚');
    const { id } = (await penalty({ subjectUscc: ent2.uscc, decisionNo: no, departmentId: health, decisionDate: '2026-10-01', kinds: ['fine'], fineAmount: 8000 })).json();
    await sandboxData({ rectifications: [{ id: 'ZG-2', uscc: ent2.uscc, decisionNo: no, completedOn: '2026-10-30', summary: '已整改' }] });
    const res = await post('/api/credit/applications', { penaltyId: id, commitment: { accepted: true } }, { cookie: e2 });
    expect(res.statusCode).toBe(201);
    const app = res.json();
    expect(app).toMatchObject({ status: 'awaiting-proof', missing: ['fine-receipt'], reviewDueOn: null });
    expect(app.proofs.find((p: { kind: string }) => p.kind === 'rectification').status).toBe('gathered');

    // Not this proof: it was gathered.
    const form = (kind: string, data: Buffer) => {
      const { payload, headers } = multipartFile(data, 'receipt.pdf', 'application/pdf');
      return t.app.inject({ method: 'POST', url: `/api/credit/applications/${app.id}/proofs/${kind}`, payload, headers: { cookie: e2, ...headers } });
    };
    expect((await form('rectification', Buffer.from('%PDF-1.4 test'))).json().code).toBe('proof-not-needed');
    expect((await form('fine-receipt', Buffer.from('not a pdf'))).statusCode).toBe(415);
    const uploaded = await form('fine-receipt', Buffer.from('%PDF-1.4 缴款凭证'));
    expect(uploaded.statusCode).toBe(200);
    expect(uploaded.json()).toMatchObject({ status: 'pending', missing: [] });
    expect(uploaded.json().proofs.find((p: { kind: string }) => p.kind === 'fine-receipt')).toMatchObject({ status: 'uploaded', source: 'enterprise' });

    const rejected = await post(`/api/credit/applications/${app.id}/reject`, {}, { cookie: credit });
    expect(rejected.json().code).toBe('reason-required');
    expect((await post(`/api/credit/applications/${app.id}/reject`, { reason: '票据金额与决定书不符' }, { cookie: credit })).json()).toMatchObject({ status: 'rejected' });
    expect((await get(`/api/credit/${ent2.uscc}/status`, { cookie: e2 })).json().records.map((r: { id: string }) => r.id)).toContain(id);
  });

  it('refuses before the minimum, and for records never repaired early', async () => {
    const early = (await penalty({ subjectUscc: ent1.uscc, decisionNo: decisionNo(), departmentId: health, decisionDate: '2026-11-29', kinds: ['fine'], fineAmount: 1000 })).json();
    // 29 November + 3 months = 28 February (no 29th in 2027): the minimum ends today, repairable tomorrow.
    expect(early.publicity.minEnd).toBe('2027-02-28');
    const res = await post('/api/credit/applications', { penaltyId: early.id, commitment: { accepted: true } }, { cookie: e1 });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'penalty-not-repairable', reason: 'too-early', repairableFrom: '2027-03-01' });
    const never = (await penalty({ subjectUscc: ent1.uscc, decisionNo: decisionNo(), departmentId: market, decisionDate: '2025-01-10', kinds: ['production-suspension'] })).json();
    expect((await post('/api/credit/applications', { penaltyId: never.id, commitment: { accepted: true } }, { cookie: e1 })).json()).toMatchObject({ reason: 'never-early' });
    expect((await post('/api/credit/applications', { penaltyId: early.id, commitment: { accepted: false } }, { cookie: e1 })).json().code).toBe('commitment-required');
  });
});

describe('the credit officer’s queue', () => {
  it('holds the demo city’s open applications, oldest first; one is approved without a note', async () => {
    const queue = (await get('/api/credit/applications', { cookie: credit })).json();
    const pending = queue.items.filter((a: { status: string }) => a.status === 'pending');
    expect(pending.length).toBeGreaterThanOrEqual(2);
    expect(queue.items.some((a: { status: string; missing: string[] }) => a.status === 'awaiting-proof' && a.missing.length === 1)).toBe(true);
    const res = await t.app.inject({ method: 'POST', url: `/api/credit/applications/${pending[0].id}/approve`, headers: { cookie: credit } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'approved', reason: null });
    expect((await post(`/api/credit/applications/${pending[0].id}/approve`, {}, { cookie: credit })).json()).toMatchObject({ code: 'application-not-pending' });
    expect((await get('/api/credit/applications', { cookie: e1 })).json().items.every((a: { enterpriseId: string }) => a.enterpriseId === ent1.id)).toBe(true);
  });
});

describe('Excel import (H5)', () => {
  it('writes the valid rows and reports every other with its row and reason; the same file again writes nothing', async () => {
    const dup = decisionNo();
    await penalty({ subjectUscc: ent1.uscc, decisionNo: dup, departmentId: health, decisionDate: '2027-01-05', kinds: ['warning'] });
    const csv = [
      '统一社会信用代码,处罚决定书文号,处罚机关,处罚决定日期,处罚种类,罚款金额（元）,失信程度',
      `${ent1.uscc},芜卫罚〔2027〕901号,WH-WJ,2027-01-10,罚款,"3,000",`,
      `${ent2.uscc},芜市监罚〔2027〕902号,芜湖市市场监督管理局,2027/01/11,通报批评,,`,
      `${ent1.uscc.slice(0, 17)}0,芜卫罚〔2027〕903号,WH-WJ,2027-01-12,警告,,`,
      `${ent1.uscc},芜卫罚〔2027〕904号,无此部门,2027-01-12,警告,,`,
      `${ent1.uscc},${dup},WH-WJ,2027-01-12,警告,,`,
      `${ent1.uscc},芜卫罚〔2027〕901号,WH-WJ,2027-01-12,警告,,`,
      `${ent1.uscc},芜卫罚〔2027〕905号,WH-WJ,2027-01-12,拘留,,`,
      `${ent2.uscc},芜卫罚〔2027〕906号,卫生健康,2027年1月13日,警告、罚款,500,轻微`,
    ].join('\n');
    const upload = () => {
      const { payload, headers } = multipartFile(csv, 'penalties.csv', 'text/csv');
      return t.app.inject({ method: 'POST', url: '/api/credit/penalties/import', payload, headers: { cookie: credit, ...headers } });
    };
    const res = await upload();
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.imported).toBe(3);
    expect(body.errors.map((e: { row: number; code: string }) => [e.row, e.code])).toEqual([
      [4, 'invalid-uscc'],
      [5, 'import-penalty-department'],
      [6, 'penalty-duplicate'],
      [7, 'import-penalty-repeated'],
      [8, 'import-penalty-kind'],
    ]);
    expect(body.errors[2].existingId).toBeTruthy();
    const minorFine = (await t.database.db.select().from(penaltyRecords).where(eq(penaltyRecords.decisionNo, '芜卫罚〔2027〕906号')))[0]!;
    expect(minorFine).toMatchObject({ severity: 'minor', fineAmount: 500, kinds: ['warning', 'fine'], source: 'import', decisionDate: '2027-01-13' });
    const again = (await upload()).json();
    expect(again.imported).toBe(0);
    expect(again.errors.filter((e: { code: string }) => e.code === 'penalty-duplicate')).toHaveLength(4);
  });
});

describe('rule sets: versioned, audited, recorded on each decision', () => {
  it('a change is a new version used from then on; earlier records keep theirs', async () => {
    const list = (await get('/api/credit/rule-sets', { cookie: admin })).json();
    const national = list.items.find((i: { code: string }) => i.code === 'national');
    expect(national.version).toBe(1);
    expect(list.items.find((i: { code: string }) => i.code === 'market-regulation').departments.map((d: { code: string }) => d.code)).toEqual(['WH-SCJG']);
    const before = (await penalty({ subjectUscc: ent1.uscc, decisionNo: decisionNo(), departmentId: health, decisionDate: '2027-01-05', kinds: ['fine'], fineAmount: 100 })).json();

    const rules = structuredClone(national.rules);
    rules.classes.find((c: { name: string }) => c.name === 'ordinary').minMonths = 6;
    expect((await post('/api/credit/rule-sets/national/versions', { rules }, { cookie: credit })).statusCode).toBe(403);
    const created = await post('/api/credit/rule-sets/national/versions', { rules, note: '一般失信最短公示期调整为 6 个月（测试）' }, { cookie: admin });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ code: 'national', version: 2 });
    const audited = await t.database.db.select().from(auditLog).where(and(eq(auditLog.action, 'credit.rule-set.version'), eq(auditLog.targetId, created.json().id)));
    expect(audited[0]?.detail).toMatchObject({ code: 'national', version: 2, previousVersion: 1 });

    const after = (await penalty({ subjectUscc: ent1.uscc, decisionNo: decisionNo(), departmentId: health, decisionDate: '2027-01-05', kinds: ['fine'], fineAmount: 100 })).json();
    expect(before.publicity.minEnd).toBe('2027-04-05');
    expect(after.publicity.minEnd).toBe('2027-07-05');
    const [b, a] = await Promise.all([before.id, after.id].map(async (id) => (await get(`/api/credit/penalties/${id}`, { cookie: credit })).json().ruleSet));
    expect([b.version, a.version]).toEqual([1, 2]);
    expect((await get('/api/credit/rule-sets/national/versions', { cookie: admin })).json().items.map((v: { version: number }) => v.version)).toEqual([2, 1]);

    // Restore, as version 3.
    rules.classes.find((c: { name: string }) => c.name === 'ordinary').minMonths = 3;
    expect((await post('/api/credit/rule-sets/national/versions', { rules }, { cookie: admin })).json().version).toBe(3);
  });

  it('refuses a rule set some records would fall through', async () => {
    const national = (await get('/api/credit/rule-sets', { cookie: admin })).json().items.find((i: { code: string }) => i.code === 'national');
    const rules = { ...national.rules, classes: national.rules.classes.slice(0, 1) };
    const res = await post('/api/credit/rule-sets/national/versions', { rules }, { cookie: admin });
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('rule-set-invalid');
  });

  it('a department can be given another set (audited): under market regulation a drug violation waits a year, another field 6 months', async () => {
    const assign = (code: string) => t.app.inject({ method: 'PUT', url: `/api/credit/rule-sets/assignments/${drugs}`, payload: { code }, headers: { cookie: admin } });
    const res = await assign('market-regulation');
    expect(res.statusCode).toBe(200);
    // The other tests of this file know 药监 under the national set: give it back when done.
    onTestFinished(async () => expect((await assign('national')).statusCode).toBe(200));
    const created = (await penalty({ subjectUscc: ent2.uscc, decisionNo: decisionNo(), departmentId: drugs, decisionDate: '2026-08-31', kinds: ['fine'], fineAmount: 50_000, violationField: 'drugs' })).json();
    expect(created.publicity).toEqual({ start: '2026-08-31', minEnd: '2027-08-31', maxEnd: '2029-08-31' });
    const other = (await penalty({ subjectUscc: ent2.uscc, decisionNo: decisionNo(), departmentId: drugs, decisionDate: '2026-08-31', kinds: ['fine'], fineAmount: 50_000 })).json();
    expect(other.publicity).toEqual({ start: '2026-08-31', minEnd: '2027-02-28', maxEnd: '2029-08-31' });
    const [row] = await t.database.db.select().from(auditLog).where(and(eq(auditLog.action, 'credit.rule-set.assign'), eq(auditLog.targetId, drugs)));
    expect(row?.detail).toMatchObject({ code: 'market-regulation', previous: 'national' });
  });
});

describe('rule fidelity (issue 11: defects 5–8, the contract additions)', () => {
  it('a supermarket’s food-safety penalty under market regulation waits a year: the field of the violation decides (defect 5)', async () => {
    const food = (await penalty({ subjectUscc: ent1.uscc, decisionNo: decisionNo(), departmentId: market, decisionDate: '2026-12-10', kinds: ['fine'], fineAmount: 30_000, violationField: 'food' })).json();
    expect(food).toMatchObject({ violationField: 'food', publicity: { minEnd: '2027-12-10', maxEnd: '2029-12-10' }, ruleSet: { id: 'market-regulation' } });
    const equipment = (await penalty({ subjectUscc: ent1.uscc, decisionNo: decisionNo(), departmentId: market, decisionDate: '2026-12-10', kinds: ['fine'], fineAmount: 30_000, violationField: 'special-equipment' })).json();
    expect(equipment.publicity.minEnd).toBe('2027-12-10');
    const bad = await penalty({ subjectUscc: ent1.uscc, decisionNo: decisionNo(), departmentId: market, decisionDate: '2026-12-10', kinds: ['fine'], fineAmount: 30_000, violationField: 'tobacco' });
    expect(bad.statusCode).toBe(422);
  });

  it('the summary procedure is minor; a ¥10M fine is serious (defect 6)', async () => {
    const summary = (await penalty({ subjectUscc: ent1.uscc, decisionNo: decisionNo(), departmentId: health, decisionDate: '2027-02-01', kinds: ['fine'], fineAmount: 200, procedure: 'summary' })).json();
    expect(summary).toMatchObject({ severity: 'minor', procedure: 'summary' });
    const huge = (await penalty({ subjectUscc: ent1.uscc, decisionNo: decisionNo(), departmentId: health, decisionDate: '2027-02-01', kinds: ['fine'], fineAmount: 10_000_000 })).json();
    expect(huge).toMatchObject({ severity: 'serious', publicity: { minEnd: '2028-02-01', maxEnd: '2030-02-01' } });
    expect((await penalty({ subjectUscc: ent1.uscc, decisionNo: decisionNo(), departmentId: health, decisionDate: '2027-02-01', kinds: ['warning'], procedure: 'fast' })).statusCode).toBe(422);
  });

  it('a minor record is not published unless its department recorded why it must be (defect 7)', async () => {
    const ecology = (await departmentByCode(t, 'WH-STHJ')).id;
    const cleared = await t.app.inject({ method: 'PUT', url: `/api/credit/rule-sets/assignments/${ecology}`, payload: { code: 'national', minorPublishReason: null }, headers: { cookie: admin } });
    expect(cleared.json()).toMatchObject({ code: 'national', minorPublishReason: null });
    const hidden = (await penalty({ subjectUscc: ent1.uscc, decisionNo: decisionNo(), departmentId: ecology, decisionDate: '2027-02-20', kinds: ['warning'] })).json();
    expect(hidden).toMatchObject({ severity: 'minor', status: 'not-published', publicity: { start: null } });
    const reason = '确有必要：本部门申诫类处罚信息纳入免申即享';
    await t.app.inject({ method: 'PUT', url: `/api/credit/rule-sets/assignments/${ecology}`, payload: { code: 'national', minorPublishReason: reason }, headers: { cookie: admin } });
    const shown = (await penalty({ subjectUscc: ent1.uscc, decisionNo: decisionNo(), departmentId: ecology, decisionDate: '2027-02-20', kinds: ['warning'] })).json();
    expect(shown).toMatchObject({ status: 'published', publicity: { start: '2027-02-20', maxEnd: '2027-05-20' } });
    const [row] = await t.database.db.select().from(auditLog).where(and(eq(auditLog.action, 'credit.rule-set.assign'), eq(auditLog.targetId, ecology)));
    expect(row).toBeDefined();
  });

  it('a record decided before 2026-04-01 is judged by 令第58号 where 令第36号 is no kinder, and its notice cites 令第58号 (defect 8)', async () => {
    const old = (await penalty({ subjectUscc: ent1.uscc, decisionNo: decisionNo(), departmentId: health, decisionDate: '2026-03-31', kinds: ['fine'], fineAmount: 5000 })).json();
    expect(old).toMatchObject({ ruleSet: { id: 'national-2023', reason: 'in-force' }, publicity: { minEnd: '2026-06-30', maxEnd: '2027-03-31' } });
    const notice = (await get(`/api/credit/penalties/${old.id}/notice`, { cookie: credit })).json();
    expect(JSON.stringify(notice)).toContain('令第58号');
    expect(JSON.stringify(notice)).not.toContain('令第36号');
    const kinder = (await penalty({ subjectUscc: ent1.uscc, decisionNo: decisionNo(), departmentId: health, decisionDate: '2026-03-31', kinds: ['warning'] })).json();
    expect(kinder).toMatchObject({ severity: 'minor', ruleSet: { id: 'national', reason: 'more-favourable' } });
    const [row] = await t.database.db.select().from(penaltyRecords).where(eq(penaltyRecords.id, kinder.id));
    expect(row).toMatchObject({ ruleSetReason: 'more-favourable' });
  });
});

describe('figures and guidance (C7)', () => {
  it('counts repairs year on year, review time, deliveries by platform and subjects spared 多头修复', async () => {
    const res = await get('/api/credit/figures', { cookie: credit });
    expect(res.statusCode).toBe(200);
    const f = res.json();
    expect(f.year).toBe(2027);
    expect(f.repaired.records).toBe(f.repaired.automatic + f.repaired.onApplication);
    expect(f.repaired.onApplication).toBeGreaterThanOrEqual(1);
    // This year to date against the same stretch of last year (defect 4).
    expect(f.periods).toEqual({
      current: { from: '2026-12-31T16:00:00.000Z', to: '2027-02-28T02:00:00.000Z' },
      previous: { from: '2025-12-31T16:00:00.000Z', to: '2026-02-28T02:00:00.000Z' },
    });
    // Last year's stretch, counted here by hand from the records.
    const [previous] = await t.database.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM credit_penalty WHERE status = 'repaired' AND repaired_at >= $1 AND repaired_at < $2`,
      [f.periods.previous.from, f.periods.previous.to],
    );
    expect(f.repaired.previousYear.records).toBe(previous!.n);
    expect(f.review.decided).toBeGreaterThan(0);
    expect(f.review.averageWorkingDays).toBeGreaterThan(0);
    expect(f.multiPlatformSpared.subjects).toBeGreaterThan(0);
    expect(f.deliveries.some((d: { status: string }) => d.status === 'dead')).toBe(true);
    expect((await get('/api/credit/figures', { cookie: e1 })).statusCode).toBe(403);
    const guide = (await get('/api/credit/guide')).json();
    expect(guide.ruleSets.map((r: { code: string }) => r.code).sort()).toEqual(['market-regulation', 'market-regulation-2021', 'national', 'national-2023']);
  });

  it('shows the penalties section of the enterprise file to the enterprise itself', async () => {
    const file = (await get(`/api/enterprises/${ent1.uscc}`, { cookie: e1 })).json();
    expect(file.sections.penalties.length).toBeGreaterThan(0);
    expect(file.sections.penalties.every((p: { uscc: string }) => p.uscc === ent1.uscc)).toBe(true);
  });
});
