import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { testApp, type TestApp } from '../support/app.js';
import { anyEnterprise, enterpriseOf } from '../support/fixtures.js';
import { hotlineTickets } from '../../src/hotline/schema.js';
import { signals } from '../../src/supervision/schema.js';
import { auditLog } from '../../src/platform/audit/schema.js';
import { apiClients } from '../../src/platform/auth/schema.js';
import { sha256 } from '../../src/platform/auth/tokens.js';
import { newId } from '../../src/platform/db/ids.js';
import { multipartFile } from '../support/multipart.js';

/** B1 — 12345 intake: the contract's POST /api/hotline/tickets, matching, the unmatched queue, ledger import. */
let t: TestApp;
let sup: string, officer1: string, firm: string;
const KEY = 'qinqing-demo-key';

const send = (body: unknown, headers: Record<string, string> = { 'x-api-key': KEY }) =>
  t.app.inject({ method: 'POST', url: '/api/hotline/tickets', headers, payload: body as object });
const rowCount = async () => {
  const db = t.database.db;
  const [tk] = await db.select({ n: count() }).from(hotlineTickets);
  const [sg] = await db.select({ n: count() }).from(signals);
  const [au] = await db.select({ n: count() }).from(auditLog);
  return { tickets: tk!.n, signals: sg!.n, audit: au!.n };
};
const ticket = (ticketNo: string, more: Record<string, unknown> = {}) => ({
  ticketNo,
  receivedAt: '2026-11-26T09:30:00+08:00',
  content: '反映执法人员入企检查时未出示检查码，一周内重复检查三次。',
  category: '涉企执法',
  ...more,
});

/** Signs the demo accounts in, in order. */
const signInAs = async <const N extends readonly string[]>(names: N) =>
  (await Promise.all(names.map((u) => t.login(u)))) as { -readonly [K in keyof N]: string };
beforeAll(async () => {
  t = await testApp();
  [sup, officer1, firm] = await signInAs(['supervisor', 'officer1', 'enterprise1'] as const);
});
afterAll(async () => t?.close());

