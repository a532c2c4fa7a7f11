/**
 * F — proof-free service through the API against the sandbox proof sources (the data-sharing exchange, the
 * e-licence library, another city), whose own request log is the witness: no verification reaches a source
 * without the applicant's consent; every query is audited with its legal basis; the exemption rate of a fixture
 * catalog equals a hand count; 协查 with working-day deadlines and reminders; commitments spot-checked, and a
 * false one becoming a credit record in the enterprise's credit status.
 */
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { eq, like } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { testApp, type TestApp } from '../support/app.js';
import { departmentByCode, enterpriseOf } from '../support/fixtures.js';
import { auditLog } from '../../src/platform/audit/schema.js';
import { makeIdNumber } from '../../src/identifiers/index.js';
import { createSandbox, type Sandbox } from '../../src/sandbox/server.js';
import { proofSourcesConfigFor, setProofSourcesConfig } from '../../src/proof-free/config.js';
import { proofKinds, proofMaterials, proofVerifications } from '../../src/proof-free/schema.js';
import { addWorkingDays } from '../../src/calendar/working-days.js';
import { loadCalendar } from '../../src/calendar/calendar.js';
import { multipartFile } from '../support/multipart.js';

let t: TestApp;
let sandbox: Sandbox;
let url: string;
const cookies: Record<string, string> = {};
const PERSON = makeIdNumber('34020219880512301');
const OTHER = makeIdNumber('34020219920303402');
const FLAGGED = makeIdNumber('34020219750101503');
/** Applicants of one test each (the sandbox's request log is read per applicant). */
const TRAVELLER = makeIdNumber('34020219900101605');
const DRIVER = makeIdNumber('34020219830707706');
const ASSISTED = makeIdNumber('34020219850606807');
const UNCONSENTING = makeIdNumber('34020219950505908');
const AUDITED = makeIdNumber('34020219960606009');

beforeAll(async () => {
  t = await testApp();
  sandbox = createSandbox();
  url = await sandbox.listen();
  setProofSourcesConfig(proofSourcesConfigFor(url, undefined, 2000));
  for (const u of [
    'clerk1',
    'market_admin',
    'officer3',
    'officer1',
    'enterprise1',
    'credit',
    'supervisor',
    'admin',
  ])
    cookies[u] = await t.login(u);
});
afterAll(async () => {
  setProofSourcesConfig(undefined);
  await sandbox?.close();
  await t?.close();
});

const get = (user: string | null, path: string) =>
  t.app.inject({ url: path, headers: user ? { cookie: cookies[user]! } : {} });
const post = (user: string, path: string, payload: object) =>
  t.app.inject({ method: 'POST', url: path, payload, headers: { cookie: cookies[user]! } });
const requestsFor = (idNumber: string) =>
  fetch(`${url}/_sandbox/requests?idNumber=${idNumber}`).then(
    (r) =>
      r.json() as Promise<{
        items: {
          platform: string;
          legalBasis: string | null;
          consentMethod: string | null;
          status: number;
        }[];
      }>,
  );
const consent = (method = 'face') => ({ method, at: t.clock.now.toISOString() });
/** The window clerk verifies a proof of the applicant with the applicant's consent given by `method`. */
const verify = (applicantIdNumber: string, proofKind: string, method?: string) =>
  post('clerk1', '/api/proof-free/verifications', { applicantIdNumber, proofKind, consent: consent(method) });

