/**
 * Hostile input: for every write endpoint of the OpenAPI document, generated requests that are invalid by
 * construction — wrong types, missing required fields, values outside their enum/format/range, invalid USCCs,
 * dates out of range, strings past their limit, deep nesting, broken JSON, wrong content types, a body over the
 * 1 MiB limit — dressed with extra fields and SQL / HTML injection in the other strings. Path parameters are
 * hostile or unknown ids, so no real row is addressed. Sent anonymously, with staff sessions and with the demo
 * API key. Only 4xx may come back, and the database must be unchanged afterwards.
 *
 * Besides the random bodies, every write route gets each hostile class (hostile-classes.ts: lone surrogates,
 * U+0000, overlong strings, out-of-range numbers, deep nesting, prototype keys) from every signed-in caller, and
 * every import route the upload-amplification files (hostile-imports.ts). The server's memory growth (peak RSS
 * over the RSS before the first request) and the slowest /api/health answer during the run are reported.
 */
import fs from 'node:fs';
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { DRAIN_MAX_BYTES } from '../../src/platform/http/body-limit.js';
import { DEMO_API_KEY } from '../../src/demo/seed.js';
import { call, login, withClient, type Rng, type ScenarioResult } from './lib.js';
import { snapshot } from './invariants.js';
import { startServer, type ServerOptions } from './server.js';
import { HOSTILE_CLASSES, classBody, sampleBody, type HostileClass, type Schema } from './hostile-classes.js';
import { amplificationImports } from './hostile-imports.js';

/** Most the server's resident memory may grow over the run (MiB): the amplification uploads once cost +520 MB. */
export const MEMORY_GROWTH_LIMIT_MIB = 384;

