import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { win } from '../support/time.js';
import { testApp, type TestApp } from '../support/app.js';
import { enterpriseOf, twoDepartmentTeams, applyForCode } from '../support/fixtures.js';
import { multipartFile } from '../support/multipart.js';

/**
 * A7 + the enterprise's answer: an inspection result with rectification opens one rectification item per line
 * (the officer's department, the visit as its source); the enterprise reads them by the inspection, answers one
 * with an evidence file, and the officer sees the answer. No one else sees them.
 */
let t: TestApp;
let market: string;
let ecology: string;
let marketItem: string;
let o1: string, o2: string;

beforeAll(async () => {
  t = await testApp();
  ({ market, ecology, marketItem, o1, o2 } = await twoDepartmentTeams(t));
});
afterAll(async () => t?.close());

const get = (url: string, cookie: string) => t.app.inject({ url, headers: { cookie } });

describe('the enterprise answers the rectification items of its inspection result', () => {
  it('opens the items, shows them to the enterprise only, takes its answer with a file and shows it to the officer', async () => {
    const ent = await enterpriseOf(t, 'enterprise1');
    const window = win(t, 0);
    const applied = await applyForCode(t, market, { enterpriseUscc: ent.uscc, kind: 'triggered', trigger: 'complaint', itemIds: [marketItem], officerIds: [o1, o2], window });
    expect(applied.statusCode).toBe(201);
    const { id } = applied.json();
    const result = await t.app.inject({
      method: 'POST',
      url: `/api/inspections/${id}/result`,
      headers: { cookie: market },
      payload: { outcome: 'rectification', notes: '消防通道堆放杂物', rectification: [{ item: '清理消防通道', deadline: '2026-12-05' }, { item: '补充灭火器', deadline: '2026-12-10' }] },
    });
    expect(result.statusCode).toBe(200);

    // The enterprise reads its result and the items it opened.
    const firm = await t.login('enterprise1');
    const own = await get(`/api/inspections/${id}`, firm);
    expect(own.json().result).toMatchObject({ outcome: 'rectification', notes: '消防通道堆放杂物' });
    const items = (await get(`/api/rectifications?inspectionId=${id}`, firm)).json().items;
    expect(items.map((r: { title: string; deadline: string; status: string }) => [r.title, r.deadline, r.status])).toEqual([
      ['清理消防通道', '2026-12-05', 'open'],
      ['补充灭火器', '2026-12-10', 'open'],
    ]);
    // It was told, once per item.
    const told = (await get('/api/notifications', firm)).json().items.filter((n: { kind: string }) => n.kind === 'rectification-assigned');
    expect(told.length).toBeGreaterThanOrEqual(2);

    // Another enterprise and another department see none of them.
    expect((await get(`/api/rectifications?inspectionId=${id}`, await t.login('enterprise2'))).json().items).toEqual([]);
    expect((await get(`/api/rectifications?inspectionId=${id}`, ecology)).json().items).toEqual([]);
    expect((await get(`/api/rectifications/${items[0].id}`, ecology)).statusCode).toBe(404);

    // The enterprise answers the first item with a file.
    const up = multipartFile(Buffer.from('%PDF-1.4 清理前后照片'), '整改照片.pdf');
    const file = await t.app.inject({ method: 'POST', url: `/api/rectifications/${items[0].id}/evidence`, headers: { cookie: firm, ...up.headers }, payload: up.payload });
    expect(file.statusCode).toBe(201);
    const answer = await t.app.inject({ method: 'POST', url: `/api/rectifications/${items[0].id}/progress`, headers: { cookie: firm }, payload: { note: '已清理消防通道，附照片', fileIds: [file.json().id] } });
    expect(answer.json()).toEqual({ id: items[0].id, status: 'reported' });

    // The officer sees the answer and its file, by the inspection and on the item.
    const seen = (await get(`/api/rectifications?inspectionId=${id}`, market)).json().items;
    expect(seen.map((r: { status: string }) => r.status)).toEqual(['reported', 'open']);
    const detail = (await get(`/api/rectifications/${items[0].id}`, market)).json();
    expect(detail.events).toEqual([expect.objectContaining({ kind: 'progress', note: '已清理消防通道，附照片', files: [expect.objectContaining({ filename: '整改照片.pdf' })] })]);
    const officerTold = (await get('/api/notifications', market)).json().items.filter((n: { kind: string }) => n.kind === 'rectification-reported');
    expect(officerTold).toHaveLength(1);
    // The officer verifies it closed.
    const verified = await t.app.inject({ method: 'POST', url: `/api/rectifications/${items[0].id}/verify`, headers: { cookie: market }, payload: { passed: true, note: '复查通道畅通' } });
    expect(verified.json()).toEqual({ id: items[0].id, status: 'closed' });
  });

  it('a result without rectification opens no item', async () => {
    const ent = await enterpriseOf(t, 'enterprise2');
    const window = win(t, 0);
    const { id } = (await applyForCode(t, market, { enterpriseUscc: ent.uscc, kind: 'triggered', trigger: 'complaint', itemIds: [marketItem], officerIds: [o1, o2], window })).json();
    await t.app.inject({ method: 'POST', url: `/api/inspections/${id}/result`, headers: { cookie: market }, payload: { outcome: 'no-problem' } });
    expect((await get(`/api/rectifications?inspectionId=${id}`, market)).json().items).toEqual([]);
  });
});
