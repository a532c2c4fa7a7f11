import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, inArray } from 'drizzle-orm';
import { testApp, type TestApp } from '../support/app.js';
import { markedCheckup, type MarkedCheckup } from '../support/checkups.js';
import { responseText } from '../support/response-text.js';
import { users } from '../../src/platform/auth/schema.js';
import { auditLog } from '../../src/platform/audit/schema.js';
import { notifications } from '../../src/notifications/schema.js';
import { enterprises } from '../../src/enterprises/schema.js';
import { newId } from '../../src/platform/db/ids.js';
import { ENFORCEMENT_ROLES } from '../../src/platform/policy/firewall.js';

/**
 * E2 — findings are never penalty leads. A check-up is walked through with a marker in its note, findings,
 * photo name, report and contact log; then EVERY GET route of /api/openapi.json (generated from the live spec,
 * so routes added later are walked too) is called by every enforcement account with ids and USCCs filled from
 * that check-up, and no response body, spreadsheet, PDF or notification may contain the marker. The same walk as
 * the expert and the enterprise finds it (the control). Every refusal of a check-up route is in the audit log.
 */
const MARKER = 'FWMARK9Q7Z';
let t: TestApp;
let c: MarkedCheckup;
let enterpriseId: string;

interface Call { method: string; url: string }
const getCalls: Call[] = [];
const checkupWrites: Call[] = [];

type Spec = { paths: Record<string, Record<string, { parameters?: { name: string; in: string }[] }>> };

beforeAll(async () => {
  t = await testApp();
  c = await markedCheckup(t, MARKER);
  const [e] = await t.database.db.select().from(enterprises).where(eq(enterprises.uscc, c.enterpriseUscc));
  enterpriseId = e!.id;
  // Reminders exist (the job has work: the marked plan's milestone is due).
  const admin = await t.login('admin');
  await t.app.inject({ method: 'POST', url: '/api/admin/jobs/checkup-milestone-reminders/run', headers: { cookie: admin } });

  // Plant what a future careless writer might leave: a check-up notice carrying text, addressed to every
  // enforcement account, and an audit row with text. The shared read paths must hide both.
  const enforcers = await t.database.db.select().from(users).where(inArray(users.role, [...ENFORCEMENT_ROLES]));
  await t.database.db.insert(notifications).values(
    enforcers.map((u) => ({ id: newId(), userId: u.id, kind: 'checkup-milestone', params: { item: MARKER, due: MARKER }, targetType: 'checkup-invitation', targetId: c.invitationId, link: null, dedupeKey: `planted:${u.id}`, createdAt: t.clock.now })),
  );
  await t.database.db.insert(auditLog).values({ id: newId(), at: t.clock.now, actorType: 'system', actorId: null, actorName: 'planted', role: 'system', action: 'checkups.planted', targetType: 'checkup-finding', targetId: c.plannedFindingId, enterpriseId, requestId: 'planted', outcome: 'ok', detail: { text: MARKER }, ip: null });

  const spec = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as Spec;
  const ids = [c.invitationId, c.plannedFindingId, c.photoId, c.reportFileId!];
  const valuesFor = (name: string): string[] => {
    if (/uscc/i.test(name)) return [c.enterpriseUscc];
    if (name === 'fileId') return [c.photoId, c.reportFileId!];
    if (name === 'name') return ['checkup-milestone-reminders'];
    if (name === 'format') return ['png'];
    if (name === 'channel') return ['sms'];
    if (name === 'code') return [c.invitationId];
    return ids;
  };
  const queryValue = (name: string): string | null => {
    if (/uscc/i.test(name)) return c.enterpriseUscc;
    if (name === 'enterpriseId') return enterpriseId;
    // A search for the marker's stem would find the full text; the stem alone is not the marker (an audit row
    // recording the search itself is no leak).
    if (/^(q|search|keyword|query|text)$/i.test(name)) return MARKER.slice(0, 6);
    if (name === 'targetType') return 'checkup-finding';
    if (name === 'targetId' || name === 'invitationId') return c.plannedFindingId;
    if (name === 'action') return 'checkups.*';
    return null;
  };
  for (const [path, ops] of Object.entries(spec.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      const params = (op.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name);
      let urls = [path];
      for (const p of params) urls = urls.flatMap((u) => valuesFor(p).map((v) => u.replace(`{${p}}`, encodeURIComponent(v))));
      const query = (op.parameters ?? []).filter((p) => p.in === 'query').flatMap((p) => {
        const v = queryValue(p.name);
        return v ? [`${p.name}=${encodeURIComponent(v)}`] : [];
      });
      if (query.length) urls = urls.flatMap((u) => [u, `${u}?${query.join('&')}`]);
      const calls = urls.map((url) => ({ method: method.toUpperCase(), url }));
      if (method === 'get') getCalls.push(...calls);
      else if (path.startsWith('/api/checkups')) checkupWrites.push(...calls);
    }
  }
}, 240_000);
afterAll(async () => t?.close());