describe('verification with consent (F3)', () => {
  it('clerk1 is a service officer at the 政务服务中心 window and lists the proof kinds', async () => {
    const me = await get('clerk1', '/api/me');
    expect(me.json().user?.role ?? me.json().role).toBe('service_officer');
    const kinds = await get('clerk1', '/api/proof-free/proof-kinds');
    expect(kinds.statusCode).toBe(200);
    const codes = kinds.json().items.map((k: { code: string }) => k.code);
    expect(codes).toEqual(
      expect.arrayContaining([
        'no-traffic-crime',
        'no-drink-driving',
        'market-compliance',
        'no-traffic-crime-hefei',
      ]),
    );
  });

  it('without consent: 422 consent-required, and the source never hears of it', async () => {
    const res = await post('clerk1', '/api/proof-free/verifications', {
      applicantIdNumber: UNCONSENTING,
      proofKind: 'no-traffic-crime',
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('consent-required');
    expect((await requestsFor(UNCONSENTING)).items).toHaveLength(0);
    expect(
      await t.database.db
        .select()
        .from(proofVerifications)
        .where(
          eq(proofVerifications.applicantMasked, `${UNCONSENTING.slice(0, 6)}********${UNCONSENTING.slice(-4)}`),
        ),
    ).toHaveLength(0);
  });

  it('a bad ID number: 422 invalid-id-number, nothing asked', async () => {
    const bad = PERSON.slice(0, 17) + (PERSON.endsWith('0') ? '1' : '0');
    const res = await verify(bad, 'no-traffic-crime');
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('invalid-id-number');
    expect((await requestsFor(bad)).items).toHaveLength(0);
  });

  it('only the service officer verifies', async () => {
    const res = await post('officer1', '/api/proof-free/verifications', {
      applicantIdNumber: PERSON,
      proofKind: 'no-traffic-crime',
      consent: consent(),
    });
    expect(res.statusCode).toBe(403);
  });

  it('with consent: 201 {id, result, source, checkedAt}, one signed request carrying the basis and consent, a receipt for the applicant', async () => {
    const res = await verify(PERSON, 'no-traffic-crime', 'face');
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({
      result: 'confirmed',
      source: '市公安局交通管理支队',
      checkedAt: t.clock.now.toISOString(),
    });
    expect(body.id).toMatch(/^[0-9a-f-]{36}$/);
    const log = (await requestsFor(PERSON)).items;
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ platform: 'datashare', status: 200, consentMethod: 'face' });
    expect(log[0]!.legalBasis).toContain('道路运输从业人员管理规定');

    const receipt = await get(null, `/api/proof-free/receipts/${body.receiptToken}`);
    expect(receipt.statusCode).toBe(200);
    expect(receipt.json()).toMatchObject({
      source: '市公安局交通管理支队',
      result: 'confirmed',
      officer: '综合窗口 吴佳怡',
      consent: { method: 'face' },
    });
    expect(receipt.json().applicant).not.toContain(PERSON.slice(6, 14));
  });

  it('a record held: an absence proof is not confirmed', async () => {
    await fetch(`${url}/_sandbox/datasets`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ platform: 'datashare', dataset: 'drink-driving', exceptions: [FLAGGED] }),
    });
    const res = await verify(FLAGGED, 'no-drink-driving', 'anhui-code');
    expect(res.json().result).toBe('not-confirmed');
  });

  it('cross-region (F5): another city answers through the same connector model', async () => {
    const res = await verify(TRAVELLER, 'no-traffic-crime-hefei', 'e-social-security-card');
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      result: 'confirmed',
      region: 'other-city',
      source: '合肥市公安局交通管理支队',
    });
    expect((await requestsFor(TRAVELLER)).items.map((r) => r.platform)).toEqual(['othercity']);
  });

  it('a source down: recorded as unavailable, and the interface health shows it', async () => {
    type Health = { status: string; calls: number };
    const health = async () =>
      Object.fromEntries(
        ((await get('clerk1', '/api/proof-free/interfaces')).json().items as { code: string; health: Health }[]).map((i) => [i.code, i.health]),
      ) as Record<string, Health>;
    const control = (failNext: number) =>
      fetch(`${url}/_sandbox/control`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ platform: 'elicence', failNext }),
      });
    const before = await health();
    // One call of this test's own to the data-sharing exchange, which answers.
    const answered = await verify(DRIVER, 'no-traffic-crime');
    expect(answered.json().result).toBe('confirmed');
    await control(3);
    onTestFinished(async () => void (await control(0)));
    const res = await verify(OTHER, 'business-licence', 'id-card');
    expect(res.statusCode).toBe(201);
    expect(res.json().result).toBe('unavailable');
    const after = await health();
    expect(after['EL-SC-YYZZ']).toMatchObject({ status: 'failing', calls: before['EL-SC-YYZZ']!.calls + 1 });
    expect(after['DS-GA-JTZS']).toMatchObject({ status: 'healthy', calls: before['DS-GA-JTZS']!.calls + 1 });
    expect(after['DS-RS-SB']!.status).toBe('unknown');
  });

  it('a proof with no interface is refused (409 no-interface) without a call', async () => {
    const res = await verify(OTHER, 'market-compliance');
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('no-interface');
  });

  it('every query reached a source with consent, and every one is audited with its legal basis', async () => {
    // One query of this test's own, so there is at least one whatever ran before.
    const own = await verify(AUDITED, 'no-traffic-crime', 'face');
    expect(own.statusCode).toBe(201);
    expect((await requestsFor(AUDITED)).items).toHaveLength(1);
    const all = (await fetch(`${url}/_sandbox/requests`).then((r) => r.json())).items as {
      idNumber: string;
      consentMethod: string | null;
      legalBasis: string | null;
    }[];
    expect(all.length).toBeGreaterThan(0);
    for (const r of all) {
      expect(r.consentMethod).not.toBeNull();
      expect(r.legalBasis).toBeTruthy();
    }
    const verifications = await t.database.db.select().from(proofVerifications);
    const audits = await t.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'proof-free.verification.query'));
    expect(audits).toHaveLength(verifications.length);
    expect(all).toHaveLength(verifications.length);
    const bases = new Map((await t.database.db.select().from(proofKinds)).map((k) => [k.code, k.legalBasis]));
    for (const a of audits) {
      const v = verifications.find((x) => x.id === a.targetId)!;
      expect((a.detail as { legalBasis: string }).legalBasis).toBe(bases.get(v.proofKind));
      expect((a.detail as { consent: { method: string } }).consent.method).toBe(v.consent.method);
    }
  });
});