describe('POST /api/hotline/tickets (CONTRACT.md)', () => {
  it('a ticket posted twice with the same number is one ticket: 201 then 200 with the same id', async () => {
    const e = await anyEnterprise(t, 3);
    const body = ticket('T-20261126-0001', { enterpriseUscc: e.uscc, callerPhone: '13955300001' });
    const first = await send(body);
    expect(first.statusCode).toBe(201);
    expect(first.json()).toEqual({ id: expect.any(String) });
    const before = await rowCount();
    const again = await send(body);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual({ id: first.json().id });
    expect(await rowCount()).toEqual(before); // nothing written at all
    const rows = await t.database.db
      .select()
      .from(hotlineTickets)
      .where(eq(hotlineTickets.ticketNo, 'T-20261126-0001'));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      enterpriseId: e.id,
      matchedBy: 'uscc',
      matchStatus: 'matched',
      enforcementRelated: true,
      revision: 1,
    });

    // A resend with changed content updates the same ticket.
    const changed = await send({ ...body, content: `${body.content}（补充：检查人员态度恶劣）` });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().id).toBe(first.json().id);
    const [updated] = await t.database.db
      .select()
      .from(hotlineTickets)
      .where(eq(hotlineTickets.ticketNo, 'T-20261126-0001'));
    expect(updated).toMatchObject({ revision: 2, content: expect.stringContaining('补充') });
    expect(
      await t.database.db.select().from(hotlineTickets).where(eq(hotlineTickets.ticketNo, 'T-20261126-0001')),
    ).toHaveLength(1);
  });

  it('an enforcement-related ticket raises one hotline signal in the inbox, linked to the enterprise file', async () => {
    const e = await anyEnterprise(t, 7);
    expect((await send(ticket('T-SIGNAL-1', { enterpriseUscc: e.uscc, callerPhone: '13955300001' }))).statusCode).toBe(201);
    const inbox = (
      await t.app.inject({
        url: `/api/supervision/signals?kind=hotline&enterpriseUscc=${e.uscc}`,
        headers: { cookie: sup },
      })
    ).json();
    expect(inbox.total).toBe(1);
    expect(inbox.items[0]).toMatchObject({
      source: 'hotline',
      status: 'open',
      enterprise: { uscc: e.uscc, file: `/api/enterprises/${e.uscc}` },
      detail: { ticketNo: 'T-SIGNAL-1' },
    });
    expect(JSON.stringify(inbox.items[0])).not.toContain('13955300001');
    // Not about enforcement: no signal.
    const r = await send(
      ticket('T-20261126-0002', { category: '市政设施', content: '小区门口路灯不亮，夜间出行不便。' }),
    );
    expect(r.statusCode).toBe(201);
    const [row] = await t.database.db
      .select()
      .from(hotlineTickets)
      .where(eq(hotlineTickets.ticketNo, 'T-20261126-0002'));
    expect(row).toMatchObject({ enforcementRelated: false, signalId: null, matchStatus: 'not-applicable' });
  });

  it('a wrong or missing key is 401; a key without the hotline scope 403; a signed-in user is not an integration', async () => {
    const before = await rowCount();
    const wrong = await send(ticket('T-KEY-1'), { 'x-api-key': 'not-the-key' });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.headers['content-type']).toContain('application/problem+json');
    expect(wrong.json().code).toBe('invalid-api-key');
    // Even with a malformed body, the key is checked first.
    expect((await send({ nonsense: true }, { 'x-api-key': 'not-the-key' })).statusCode).toBe(401);
    expect((await send(ticket('T-KEY-2'), {})).statusCode).toBe(401);
    const garbled = await t.app.inject({
      method: 'POST',
      url: '/api/hotline/tickets',
      headers: { 'content-type': 'text/plain' },
      payload: 'x',
    });
    expect(garbled.statusCode).toBe(401);
    expect((await send({}, {})).statusCode).toBe(401);
    expect((await send(ticket('T-KEY-3'), { cookie: sup })).statusCode).toBe(403);
    await t.database.db.insert(apiClients).values({
      id: newId(),
      name: '信用平台',
      keyHash: sha256('credit-only-key'),
      keyPrefix: 'credit',
      scopes: ['credit'],
    });
    const scoped = await send(ticket('T-KEY-4'), { 'x-api-key': 'credit-only-key' });
    expect(scoped.statusCode).toBe(403);
    expect(scoped.json().code).toBe('insufficient-scope');
    const after = await rowCount();
    expect(after.tickets).toBe(before.tickets);
    expect(after.signals).toBe(before.signals);
  });

  it('a malformed body is 422 problem+json listing the fields, and writes nothing', async () => {
    const before = await rowCount();
    const r = await send({
      ticketNo: 'bad number with spaces',
      receivedAt: 'yesterday',
      content: '',
      enterpriseUscc: 12345,
      callerPhone: 'call me',
    });
    expect(r.statusCode).toBe(422);
    expect(r.headers['content-type']).toContain('application/problem+json');
    const body = r.json();
    expect(body.code).toBe('validation-failed');
    expect(body.errors.map((e: { path: string }) => e.path).sort()).toEqual([
      'body.callerPhone',
      'body.content',
      'body.enterpriseUscc',
      'body.receivedAt',
      'body.ticketNo',
    ]);
    expect(
      (await send({ receivedAt: '2026-11-26T09:30:00+08:00' }))
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['body.content', 'body.ticketNo']);
    const notJson = await t.app.inject({
      method: 'POST',
      url: '/api/hotline/tickets',
      headers: { 'x-api-key': KEY, 'content-type': 'application/json' },
      payload: '{"ticketNo":',
    });
    expect(notJson.statusCode).toBe(400);
    const future = await send(ticket('T-FUTURE', { receivedAt: '2027-01-01T00:00:00+08:00' }));
    expect(future.statusCode).toBe(422);
    expect(future.json().code).toBe('hotline-received-in-future');
    expect(await rowCount()).toEqual(before);
  });
});

