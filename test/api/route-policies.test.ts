/**
 * Deny by default, proven for every operation of /api/openapi.json: each one's declared policy (read back from the
 * document: `security` and `x-roles`) must equal the expectation below, and each is called by every role, by an
 * anonymous caller and by an API key of each scope — whoever the policy leaves out is refused at the door (401/403
 * naming the policy), whoever it lets in is not. A route missing from the expectations (or an expectation without
 * its route) fails the test, so a new route cannot slip past.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { testApp, type TestApp } from '../support/app.js';
import { ROLES, users, type Role } from '../../src/platform/auth/schema.js';
import { API_SCOPES } from '../../src/platform/auth/scopes.js';
import { routePolicyExemptions } from '../../src/platform/http/route-policy-hook.js';
import { buildServer } from '../../src/platform/http/server.js';

/**
 * Who may call each operation: `public`, `all` (every signed-in role), `staff` (every role but the enterprise's),
 * role names, and `key:<scope>` for API keys.
 */
const EXPECTED: Record<string, string> = {
  'GET /api/health': 'public',
  'POST /api/auth/login': 'public',
  'POST /api/auth/logout': 'public',
  'GET /api/me': 'all',
  'GET /api/todos': 'all',
  'POST /api/me/password': 'all',
  'GET /api/admin/users': 'admin',
  'POST /api/admin/users': 'admin',
  'POST /api/admin/users/{id}/status': 'admin',
  'GET /api/admin/api-keys': 'admin',
  'POST /api/admin/api-keys': 'admin',
  'POST /api/admin/api-keys/{id}/revoke': 'admin',
  'GET /api/departments': 'all',
  'GET /api/divisions': 'all',
  'GET /api/officers': 'all',
  'POST /api/officers': 'admin dept_admin',
  'PATCH /api/officers/{id}': 'admin dept_admin',
  'GET /api/teams': 'all',
  'GET /api/meta/industries': 'public',
  'GET /api/enterprises': 'all',
  'GET /api/enterprises/{uscc}': 'all',
  'POST /api/enterprises': 'admin',
  'POST /api/enterprises/import': 'admin dept_admin',
  'GET /api/enterprises/export': 'staff',
  'GET /api/enterprises/import-template': 'admin dept_admin',
  'GET /api/catalog/items': 'all',
  'POST /api/catalog/items': 'admin dept_admin',
  'PATCH /api/catalog/items/{id}': 'admin dept_admin',
  'POST /api/catalog/items/{id}/publish': 'admin dept_admin',
  'POST /api/catalog/items/{id}/unpublish': 'admin dept_admin',
  'POST /api/catalog/items/import': 'admin dept_admin',
  'GET /api/catalog/items/export': 'admin dept_admin supervisor',
  'GET /api/catalog/scenarios': 'all',
  'POST /api/catalog/scenarios': 'admin supervisor dept_admin',
  'PATCH /api/catalog/scenarios/{id}': 'admin supervisor dept_admin',
  'POST /api/catalog/scenarios/import': 'admin supervisor dept_admin',
  'GET /api/catalog/scenarios/export': 'admin dept_admin supervisor',
  'GET /api/catalog/figures': 'all',
  'POST /api/inspections': 'officer',
  'GET /api/inspections': 'all',
  'GET /api/inspections/{id}': 'all',
  'POST /api/inspections/{id}/revoke': 'officer dept_admin admin',
  'POST /api/inspections/{id}/result': 'officer',
  'POST /api/inspections/{id}/photos': 'officer',
  'POST /api/inspections/{id}/evaluation': 'enterprise',
  'POST /api/inspections/{id}/complaint': 'enterprise',
  'POST /api/inspections/{id}/arrival': 'enterprise',
  'POST /api/inspections/random-draws': 'dept_admin officer',
  'GET /api/inspections/random-draws': 'staff',
  'GET /api/inspections/random-draws/{id}': 'staff',
  'GET /api/inspections/figures': 'all',
  'PUT /api/inspections/annual-caps/{departmentId}': 'dept_admin admin',
  'GET /api/inspections/precheck': 'officer dept_admin',
  'GET /api/codes/keys': 'public',
  'POST /api/codes/keys/rotate': 'admin',
  'GET /api/codes/{code}': 'public',
  'GET /api/codes/{code}/qr.{format}': 'public',
  'GET /api/supervision/alerts': 'supervisor admin',
  'GET /api/supervision/signals': 'supervisor admin',
  'GET /api/supervision/signals/counts': 'supervisor admin',
  'POST /api/supervision/signals/dismiss': 'supervisor',
  'POST /api/supervision/signals/open-cases': 'supervisor',
  'GET /api/supervision/cases': 'supervisor admin dept_admin officer',
  'POST /api/supervision/cases': 'supervisor',
  'GET /api/supervision/cases/{id}': 'supervisor admin dept_admin officer',
  'POST /api/supervision/cases/{id}/answer': 'dept_admin officer',
  'POST /api/supervision/cases/{id}/return': 'supervisor',
  'POST /api/supervision/cases/{id}/close': 'supervisor',
  'GET /api/supervision/cases/{id}/files/{fileId}': 'supervisor admin dept_admin officer',
  'GET /api/supervision/figures': 'supervisor admin dept_admin officer',
  'GET /api/supervision/figures/export': 'supervisor admin dept_admin officer',
  'POST /api/hotline/tickets': 'key:hotline:write',
  'GET /api/hotline/tickets': 'supervisor admin',
  'POST /api/hotline/tickets/import': 'supervisor admin',
  'GET /api/hotline/tickets/{id}': 'supervisor admin',
  'POST /api/hotline/tickets/{id}/enterprise': 'supervisor admin',
  'GET /api/calendar/days': 'all',
  'POST /api/calendar/days': 'admin',
  'DELETE /api/calendar/days/{day}': 'admin',
  'GET /api/calendar/deadline': 'all',
  'GET /api/notifications': 'all',
  'POST /api/notifications/{id}/read': 'all',
  'POST /api/notifications/read-all': 'all',
  'GET /api/notifications/contacts': 'all',
  'PUT /api/notifications/contacts/{channel}': 'all',
  'GET /api/admin/audit/verify': 'admin supervisor',
  'GET /api/admin/audit': 'admin supervisor',
  'GET /api/admin/jobs': 'admin',
  'POST /api/admin/jobs/{name}/run': 'admin',
  'GET /api/admin/jobs/{name}/runs': 'admin',
  'GET /api/admin/outbox': 'admin',
  'POST /api/admin/outbox/{id}/resend': 'admin',
  'POST /api/credit/penalties': 'credit_officer key:credit:write',
  'POST /api/credit/penalties/import': 'credit_officer',
  'GET /api/credit/penalties': 'credit_officer admin supervisor officer dept_admin enterprise',
  'GET /api/credit/penalties/{id}': 'credit_officer admin supervisor officer dept_admin enterprise',
  'GET /api/credit/penalties/{id}/notice': 'credit_officer admin supervisor officer dept_admin enterprise',
  'POST /api/credit/penalties/{id}/invitation': 'credit_officer',
  'GET /api/credit/{uscc}/status': 'all key:credit:read',
  'POST /api/credit/applications': 'enterprise',
  'GET /api/credit/applications': 'enterprise credit_officer admin supervisor',
  'GET /api/credit/applications/{id}': 'enterprise credit_officer admin supervisor',
  'POST /api/credit/applications/{id}/gather': 'enterprise credit_officer',
  'POST /api/credit/applications/{id}/proofs/{kind}': 'enterprise',
  'POST /api/credit/applications/{id}/approve': 'credit_officer',
  'POST /api/credit/applications/{id}/reject': 'credit_officer',
  'GET /api/credit/deliveries': 'credit_officer admin supervisor',
  'POST /api/credit/deliveries/{id}/resend': 'credit_officer admin',
  'GET /api/credit/rule-sets': 'credit_officer admin supervisor',
  'GET /api/credit/rule-sets/{code}/versions': 'credit_officer admin supervisor',
  'POST /api/credit/rule-sets/{code}/versions': 'admin',
  'PUT /api/credit/rule-sets/assignments/{departmentId}': 'admin',
  'GET /api/credit/figures': 'credit_officer admin supervisor',
  'GET /api/credit/guide': 'public',
  'GET /api/figures/checkups': 'supervisor dept_admin admin',
  'POST /api/service-records': 'officer dept_admin',
  'GET /api/service-records': 'enterprise officer dept_admin admin supervisor',
  'GET /api/decision-explanations': 'officer dept_admin',
  'GET /api/decision-explanations/{penaltyId}': 'enterprise officer dept_admin admin supervisor',
  'PUT /api/decision-explanations/{penaltyId}': 'officer dept_admin',
  'GET /api/decision-explanations/{penaltyId}/challenge': 'officer dept_admin',
  'POST /api/followup-surveys/preview': 'officer dept_admin',
  'POST /api/followup-surveys': 'officer dept_admin',
  'GET /api/followup-surveys': 'officer dept_admin admin supervisor',
  'GET /api/followup-surveys/{id}': 'officer dept_admin admin supervisor',
  'GET /api/followup-forms': 'enterprise',
  'GET /api/followup-forms/{id}': 'enterprise',
  'POST /api/followup-forms/{id}/answers': 'enterprise',
  'GET /api/typical-cases': 'officer dept_admin admin supervisor',
  'POST /api/typical-cases': 'officer dept_admin',
  'PUT /api/typical-cases/{id}': 'officer dept_admin',
  'POST /api/typical-cases/{id}/publish': 'officer dept_admin',
  'GET /api/public/typical-cases': 'public',
  'GET /api/public/typical-cases/{id}': 'public',
  'GET /api/drugs/service-figures': 'admin supervisor officer dept_admin credit_officer service_officer expert',
  'POST /api/checkups/invitations': 'admin expert service_officer enterprise',
  'GET /api/checkups/invitations': 'admin expert service_officer enterprise',
  'GET /api/checkups/invitations/{id}': 'admin expert service_officer enterprise',
  'POST /api/checkups/invitations/{id}/schedule': 'admin expert service_officer',
  'POST /api/checkups/invitations/{id}/findings': 'expert service_officer',
  'POST /api/checkups/invitations/{id}/findings/{findingId}/photos': 'expert service_officer',
  'POST /api/checkups/invitations/{id}/complete': 'expert service_officer',
  'POST /api/checkups/invitations/{id}/report': 'expert',
  'POST /api/checkups/invitations/{id}/contacts': 'expert service_officer',
  'POST /api/checkups/invitations/{id}/findings/{findingId}/close': 'expert service_officer',
  'GET /api/checkups/files/{fileId}': 'admin expert service_officer enterprise',
  'GET /api/checkups/experts': 'admin expert service_officer',
  'GET /api/checkups/campaigns': 'admin expert service_officer enterprise',
  'POST /api/checkups/campaigns': 'admin service_officer',
  'GET /api/checkups/checklist': 'admin expert service_officer enterprise',
  'POST /api/checkups/checklist': 'admin',
  'GET /api/checkups/figures': 'admin expert service_officer',
  'POST /api/revisits/draws': 'supervisor',
  'GET /api/revisits/draws': 'supervisor',
  'GET /api/revisits/draws/{id}': 'supervisor',
  'GET /api/revisits/questionnaire': 'supervisor officer',
  'GET /api/revisits/teams': 'supervisor officer',
  'GET /api/revisits': 'supervisor officer',
  'GET /api/revisits/figures': 'supervisor',
  'GET /api/revisits/watch-list': 'supervisor',
  'GET /api/revisits/watch-list/export': 'supervisor',
  'GET /api/revisits/ratios': 'supervisor',
  'GET /api/revisits/{id}': 'supervisor officer',
  'POST /api/revisits/{id}/record': 'supervisor officer',
  'POST /api/revisits/{id}/assign': 'supervisor',
  'POST /api/revisits/{id}/problems/{index}/follow-up': 'supervisor',
  'POST /api/revisits/{id}/link': 'supervisor officer',
  'GET /api/revisits/online/{token}': 'public',
  'POST /api/revisits/online/{token}': 'public',
  'POST /api/licences': 'officer dept_admin admin key:licences:write',
  'GET /api/licences': 'admin supervisor officer dept_admin credit_officer service_officer expert enterprise key:licences:read key:licences:write',
  'GET /api/licences/export': 'admin supervisor officer dept_admin credit_officer service_officer expert',
  'POST /api/licences/import': 'officer dept_admin admin',
  'GET /api/licences/kinds': 'admin supervisor officer dept_admin credit_officer service_officer expert enterprise key:licences:read key:licences:write',
  'PUT /api/licences/kinds/{code}': 'dept_admin admin',
  'GET /api/licences/figures': 'admin supervisor officer dept_admin credit_officer service_officer expert',
  'GET /api/licences/{id}': 'admin supervisor officer dept_admin credit_officer service_officer expert enterprise key:licences:read key:licences:write',
  'POST /api/licences/{id}/status': 'officer dept_admin admin',
  'POST /api/licences/{id}/renew': 'officer dept_admin admin',
  'GET /api/enterprises/{uscc}/compliance-notice': 'admin supervisor officer dept_admin credit_officer service_officer expert enterprise',
  'POST /api/warnings': 'officer dept_admin admin',
  'GET /api/warnings': 'admin supervisor officer dept_admin credit_officer service_officer expert enterprise',
  'POST /api/warnings/preview': 'officer dept_admin admin',
  'GET /api/warnings/{id}': 'admin supervisor officer dept_admin credit_officer service_officer expert enterprise',
  'GET /api/warnings/{id}/receipts': 'admin supervisor officer dept_admin credit_officer service_officer expert',
  'GET /api/public/warnings': 'public',
  'POST /api/rectifications': 'officer dept_admin',
  'GET /api/rectifications': 'admin supervisor officer dept_admin credit_officer service_officer expert enterprise',
  'GET /api/rectifications/{id}': 'admin supervisor officer dept_admin credit_officer service_officer expert enterprise',
  'POST /api/rectifications/{id}/evidence': 'enterprise',
  'GET /api/rectifications/{id}/files/{fileId}': 'admin supervisor officer dept_admin credit_officer service_officer expert enterprise',
  'POST /api/rectifications/{id}/progress': 'enterprise',
  'POST /api/rectifications/{id}/guidance': 'officer dept_admin',
  'POST /api/rectifications/{id}/verify': 'officer dept_admin',
  'GET /api/proof-free/figures': 'admin supervisor officer dept_admin credit_officer service_officer expert key:proof-free',
  'GET /api/proof-free/figures/detail': 'admin supervisor officer dept_admin credit_officer service_officer expert key:proof-free',
  'GET /api/proof-free/proof-kinds': 'admin supervisor officer dept_admin credit_officer service_officer expert key:proof-free',
  'GET /api/proof-free/catalog': 'admin supervisor officer dept_admin credit_officer service_officer expert key:proof-free',
  'GET /api/proof-free/catalog/export': 'admin supervisor officer dept_admin credit_officer service_officer expert key:proof-free',
  'POST /api/proof-free/catalog/import': 'admin dept_admin service_officer',
  'GET /api/proof-free/interfaces': 'admin supervisor officer dept_admin credit_officer service_officer expert key:proof-free',
  'POST /api/proof-free/verifications': 'service_officer',
  'GET /api/proof-free/verifications': 'admin supervisor officer dept_admin credit_officer service_officer expert key:proof-free',
  'GET /api/proof-free/receipts/{token}': 'public',
  'POST /api/proof-free/assists': 'service_officer',
  'GET /api/proof-free/assists': 'admin officer dept_admin credit_officer service_officer supervisor',
  'POST /api/proof-free/assists/{id}/answer': 'admin officer dept_admin credit_officer service_officer',
  'POST /api/proof-free/commitments': 'service_officer enterprise',
  'GET /api/proof-free/commitments': 'admin supervisor dept_admin service_officer enterprise',
  'POST /api/proof-free/spot-checks': 'admin supervisor dept_admin service_officer',
  'POST /api/proof-free/commitments/{enterpriseId}/{id}/check': 'admin supervisor dept_admin service_officer',
};