describe('catalog and exemption rate (F1)', () => {
  async function upload(user: string, filename: string, data: Buffer) {
    const { payload, headers } = multipartFile(data, filename);
    return t.app.inject({ method: 'POST', url: '/api/proof-free/catalog/import', payload, headers: { cookie: cookies[user]!, ...headers } });
  }
  const header = ['部门', '事项编码', '事项名称', '证明材料', '免提交类别', '依据', '可告知承诺'];
  // Hand count: 10 materials; 4 national + 2 advanced-region + 1 risk-assessed = 7 exempt; 3 required.
  const fixture = [
    ['WH-WHZF', 'T-001', '营业性演出许可', '营业执照', '国家省已免提交', '电子营业执照', '否'],
    ['WH-WHZF', 'T-001', '营业性演出许可', '演员身份证明', '国家省已免提交', '电子身份证', '否'],
    ['WH-WHZF', 'T-001', '营业性演出许可', '场地使用证明', '风险可控免提交', '综合研判', '是'],
    ['WH-WHZF', 'T-001', '营业性演出许可', '安全保卫方案', '仍需提交', '公共安全', '否'],
    ['WH-WHZF', 'T-002', '网吧经营许可', '营业执照', '国家省已免提交', '电子营业执照', '否'],
    ['WH-WHZF', 'T-002', '网吧经营许可', '消防安全证明', '仍需提交', '公共安全', '否'],
    ['WH-WHZF', 'T-002', '网吧经营许可', '法定代表人无犯罪记录证明', '国家省已免提交', '数据共享', '否'],
    ['WH-WHZF', 'T-003', '出版物零售许可', '经营场所证明', '先进地区已免提交', '浙江做法', '是'],
    ['WH-WHZF', 'T-003', '出版物零售许可', '负责人学历证明', '先进地区已免提交', '学信网共享', '否'],
    ['WH-WHZF', 'T-003', '出版物零售许可', '注册资本证明', '仍需提交', '保留', '否'],
  ];
  const csv = (rows: string[][]) => Buffer.from(rows.map((r) => r.join(',')).join('\r\n'), 'utf8');

  it('imports a fixture catalog; the figures move by exactly the hand count; the rate is exempt ÷ materials', async () => {
    const before = (await get('clerk1', '/api/proof-free/figures')).json();
    expect(Object.keys(before).sort()).toEqual(['exempt', 'exemptionRate', 'materials']);
    expect(before.exemptionRate).toBe(before.exempt / before.materials);
    const res = await upload(
      'clerk1',
      'catalog.csv',
      csv([header, ...fixture, ['未知部门', 'T-9', 'x', 'y', '仍需提交', 'z', '否']]),
    );
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ imported: 10, updated: 0, unchanged: 0 });
    expect(res.json().errors).toHaveLength(1);
    const after = (await get('clerk1', '/api/proof-free/figures')).json();
    expect(after.materials - before.materials).toBe(10);
    expect(after.exempt - before.exempt).toBe(7);
    expect(after.exemptionRate).toBe(after.exempt / after.materials);

    const culture = await departmentByCode(t, 'WH-WHZF');
    const detail = (await get('supervisor', '/api/proof-free/figures/detail')).json();
    expect(
      detail.byDepartment.find((d: { departmentId: string }) => d.departmentId === culture.id),
    ).toMatchObject({ materials: 10, exempt: 7, exemptionRate: 0.7 });
    expect(detail.trend).toHaveLength(12);

    // The same file again changes nothing; the export reads back unchanged.
    expect((await upload('clerk1', 'catalog.csv', csv([header, ...fixture]))).json()).toMatchObject({
      imported: 0,
      updated: 0,
      unchanged: 10,
    });
    const exported = await get('clerk1', '/api/proof-free/catalog/export');
    expect(exported.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(exported.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets[0]!.rowCount - 1).toBe(after.materials);
    const again = await upload('clerk1', 'export.xlsx', exported.rawPayload);
    expect(again.json()).toMatchObject({ imported: 0, updated: 0, errors: [] });
  });

  it('the demo catalog: the rate counted from its rows', async () => {
    const rows = await t.database.db.select({ rule: proofMaterials.rule }).from(proofMaterials);
    const f = (await get('clerk1', '/api/proof-free/figures')).json();
    expect(f.materials).toBe(rows.length);
    expect(f.exempt).toBe(rows.filter((r) => r.rule !== 'required').length);
  });
});