describe('matching tickets to enterprises', () => {
  it('matches by exact name and by normalised name (spaces, bracket width)', async () => {
    const e = await anyEnterprise(t, 4);
    const exact = await send(ticket('T-NAME-1', { enterpriseName: e.name }));
    const typed = `${e.name.slice(0, 2)} ${e.name.slice(2)}`.replace(/（/g, '(').replace(/）/g, ')');
    const loose = await send(ticket('T-NAME-2', { enterpriseName: typed }));
    const [a] = await t.database.db
      .select()
      .from(hotlineTickets)
      .where(eq(hotlineTickets.id, exact.json().id));
    const [b] = await t.database.db
      .select()
      .from(hotlineTickets)
      .where(eq(hotlineTickets.id, loose.json().id));
    expect(a).toMatchObject({ enterpriseId: e.id, matchedBy: 'name', matchStatus: 'matched' });
    expect(b).toMatchObject({ enterpriseId: e.id, matchedBy: 'normalised-name', matchStatus: 'matched' });
  });

  it('queues an unmatched ticket for a person, who names the enterprise; its signal follows', async () => {
    const r = await send(
      ticket('T-UNMATCHED-1', {
        enterpriseName: '芜湖市不存在的建材商行',
        enterpriseUscc: '91340200XXXXXXXXXX',
        callerPhone: '13955307777',
      }),
    );
    expect(r.statusCode).toBe(201);
    const id = r.json().id;
    const queue = (
      await t.app.inject({ url: '/api/hotline/tickets?matchStatus=unmatched', headers: { cookie: sup } })
    ).json();
    const queued = queue.items.find((x: { id: string }) => x.id === id);
    expect(queued).toMatchObject({
      matchStatus: 'unmatched',
      enterprise: null,
      callerPhone: '139****7777',
      given: { enterpriseName: '芜湖市不存在的建材商行' },
    });
    expect(
      (
        await t.app.inject({
          url: '/api/hotline/tickets?matchStatus=unmatched',
          headers: { cookie: officer1 },
        })
      ).statusCode,
    ).toBe(403);

    const e = await anyEnterprise(t, 5);
    const wrong = await t.app.inject({
      method: 'POST',
      url: `/api/hotline/tickets/${id}/enterprise`,
      headers: { cookie: sup },
      payload: { enterpriseUscc: '913402000000000000' },
    });
    expect(wrong.statusCode).toBe(422);
    const assigned = await t.app.inject({
      method: 'POST',
      url: `/api/hotline/tickets/${id}/enterprise`,
      headers: { cookie: sup },
      payload: { enterpriseUscc: e.uscc },
    });
    expect(assigned.statusCode).toBe(200);
    expect(assigned.json()).toMatchObject({ matchStatus: 'matched', enterprise: { id: e.id } });
    const [row] = await t.database.db.select().from(hotlineTickets).where(eq(hotlineTickets.id, id));
    expect(row).toMatchObject({ enterpriseId: e.id, matchedBy: 'manual' });
    const [s] = await t.database.db.select().from(signals).where(eq(signals.id, row!.signalId!));
    expect(s!.enterpriseId).toBe(e.id);
    expect(
      await t.database.db
        .select()
        .from(auditLog)
        .where(eq(auditLog.action, 'hotline.ticket.assign-enterprise')),
    ).toHaveLength(1);
    // A resend of the same ticket keeps the person's match.
    expect(
      (
        await send(
          ticket('T-UNMATCHED-1', {
            enterpriseName: '芜湖市不存在的建材商行',
            enterpriseUscc: '91340200XXXXXXXXXX',
            callerPhone: '13955307777',
          }),
        )
      ).statusCode,
    ).toBe(200);
    const [kept] = await t.database.db.select().from(hotlineTickets).where(eq(hotlineTickets.id, id));
    expect(kept).toMatchObject({ enterpriseId: e.id, matchedBy: 'manual' });
    // The full number only in the one-ticket view, and that read is audited.
    const one = (await t.app.inject({ url: `/api/hotline/tickets/${id}`, headers: { cookie: sup } })).json();
    expect(one.callerPhone).toBe('13955307777');
  });

  it('shows an enterprise’s tickets in its file (complaints section) to staff, not to the enterprise itself', async () => {
    const e = await enterpriseOf(t, 'enterprise1');
    await send(ticket('T-FILE-1', { enterpriseUscc: e.uscc, callerPhone: '13955308888' }));
    const staff = (
      await t.app.inject({ url: `/api/enterprises/${e.uscc}`, headers: { cookie: sup } })
    ).json();
    const item = staff.sections.complaints.find((x: { ticketNo?: string }) => x.ticketNo === 'T-FILE-1');
    expect(item).toMatchObject({ source: 'hotline', callerPhone: '139****8888' });
    const own = (await t.app.inject({ url: `/api/enterprises/${e.uscc}`, headers: { cookie: firm } })).json();
    expect(own.sections.complaints.some((x: { source: string }) => x.source === 'hotline')).toBe(false);
  });
});