/** Calls whose success would spoil the callers that follow (they are still checked for refusals). */
const NOT_CALLED_WHEN_ALLOWED = new Set(['POST /api/auth/logout', 'POST /api/auth/login']);

interface Expectation {
  public: boolean;
  roles: Set<Role>;
  scopes: Set<string>;
}

function parse(spec: string): Expectation {
  const out: Expectation = { public: false, roles: new Set(), scopes: new Set() };
  for (const token of spec.split(/\s+/)) {
    if (token === 'public') out.public = true;
    else if (token === 'all') ROLES.forEach((r) => out.roles.add(r));
    else if (token === 'staff') ROLES.filter((r) => r !== 'enterprise').forEach((r) => out.roles.add(r));
    else if (token.startsWith('key:')) out.scopes.add(token.slice(4));
    else if ((ROLES as readonly string[]).includes(token)) out.roles.add(token as Role);
    else throw new Error(`bad expectation token ${token}`);
  }
  return out;
}

type Op = { security?: Record<string, string[]>[]; 'x-roles'?: Role[] };
type Caller = { label: string; role?: Role; scope?: string; headers: Record<string, string> };

let t: TestApp;
let doc: { paths: Record<string, Record<string, Op>> };
const callers: Caller[] = [];
const ZERO = '01890000-0000-7000-8000-000000000000';