describe('协查 — assisted verification (F3)', () => {
  /** The window asks 市场监管 whether `applicant` is compliant (no interface holds that proof). */
  const ask = async (applicantIdNumber: string) => {
    const res = await post('clerk1', '/api/proof-free/assists', { applicantIdNumber, proofKind: 'market-compliance' });
    expect(res.statusCode).toBe(201);
    return res;
  };

  it('asks the holding department with a deadline in working days; they are notified', async () => {
    const res = await ask(PERSON);
    const id = res.json().id;
    const cal = await loadCalendar(t.database.db);
    expect(res.json().dueOn).toBe(addWorkingDays(t.clock.now, 5, cal));
    expect(res.json().holdingDepartment.name).toBe('芜湖市市场监督管理局');
    const received = (await get('market_admin', '/api/proof-free/assists')).json().items;
    expect(received.find((a: { id: string }) => a.id === id)).toMatchObject({
      direction: 'received',
      status: 'open',
    });
    const notes = (await get('market_admin', '/api/notifications')).json();
    expect(JSON.stringify(notes)).toContain('proof-assist-request');
  });

  it('another department may not answer; the holder answers with evidence, on time', async () => {
    const id = (await ask(ASSISTED)).json().id;
    const wrong = await post('officer3', `/api/proof-free/assists/${id}/answer`, {
      answer: 'confirmed',
      evidence: 'x',
    });
    expect(wrong.statusCode).toBe(403);
    const res = await post('market_admin', `/api/proof-free/assists/${id}/answer`, {
      answer: 'confirmed',
      evidence: '经查市场主体信用信息库，申请人近三年无行政处罚记录（查询编号 SCJG-2026-1127-001）',
      file: {
        filename: '查询截图.txt',
        mime: 'text/plain',
        contentBase64: Buffer.from('record').toString('base64'),
      },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'answered', onTime: true });
    expect(
      (
        await post('market_admin', `/api/proof-free/assists/${id}/answer`, {
          answer: 'confirmed',
          evidence: 'again',
        })
      ).statusCode,
    ).toBe(409);
    const detail = (await get('supervisor', '/api/proof-free/figures/detail')).json();
    expect(detail.assists).toMatchObject({ answered: 1, onTime: 1, onTimeRate: 1 });
  });

  it('the reminder job reminds the holder once a day from the working day before the deadline', async () => {
    const res = await post('clerk1', '/api/proof-free/assists', {
      applicantIdNumber: OTHER,
      proofKind: 'environmental-compliance',
      workingDays: 3,
    });
    const dueOn = res.json().dueOn as string;
    const run = async () =>
      (await post('admin', '/api/admin/jobs/proof-free-assist-reminders/run', {})).json();
    expect((await run()).result).toMatchObject({ reminded: 0 });
    const saved = t.clock.now;
    const cal = await loadCalendar(t.database.db);
    t.clock.set(`${addWorkingDays(dueOn, -1, cal)}T02:00:00Z`);
    cookies.admin = await t.login('admin');
    expect((await run()).result).toMatchObject({ reminded: 1 });
    expect((await run()).result).toMatchObject({ reminded: 0 });
    t.clock.set(saved);
    for (const u of Object.keys(cookies)) cookies[u] = await t.login(u);
  });
});