async function walk(cookie: string) {
  const seen: { url: string; status: number; text: string; requestId: string }[] = [];
  for (const call of getCalls) {
    const res = await t.app.inject({ method: 'GET', url: call.url, headers: { cookie } });
    seen.push({ url: call.url, status: res.statusCode, text: await responseText(res), requestId: String(res.headers['x-request-id']) });
  }
  return seen;
}

describe('the check-up firewall (E2), walked over every route of /api/openapi.json', () => {
  it('the walk covers the check-up routes and the shared read paths', () => {
    const urls = getCalls.map((g) => g.url);
    expect(getCalls.length).toBeGreaterThan(60);
    for (const must of ['/api/checkups/invitations', `/api/checkups/invitations/${c.invitationId}`, `/api/checkups/files/${c.reportFileId}`, '/api/notifications', '/api/admin/audit', `/api/enterprises/${c.enterpriseUscc}`, '/api/figures/checkups']) {
      expect(urls).toContain(must);
    }
    expect(urls.some((u) => u.startsWith('/api/enterprises/export'))).toBe(true);
  });

  it('no enforcement account reads any text of the check-up, by any GET route, export or notification', async () => {
    const enforcers = await t.database.db.select().from(users).where(inArray(users.role, [...ENFORCEMENT_ROLES]));
    const names = enforcers.map((u) => u.username);
    expect(names).toEqual(expect.arrayContaining(['officer1', 'officer2', 'officer3', 'officer4', 'market_admin', 'ecology_admin', 'supervisor']));
    for (const u of enforcers) {
      const cookie = await t.login(u.username);
      const seen = await walk(cookie);
      const leaks = seen.filter((s) => s.text.includes(MARKER)).map((s) => `${s.status} ${s.url}`);
      expect(leaks, `${u.username} read check-up text`).toEqual([]);
      const checkupAnswers = seen.filter((s) => s.url.startsWith('/api/checkups'));
      expect(checkupAnswers.filter((s) => s.status !== 403 && s.status !== 404).map((s) => `${s.status} ${s.url}`), u.username).toEqual([]);
      // Every refusal of a check-up route is in the audit log, under the request's id.
      const denied = checkupAnswers.filter((s) => s.status === 403).map((s) => s.requestId);
      const audited = await t.database.db.select({ requestId: auditLog.requestId }).from(auditLog).where(and(eq(auditLog.actorId, u.id), eq(auditLog.outcome, 'denied'), inArray(auditLog.requestId, denied)));
      expect(new Set(audited.map((a) => a.requestId)).size, u.username).toBe(denied.length);
      // The enterprise file answers, with the check-up section empty (and that withholding audited).
      const file = seen.find((s) => s.url === `/api/enterprises/${c.enterpriseUscc}`)!;
      expect(file.status).toBe(200);
      expect(JSON.parse(file.text).sections.checkups).toEqual([]);
    }
  }, 900_000);

  it('every write route under /api/checkups refuses every enforcement account (403), audited', async () => {
    expect(checkupWrites.length).toBeGreaterThan(5);
    for (const username of ['officer1', 'ecology_admin', 'supervisor']) {
      const cookie = await t.login(username);
      for (const call of checkupWrites) {
        const res = await t.app.inject({ method: call.method as 'POST', url: call.url, headers: { cookie }, payload: { note: MARKER, enterpriseUscc: c.enterpriseUscc, channel: 'phone' } });
        expect(res.statusCode, `${username} ${call.method} ${call.url}`).toBe(403);
        const [row] = await t.database.db.select().from(auditLog).where(and(eq(auditLog.requestId, String(res.headers['x-request-id'])), eq(auditLog.outcome, 'denied')));
        expect(row, `${username} ${call.url} audited`).toBeDefined();
      }
    }
  }, 300_000);

  it('the control: the expert and the enterprise find the marker by the same walk (note, findings, contact log, report)', async () => {
    for (const username of ['expert1', 'enterprise1']) {
      const seen = await walk(await t.login(username));
      const found = seen.filter((s) => s.text.includes(MARKER)).map((s) => s.url);
      expect(found, username).toContain(`/api/checkups/invitations/${c.invitationId}`);
      expect(found, username).toContain(`/api/checkups/files/${c.reportFileId}`);
      const detail = seen.find((s) => s.url === `/api/checkups/invitations/${c.invitationId}`)!.text;
      for (const text of [`企业留言 ${MARKER}`, `问题描述 ${MARKER}`, `联络记录 ${MARKER}`]) expect(detail, username).toContain(text);
      const report = seen.find((s) => s.url === `/api/checkups/files/${c.reportFileId}`)!.text;
      expect(report, username).toContain(MARKER);
    }
  }, 600_000);
});