const operations = () =>
  Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({ key: `${method.toUpperCase()} ${path}`, path, method: method.toUpperCase(), op })),
  );

beforeAll(async () => {
  t = await testApp({ enterpriseCount: 6 });
  doc = (await t.app.inject({ url: '/api/openapi.json' })).json();
  const admin = await t.login('admin');
  const { db } = t.deps.database;
  const [enterpriseUser] = await db.select().from(users).where(eq(users.role, 'enterprise')).limit(1);
  for (const role of ROLES) {
    let [account] = await db.select({ username: users.username }).from(users).where(eq(users.role, role)).limit(1);
    if (!account) {
      const username = `probe_${role}`;
      const made = await t.app.inject({
        method: 'POST',
        url: '/api/admin/users',
        headers: { cookie: admin },
        payload: { username, displayName: role, role, password: 'Probe#2026-door', enterpriseId: role === 'enterprise' ? enterpriseUser!.enterpriseId! : undefined },
      });
      expect(made.statusCode).toBe(201);
      await t.login(username, 'Probe#2026-door');
      account = { username };
      callers.push({ label: role, role, headers: { cookie: await t.login(username, 'Probe#2026-door') } });
      continue;
    }
    callers.push({ label: role, role, headers: { cookie: await t.login(account.username) } });
  }
  callers.push({ label: 'anonymous', headers: {} });
  for (const scope of API_SCOPES) {
    const made = await t.app.inject({ method: 'POST', url: '/api/admin/api-keys', headers: { cookie: admin }, payload: { name: `probe ${scope}`, scopes: [scope] } });
    expect(made.statusCode).toBe(201);
    callers.push({ label: `key ${scope}`, scope, headers: { 'x-api-key': made.json().key } });
  }
}, 600_000);