describe('告知承诺 — commitments and later checks (F3)', () => {
  it('a commitment signed online, drawn in a seeded, recorded round, found false, becomes a credit record in the credit status', async () => {
    const e = await enterpriseOf(t, 'enterprise1');
    const [allowed] = await t.database.db
      .select()
      .from(proofMaterials)
      .where(eq(proofMaterials.commitmentAllowed, true))
      .limit(1);
    const [notAllowed] = await t.database.db
      .select()
      .from(proofMaterials)
      .where(like(proofMaterials.name, '%健康%'))
      .limit(1);
    /** The enterprise's representative signs a commitment in lieu of the material's proof. */
    const sign = (materialId: string) =>
      post('enterprise1', '/api/proof-free/commitments', { enterpriseUscc: e.uscc, materialId, signerName: e.legalRepresentative });
    const refused = await sign(notAllowed!.id);
    expect(refused.json().code).toBe('commitment-not-allowed');
    const signed = await sign(allowed!.id);
    expect(signed.statusCode).toBe(201);
    expect(signed.json().statement).toContain('记入信用记录');
    const cid = signed.json().id;

    const draw = await post('clerk1', '/api/proof-free/spot-checks', { ratio: 1, seed: 42 });
    expect(draw.statusCode).toBe(201);
    expect(draw.json()).toMatchObject({ ratio: 1, seed: 42, population: 1 });
    expect(draw.json().selected.map((s: { id: string }) => s.id)).toEqual([cid]);

    const check = await post('clerk1', `/api/proof-free/commitments/${e.id}/${cid}/check`, {
      outcome: 'false',
      method: 'assist',
      note: '经协查，经营场所使用证明所述租赁关系不存在',
    });
    expect(check.statusCode).toBe(200);
    expect(check.json().penaltyId).toBeTruthy();
    const status = (await get('credit', `/api/credit/${e.uscc}/status`)).json();
    expect(status.records.map((r: { id: string }) => r.id)).toContain(check.json().penaltyId);

    const again = await sign(allowed!.id);
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('commitment-excluded');
    const detail = (await get('supervisor', '/api/proof-free/figures/detail')).json();
    expect(detail.commitments).toMatchObject({ checked: 1, false: 1 });
  });
});