/** Resident and peak resident memory of a process (MiB), from /proc; the peak is reset when `reset`. */
function memoryOf(pid: number | undefined, reset = false): { rss: number; peak: number } | undefined {
  if (!pid) return undefined;
  try {
    if (reset) fs.writeFileSync(`/proc/${pid}/clear_refs`, '5');
  } catch {
    /* not resettable here: the peak then includes start-up */
  }
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (k: string) => Number(new RegExp(`^${k}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
  } catch {
    return undefined;
  }
}

/** Rows of the tables the checksums leave out: sessions, audit rows of acts (outcome ok), refusals. */
async function uncheckedCounts(c: import('pg').Client): Promise<Record<string, number>> {
  const r = await c.query<{ sessions: string; acts: string; denied: string }>(
    `SELECT (SELECT count(*) FROM session) AS sessions,
            (SELECT count(*) FROM audit_log WHERE outcome = 'ok') AS acts,
            (SELECT count(*) FROM audit_log WHERE outcome <> 'ok') AS denied`,
  );
  const row = r.rows[0]!;
  return { 'session rows': Number(row.sessions), 'audit rows of acts (outcome ok)': Number(row.acts), denied: Number(row.denied) };
}

interface Endpoint {
  method: string;
  path: string;
  params: { name: string; schema: Schema }[];
  body?: Schema;
}

/**
 * Tables left out of the before/after comparison, because refusing a request legitimately writes to them:
 * audit_log (refusals by the policy layer are audited, and so are sign-ins), session (the harness's own sign-ins,
 * and every request moves `last_seen_at`).
 */
export const UNCHECKED_TABLES = ['audit_log', 'session'];

const INJECTIONS = [
  "'; DROP TABLE enterprise; --",
  "' OR '1'='1",
  '1; SELECT pg_sleep(5)--',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(document.cookie)>',
  '{{7*7}}${7*7}',
  '../../../../etc/passwd',
  '\u0000\u0001\u202e',
  '𠀀𠀁😀'.repeat(10),
];
const BAD_USCCS = ['91340200MA2N1234X', '9134020', 'ZZZZZZZZZZZZZZZZZZ', '91340200MA2N12345O', "913402' OR 1=1--", '913402005MA2N1234'];
const BAD_DATES = ['275760-09-14', '0000-00-00', '9999-99-99', '-000001-01-01T00:00:00Z', '2026-02-30', '1e400', 'yesterday', '2026-13-01T25:61:61Z'];
const MIB = 1024 * 1024;

/** The route's body with its required properties only. */
const skeleton = (s: Schema | undefined): unknown => sampleBody(s, 'required');

/** A value its schema refuses whatever coercion it applies (never null where null is allowed). */
function invalidFor(s: Schema | undefined, rng: Rng, name: string): unknown {
  const v = invalidValue(s, rng, name);
  return v === null && (s?.nullable || s?.anyOf?.some((x) => x.type === 'null')) ? { $ne: null } : v;
}

function invalidValue(s: Schema | undefined, rng: Rng, name: string): unknown {
  if (!s || (!s.type && !s.enum && !s.anyOf && !s.oneOf)) return { $gt: '' }; // z.coerce.date() and friends refuse an object
  if (/uscc/i.test(name)) return rng.pick(BAD_USCCS);
  if (s.enum) return rng.pick(['', 'DROP', "' OR 1=1", '<b>x</b>', 42, { $ne: null }]);
  switch (s.type) {
    case 'string': {
      const options: unknown[] = [{ $ne: null }, ['x'], 12345, true, null];
      if (s.format === 'uuid') options.push(rng.pick(INJECTIONS), 'not-a-uuid', '00000000-0000-0000-0000-0000000000000');
      if (s.format === 'date' || s.format === 'date-time' || /date|day/i.test(name)) options.push(rng.pick(BAD_DATES));
      if (s.maxLength !== undefined && s.maxLength < MIB / 2) options.push('字'.repeat(s.maxLength + 1 + rng.int(0, 1000)));
      if (s.pattern) options.push(rng.pick(INJECTIONS));
      if (s.minLength && s.minLength > 0) options.push('');
      return rng.pick(options);
    }
    case 'integer':
    case 'number': {
      const options: unknown[] = [{ $gt: 0 }, 'NaN', [1, 2], null];
      if (s.maximum !== undefined) options.push(s.maximum * 10 + 1, 1e308);
      if (s.minimum !== undefined) options.push(s.minimum - 1, -1e308);
      if (s.type === 'integer') options.push(1.5);
      return rng.pick(options);
    }
    case 'boolean':
      return rng.pick([{ $ne: null }, [true], 'maybe', null]);
    case 'array': {
      const options: unknown[] = ["1; DROP TABLE x", { length: 1 }, null, 7];
      if (s.minItems) options.push([]);
      if (s.maxItems !== undefined) options.push(Array.from({ length: s.maxItems + 1 }, () => skeleton(s.items)));
      return rng.pick(options);
    }
    case 'object':
      return rng.pick(['{"a":1}', [], 0, null]);
    default:
      return { $gt: '' };
  }
}

function deep(levels: number, asArray: boolean): string {
  return asArray ? '['.repeat(levels) + ']'.repeat(levels) : '{"a":'.repeat(levels) + '1' + '}'.repeat(levels);
}

function garnish(body: Record<string, unknown>, s: Schema, rng: Rng, keep?: string) {
  body[rng.pick(['__proto__', 'constructor', '$where', 'isAdmin', 'role', 'id', 'createdAt', '<script>'])] = rng.pick([{ polluted: true }, 'admin', "1' OR '1'='1", 1e21]);
  for (const [k, p] of Object.entries(s.properties ?? {})) {
    if (k !== keep && k in body && p.type === 'string' && !p.enum && !p.format && !p.pattern && rng.next() < 0.5) {
      const inj = rng.pick(INJECTIONS);
      if (p.maxLength === undefined || inj.length <= p.maxLength) body[k] = inj;
    }
  }
}

interface Attempt {
  body?: string | Buffer;
  contentType?: string;
  kind: string;
}

/** One invalid request body for the endpoint; the first of each endpoint carries U+0000 in every string. */
function hostileBody(e: Endpoint, rng: Rng, first = false): Attempt {
  const s = e.body;
  if (first && s?.type === 'object') {
    // PostgreSQL text cannot hold U+0000: a well-formed body carrying it must be refused, not fail in the database.
    const body = skeleton(s) as Record<string, unknown>;
    let carried = 0;
    for (const [k, p] of Object.entries(s.properties ?? {})) {
      if (k in body && p.type === 'string' && !p.enum) {
        body[k] = `x\u0000${String(body[k] ?? '')}`;
        carried++;
      }
    }
    // A body with no free-text field cannot carry U+0000: it would be a valid request, not a hostile one.
    if (carried) return { kind: 'nul-bytes', body: JSON.stringify(body), contentType: 'application/json' };
  }
  const roll = rng.int(0, 99);
  if (!s || s.type !== 'object') {
    // No JSON body expected: anything we send must still be refused (unknown ids in the path).
    return rng.pick<Attempt>([{ kind: 'no-body' }, { kind: 'junk-json', body: '{"x":1}', contentType: 'application/json' }, { kind: 'text', body: rng.pick(INJECTIONS), contentType: 'text/plain' }]);
  }
  if (roll < 6) return { kind: 'broken-json', body: rng.pick(['{"a":', '{a:1}', "{'x':1}", '{"x":1}}', '\u0000', '', '[1,2', '{"x":"\ud800"']), contentType: 'application/json' };
  if (roll < 12) {
    const ct = rng.pick(['text/plain', 'application/xml', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=zzz', 'application/json; charset=utf-7', 'image/png']);
    // The body is invalid even where the type is accepted (e.g. a charset parameter is ignored): an array, not the object.
    return { kind: 'content-type', body: ct.startsWith('application/xml') ? '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>' : JSON.stringify([skeleton(s)]), contentType: ct };
  }
  if (roll < 16) return { kind: 'top-level-type', body: JSON.stringify(rng.pick([[], 'x', 42, null, true, [skeleton(s)]])), contentType: 'application/json' };
  if (roll < 19) return { kind: 'over-1MiB', body: JSON.stringify({ ...(skeleton(s) as object), pad: 'x'.repeat(MIB + 10) }), contentType: 'application/json' };
  if (roll < 23) return { kind: 'deep-nesting', body: rng.next() < 0.5 ? deep(rng.int(1000, 100_000), rng.next() < 0.5) : `{"${Object.keys(s.properties ?? { x: 1 })[0]}":${deep(rng.int(1000, 50_000), true)}}`, contentType: 'application/json' };
  const body = skeleton(s) as Record<string, unknown>;
  const required = s.required ?? [];
  const props = Object.keys(s.properties ?? {});
  if (roll < 40 && required.length) {
    delete body[rng.pick(required)];
    garnish(body, s, rng);
    return { kind: 'missing-field', body: JSON.stringify(body), contentType: 'application/json' };
  }
  const target = required.length && rng.next() < 0.7 ? rng.pick(required) : props.length ? rng.pick(props) : undefined;
  if (!target) return { kind: 'top-level-type', body: '[]', contentType: 'application/json' };
  const p = s.properties?.[target];
  if (p?.type === 'object' && p.properties && rng.next() < 0.5) {
    // Reach one level down (window.start …).
    const inner = (body[target] as Record<string, unknown>) ?? (skeleton(p) as Record<string, unknown>);
    const key = rng.pick(Object.keys(p.properties));
    inner[key] = invalidFor(p.properties[key], rng, key);
    body[target] = inner;
  } else body[target] = invalidFor(p, rng, target);
  garnish(body, s, rng, target);
  if (rng.next() < 0.1) body.notes = 'x'.repeat(1_000_000); // a 1 MB string beside the invalid field
  return { kind: 'invalid-field', body: JSON.stringify(body), contentType: 'application/json' };
}

function hostileParam(name: string, rng: Rng): string {
  return encodeURIComponent(rng.next() < 0.5 ? randomUUID() : rng.pick([...INJECTIONS, ...BAD_USCCS, ...BAD_DATES, 'x'.repeat(500), '%00', '..', name === 'code' ? 'national\u0000' : 'NaN']));
}

/** True when the server answers a body declared past every limit with 413 problem+json, before any byte of it. */
function answers413(base: string, method: string, path: string, caller: { cookie?: string; apiKey?: string }): Promise<boolean> {
  return new Promise((resolve) => {
    const headers: Record<string, string> = { 'content-type': 'application/json', 'content-length': String(DRAIN_MAX_BYTES + 1) };
    if (caller.cookie) headers.cookie = caller.cookie;
    if (caller.apiKey) headers['x-api-key'] = caller.apiKey;
    const req = http.request(base + path, { method, headers, timeout: 10_000 }, (res) => {
      const ok = res.statusCode === 413 && String(res.headers['content-type']).startsWith('application/problem+json');
      res.resume();
      req.destroy();
      resolve(ok);
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(false));
    req.flushHeaders();
  });
}

export async function hostileInput(o: ServerOptions & { perEndpoint: number; clients: number; rng: Rng; log: (s: string) => void }): Promise<ScenarioResult> {
  const result: ScenarioResult = { name: 'hostile input', counts: { endpoints: 0, requests: 0, refused4xx: 0, closedAfter413: 0, accepted2xx: 0, errors5xx: 0, connectionErrors: 0 }, violations: [], notes: [] };
  // No background workers: jobs and the outbox would change tables on their own.
  const server = await startServer({ ...o, env: { ...o.env, QINQING_WORKERS: '0' } });
  try {
    const doc = (await call(server.url, 'GET', '/api/openapi.json')).body as { paths: Record<string, Record<string, { parameters?: { in: string; name: string; schema: Schema }[]; requestBody?: { content: Record<string, { schema: Schema }> } }>> };
    const endpoints: Endpoint[] = [];
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const [method, d] of Object.entries(methods)) {
        if (!['post', 'put', 'patch', 'delete'].includes(method)) continue;
        endpoints.push({ method: method.toUpperCase(), path, params: (d.parameters ?? []).filter((p) => p.in === 'path').map((p) => ({ name: p.name, schema: p.schema })), body: d.requestBody?.content['application/json']?.schema });
      }
    }
    const callers: { name: string; cookie?: string; apiKey?: string }[] = [{ name: 'anonymous' }, { name: 'api-key', apiKey: DEMO_API_KEY }];
    for (const u of ['admin', 'officer1', 'supervisor', 'enterprise1', 'credit']) {
      try {
        callers.push({ name: u, cookie: await login(server.url, u) });
      } catch {
        result.notes.push(`could not sign in as ${u}`);
      }
    }
    const before = await withClient(o.databaseUrl, (c) => snapshot(c, UNCHECKED_TABLES));
    const beforeCounts = await withClient(o.databaseUrl, uncheckedCounts);
    result.counts.endpoints = endpoints.length;
    const signedIn = callers.filter((c) => c.cookie || c.apiKey);
    // Each hostile class from each signed-in caller first, then random invalid bodies up to perEndpoint.
    type Job = { e: Endpoint; i: number; cls?: HostileClass; caller?: (typeof callers)[number] };
    const queue: Job[] = endpoints.flatMap((e) => {
      const classes: Job[] = HOSTILE_CLASSES.flatMap((cls) => signedIn.map((caller, k) => ({ e, i: k, cls, caller })));
      const random = Array.from({ length: Math.max(10, o.perEndpoint - classes.length) }, (_, i) => ({ e, i }));
      return [...classes, ...random];
    });
    const byClass = new Map<string, number>();
    const memStart = memoryOf(server.process.pid, true);
    let healthWorst = 0;
    let polling = true;
    const poller = (async () => {
      while (polling) {
        const t0 = Date.now();
        await call(server.url, 'GET', '/api/health', { timeoutMs: 30_000 });
        healthWorst = Math.max(healthWorst, Date.now() - t0);
        await new Promise((r) => setTimeout(r, 250));
      }
    })();
    const byStatus = new Map<number, number>();
    const byEndpoint = new Map<string, number>();
    const failures = new Map<string, number>();
    await Promise.all(
      Array.from({ length: o.clients }, async () => {
        for (;;) {
          const job = queue.shift();
          if (!job) return;
          const { e } = job;
          // Endpoints with nothing to make invalid (no body, no path parameter) are only tried without credentials.
          const noInput = !e.body && e.params.length === 0;
          let caller = noInput ? callers[0]! : o.rng.pick(callers);
          let path = e.path;
          for (const p of e.params) path = path.replace(`{${p.name}}`, hostileParam(p.name, o.rng));
          let a: Attempt;
          if (job.cls) {
            const b = classBody(e.body, job.cls, job.i);
            if (!b) continue;
            a = { kind: job.cls, ...b };
            caller = job.caller!;
            byClass.set(job.cls, (byClass.get(job.cls) ?? 0) + 1);
          } else a = hostileBody(e, o.rng, job.i === 0);
          const r = await call(server.url, e.method, path, { body: a.body, contentType: a.contentType, cookie: caller.cookie, headers: caller.apiKey ? { 'x-api-key': caller.apiKey } : {}, timeoutMs: 30_000 });
          result.counts.requests!++;
          byStatus.set(r.status, (byStatus.get(r.status) ?? 0) + 1);
          byEndpoint.set(`${e.method} ${e.path}`, (byEndpoint.get(`${e.method} ${e.path}`) ?? 0) + 1);
          // An over-limit body is answered 413 and the connection closed; the server reads the rest first
          // (src/platform/http/body-limit.ts), but a client on a loaded machine may still see the close before the
          // answer. Tell that deliberate close from a crash: the same request, declared too large and never sent,
          // must get its 413 problem+json at once.
          if (r.status === 0 && a.kind === 'over-1MiB' && (await answers413(server.url, e.method, path, caller))) {
            result.counts.closedAfter413 = (result.counts.closedAfter413 ?? 0) + 1;
            continue;
          }
          if (r.status >= 400 && r.status < 500) result.counts.refused4xx!++;
          else if (noInput && r.status >= 200 && r.status < 300) {
            // Nothing to refuse (e.g. sign-out without a session is a no-op): allowed, as long as nothing changes.
            result.counts.noInputAccepted = (result.counts.noInputAccepted ?? 0) + 1;
          } else {
            if (r.status === 0) result.counts.connectionErrors!++;
            else if (r.status >= 500) result.counts.errors5xx!++;
            else result.counts.accepted2xx!++;
            const key = `${e.method} ${e.path} → ${r.status || 'connection error'}`;
            failures.set(key, (failures.get(key) ?? 0) + 1);
            if ((failures.get(key) ?? 0) <= 3 || job.cls) {
              result.violations.push({ scenario: result.name, what: `${e.method} ${e.path} answered ${r.status || r.error} to a ${a.kind} body as ${caller.name}`, detail: { path, body: typeof a.body === 'string' ? a.body.slice(0, 300) : undefined, reply: typeof r.body === 'string' ? r.body.slice(0, 300) : r.body } });
            }
          }
        }
      }),
    );
    const importPaths = Object.entries(doc.paths)
      .filter(([p, m]) => /\/import$/.test(p) && m.post)
      .map(([p]) => p);
    const slowestImport = await amplificationImports(server.url, importPaths, signedIn, result);
    polling = false;
    await poller;
    const memEnd = memoryOf(server.process.pid);
    if (memStart && memEnd) {
      const growth = Math.max(memEnd.peak, memEnd.rss) - memStart.rss;
      result.counts.memoryGrowthMiB = Math.round(growth);
      result.notes.push(`server memory: ${memStart.rss.toFixed(0)} MiB resident before, peak ${memEnd.peak.toFixed(0)} MiB, growth ${growth.toFixed(0)} MiB (limit ${MEMORY_GROWTH_LIMIT_MIB})`);
      if (growth > MEMORY_GROWTH_LIMIT_MIB) result.violations.push({ scenario: result.name, what: `server memory grew ${growth.toFixed(0)} MiB (limit ${MEMORY_GROWTH_LIMIT_MIB})` });
    } else result.notes.push('server memory: not measurable here (no /proc)');
    result.counts.slowestImportMs = slowestImport;
    result.counts.healthWorstMs = healthWorst;
    result.notes.push(`hostile classes sent: ${[...byClass.entries()].map(([k, n]) => `${k}×${n}`).join(' ')}`);
    const alive = await call(server.url, 'GET', '/api/health');
    if (alive.status !== 200) result.violations.push({ scenario: result.name, what: `server unhealthy after the hostile input: ${alive.status || alive.error}` });
    const after = await withClient(o.databaseUrl, (c) => snapshot(c, UNCHECKED_TABLES));
    for (const [t, v] of before) if (after.get(t) !== v) result.violations.push({ scenario: result.name, what: `table ${t} changed`, detail: { before: v, after: after.get(t) } });
    for (const t of after.keys()) if (!before.has(t)) result.violations.push({ scenario: result.name, what: `table ${t} appeared` });
    // The two tables left out of the checksums still may not gain rows: sessions none, the audit log no act (only refusals).
    const afterCounts = await withClient(o.databaseUrl, uncheckedCounts);
    result.counts.deniedAuditRows = afterCounts.denied! - beforeCounts.denied!;
    for (const [k, v] of Object.entries(beforeCounts)) {
      if (k !== 'denied' && afterCounts[k] !== v) result.violations.push({ scenario: result.name, what: `${k} changed`, detail: { before: v, after: afterCounts[k] } });
    }
    result.counts.tablesCompared = before.size;
    result.notes.push(`statuses: ${[...byStatus.entries()].sort((a, b) => a[0] - b[0]).map(([s, n]) => `${s}×${n}`).join(' ')}`);
    for (const [k, n] of failures) result.notes.push(`${k}: ${n}×`);
    result.notes.push(`tables not compared (refusals and sign-ins legitimately write them): ${UNCHECKED_TABLES.join(', ')}`);
  } finally {
    await server.kill('SIGTERM');
  }
  return result;
}