afterAll(async () => {
  await t?.close();
});

describe('route policies: every operation of the OpenAPI document', () => {
  it('every operation is in the expectation list, and every expectation names an operation', () => {
    const keys = operations().map((o) => o.key);
    expect(keys.length).toBeGreaterThan(100);
    expect(keys.filter((k) => !(k in EXPECTED)), 'operations missing from EXPECTED').toEqual([]);
    expect(Object.keys(EXPECTED).filter((k) => !keys.includes(k)), 'expectations without an operation').toEqual([]);
  });

  it('the declared policy of each operation (security, x-roles) is the expected one', () => {
    for (const { key, op } of operations()) {
      const want = parse(EXPECTED[key]!);
      const security = op.security;
      expect(security, `${key} declares security`).toBeDefined();
      if (want.public) {
        expect(security, key).toEqual([]);
        continue;
      }
      expect(new Set(op['x-roles'] ?? []), `${key} roles`).toEqual(want.roles);
      const scopes = new Set(security!.flatMap((s) => s.apiKey ?? []));
      expect(scopes, `${key} scopes`).toEqual(want.scopes);
      expect(security!.some((s) => 'session' in s), `${key} session`).toBe(want.roles.size > 0);
    }
  });

  it('every scope a route accepts can be given to a key, and every key scope opens some route', () => {
    const used = new Set(Object.values(EXPECTED).flatMap((s) => [...parse(s).scopes]));
    expect([...used].filter((s) => !(API_SCOPES as readonly string[]).includes(s))).toEqual([]);
    expect(API_SCOPES.filter((s) => s !== '*' && !used.has(s))).toEqual([]);
  });

  it('refuses every role, anonymous caller and API key the policy leaves out — and only those', async () => {
    const wrong: string[] = [];
    for (const { key, path, method } of operations()) {
      const want = parse(EXPECTED[key]!);
      const url = path.replace(/\{[^}]+\}/g, ZERO);
      for (const caller of callers) {
        const allowed =
          want.public ||
          (caller.role !== undefined && want.roles.has(caller.role)) ||
          (caller.scope !== undefined && want.scopes.size > 0 && (caller.scope === '*' || want.scopes.has(caller.scope)));
        if (allowed && NOT_CALLED_WHEN_ALLOWED.has(key)) continue;
        const res = await t.app.inject({ method: method as 'GET', url, headers: caller.headers });
        const body = res.headers['content-type']?.toString().includes('json') ? res.json() : {};
        const refusedAtDoor = (res.statusCode === 401 || res.statusCode === 403) && typeof body.policy === 'string';
        if (allowed && refusedAtDoor) wrong.push(`${key} refused ${caller.label} (${res.statusCode})`);
        if (!allowed) {
          const expected = caller.role === undefined && caller.scope === undefined ? 401 : 403;
          if (res.statusCode !== expected || !refusedAtDoor) wrong.push(`${key} let ${caller.label} through (${res.statusCode} ${body.code ?? ''})`);
        }
      }
    }
    expect(wrong).toEqual([]);
  }, 300_000);

  it('a key works for exactly what its scopes name (hotline:write sends tickets, credit:read reads the status)', async () => {
    const key = (scope: string) => callers.find((c) => c.scope === scope)!.headers;
    const ticket = { ticketNo: 'PROBE-1', receivedAt: '2026-11-26T02:00:00Z', content: '油烟扰民，请相关部门处理。' };
    expect((await t.app.inject({ method: 'POST', url: '/api/hotline/tickets', headers: key('hotline:write'), payload: ticket })).statusCode).toBe(201);
    expect((await t.app.inject({ method: 'POST', url: '/api/hotline/tickets', headers: key('credit:read'), payload: ticket })).statusCode).toBe(403);
    const [firm] = await t.deps.database.db.select().from(users).where(eq(users.role, 'enterprise')).limit(1);
    expect(firm).toBeDefined();
    const uscc = (await t.app.inject({ url: '/api/enterprises?pageSize=1', headers: callers.find((c) => c.role === 'admin')!.headers })).json().items[0].uscc;
    expect((await t.app.inject({ url: `/api/credit/${uscc}/status`, headers: key('credit:read') })).statusCode).toBe(200);
    expect((await t.app.inject({ url: `/api/credit/${uscc}/status`, headers: key('hotline:write') })).statusCode).toBe(403);
    // No key reads the penalty register itself (unpublished records included), not even `*`.
    expect((await t.app.inject({ url: '/api/credit/penalties', headers: key('*') })).statusCode).toBe(403);
  });

  it('refuses to start when a route declares no policy', async () => {
    const start = async () => {
      const app = await buildServer(t.deps, {
        routes: [(app) => void app.get('/api/unguarded', { schema: { summary: 'no policy' } }, async () => ({ ok: true }))],
        logger: false,
      });
      try {
        await app.ready();
      } finally {
        await app.close();
      }
    };
    await expect(start()).rejects.toThrow(/GET \/api\/unguarded declares no policy/);
  });

  it('the only routes without a policy are the listed plugin exemptions', () => {
    expect(routePolicyExemptions).toEqual(['the API browser (@fastify/swagger-ui): its page and assets']);
  });
});