describe('importing a ticket ledger', () => {
  async function ledger(
    rows: (string | number | Date | null)[][],
    header = ['工单编号', '受理时间', '诉求内容', '诉求类别', '统一社会信用代码', '企业名称', '来电号码'],
  ) {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('工单台账');
    ws.addRow(header);
    for (const r of rows) ws.addRow(r);
    return Buffer.from(await wb.xlsx.writeBuffer());
  }
  const upload = (data: Buffer, cookie = sup, filename = '12345台账.xlsx') => {
    const { payload, headers } = multipartFile(data, filename);
    return t.app.inject({ method: 'POST', url: '/api/hotline/tickets/import', headers: { cookie, ...headers }, payload });
  };

  it('receives the valid rows and reports each bad row with its number and column', async () => {
    const e = await anyEnterprise(t, 6);
    const file = await ledger([
      ['L-0001', '2026-11-20 09:30', '反映执法检查过于频繁', '涉企执法', e.uscc, null, '13955301111'],
      [
        'L-0002',
        new Date(Date.UTC(2026, 10, 21, 10, 0)),
        '咨询营业执照办理流程',
        '政务咨询',
        null,
        null,
        null,
      ],
      ['L-0003', '上周', '内容', null, null, null, null],
      ['L-0004', '2026-11-22 09:00', null, null, null, null, null],
      ['L-0001', '2026-11-20 09:30', '重复的工单编号', null, null, null, null],
      ['L 0005', '2026-11-22 09:00', '编号带空格', null, null, null, null],
    ]);
    const r = await upload(file);
    expect(r.statusCode, r.body).toBe(200);
    const out = r.json();
    expect(out).toMatchObject({ rows: 6, created: 2, updated: 0, unchanged: 0 });
    expect(out.errors.map((x: { row: number; field?: string }) => [x.row, x.field])).toEqual([
      [4, 'receivedAt'],
      [5, 'content'],
      [6, 'ticketNo'],
      [7, 'ticketNo'],
    ]);
    expect(out.errors[2].message).toContain('第 2 行');
    const [l1] = await t.database.db
      .select()
      .from(hotlineTickets)
      .where(eq(hotlineTickets.ticketNo, 'L-0001'));
    expect(l1).toMatchObject({
      channel: 'import',
      enterpriseId: e.id,
      enforcementRelated: true,
      receivedAt: new Date('2026-11-20T01:30:00Z'),
    });
    const [l2] = await t.database.db
      .select()
      .from(hotlineTickets)
      .where(eq(hotlineTickets.ticketNo, 'L-0002'));
    // An Excel date cell is the ledger's wall-clock time in China.
    expect(l2!.receivedAt.toISOString()).toBe('2026-11-21T02:00:00.000Z');

    // Importing the same ledger again changes nothing.
    const again = (await upload(file)).json();
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
  });

  it('refuses a ledger without the required columns, or from a user outside supervision', async () => {
    const noContent = await upload(await ledger([['L-1', '2026-11-20 09:30']], ['工单编号', '受理时间']));
    expect(noContent.statusCode).toBe(422);
    expect(noContent.json()).toMatchObject({ code: 'hotline-import-missing-column', columns: ['content'] });
    expect((await upload(await ledger([]), officer1)).statusCode).toBe(403);
    const csv = Buffer.from('工单编号,受理时间,诉求内容\nC-1,2026-11-20 09:30,执法人员检查未亮码\n', 'utf8');
    const r = await upload(csv, sup, 'ledger.csv');
    expect(r.json()).toMatchObject({ created: 1, errors: [] });
  });
});
