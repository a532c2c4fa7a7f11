/**
 * `src/parts.ts` is the only registry: every scheduled job, every route of the running application (its Fastify
 * route table, read back from the OpenAPI document), every outbox deliverer's topic, every message code and every
 * section of the enterprise file is found in exactly one part of that list — and nothing in src/ registers itself
 * by being imported (no call of a registering function outside src/parts.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RouteOptions } from 'fastify';
import { testApp, type TestApp } from '../support/app.js';
import { installParts, parts } from '../../src/parts.js';
import { buildServer } from '../../src/platform/http/server.js';
import type { RegisterRoutes } from '../../src/platform/http/types.js';
import { jobDefinitions } from '../../src/platform/jobs/define-job.js';
import { deliverers } from '../../src/platform/outbox/deliverers.js';
import { BASE_MESSAGE_CODES, messageCodes } from '../../src/platform/i18n/messages.js';

const root = path.resolve(import.meta.dirname, '../..');
let t: TestApp;

beforeAll(async () => {
  t = await testApp({ seed: false });
}, 300_000);
afterAll(() => t?.close());

/** Names that occur in more than one of the lists. */
function repeated(lists: string[][]): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const name of lists.flat()) (seen.has(name) ? twice : seen).add(name);
  return [...twice];
}

/** `GET /api/x/{id}` for every route a part's `routes` declares (OpenAPI's path form), hidden ones aside. */
async function routesOf(register: RegisterRoutes): Promise<string[]> {
  const found: string[] = [];
  const recorder: RegisterRoutes = (app) => {
    app.addHook('onRoute', (route: RouteOptions) => {
      if ((route.schema as { hide?: boolean } | undefined)?.hide) return;
      for (const method of [route.method].flat()) {
        if (method === 'HEAD') continue;
        found.push(`${method} ${route.url.replace(/:(\w+)/g, '{$1}')}`);
      }
    });
  };
  const app = await buildServer(t.deps, { routes: [recorder, register], logger: false });
  await app.ready();
  await app.close();
  return found;
}

describe('src/parts.ts is the only registry', () => {
  it('every scheduled job is one of a part’s jobs', () => {
    const listed = parts.map((p) => (p.jobs ?? []).map((j) => j.name));
    expect(repeated(listed)).toEqual([]);
    expect(jobDefinitions().map((d) => d.name).sort()).toEqual(listed.flat().sort());
    expect(listed.flat()).toEqual(expect.arrayContaining(['inspection-overdue-results', 'supervision-deadlines', 'credit-auto-repair']));
  });

  it('every outbox deliverer is one of a part’s deliverers', () => {
    const listed = parts.map((p) => (p.deliverers ?? []).map((d) => d.topic));
    expect(repeated(listed)).toEqual([]);
    expect(deliverers().map((d) => d.topic).sort()).toEqual(listed.flat().sort());
    expect(listed.flat()).toEqual(expect.arrayContaining(['credit.repair', 'notify.sms']));
  });

  it('every message code is the request layer’s own or in exactly one part’s dictionary', () => {
    const listed = parts.map((p) => Object.keys(p.messages ?? {}));
    expect(repeated([...listed, [...BASE_MESSAGE_CODES]])).toEqual([]);
    expect(messageCodes().sort()).toEqual([...BASE_MESSAGE_CODES, ...listed.flat()].sort());
  });

  it('every section of the enterprise file is one part’s', () => {
    const listed = parts.map((p) => Object.keys(p.fileSections ?? {}));
    expect(repeated(listed)).toEqual([]);
    expect(listed.flat().sort()).toEqual(['checkups', 'complaints', 'inspections', 'licences', 'penalties', 'supervision']);
  });

  it('every route of the application is declared by exactly one part', async () => {
    const byPart: string[][] = [];
    for (const part of parts) byPart.push(part.routes ? await routesOf(part.routes) : []);
    expect(repeated(byPart)).toEqual([]);
    for (const [i, part] of parts.entries()) if (part.routes) expect(byPart[i], part.name).not.toEqual([]);
    const doc = t.app.swagger() as { paths: Record<string, Record<string, unknown>> };
    const served = Object.entries(doc.paths).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`));
    expect(served.sort()).toEqual(byPart.flat().sort());
  }, 300_000);

  it('src/schema.ts (drizzle-kit\'s schema) lists every table file of src/', () => {
    const listed = [...fs.readFileSync(path.join(root, 'src/schema.ts'), 'utf8').matchAll(/^export \* from '\.\/(.+)\.js';$/gm)].map((m) => `src/${m[1]}.ts`);
    const tables: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(file);
        else if (entry.name === 'schema.ts' || entry.name === 'figures-schema.ts') tables.push(path.relative(root, file));
      }
    };
    walk(path.join(root, 'src'));
    expect(listed.sort()).toEqual(tables.filter((f) => f !== 'src/schema.ts').sort());
  });

  it('installing twice changes nothing', () => {
    const jobs = jobDefinitions().length;
    installParts();
    expect(jobDefinitions().length).toBe(jobs);
  });

  it('nothing in src/ registers itself: only src/parts.ts calls the registering functions', () => {
    const registering = /\b(registerMessages|defineJob|registerDeliverer|registerFileSection|registerDataClass)\(/;
    const callers: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(file);
        else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) {
          const text = fs.readFileSync(file, 'utf8');
          // Definitions (`export function defineJob(`) are not calls.
          const calls = text.split('\n').filter((l) => registering.test(l) && !/^\s*(export )?function /.test(l) && !/^\s*(\/\/|\*)/.test(l));
          if (calls.length) callers.push(path.relative(root, file));
        }
      }
    };
    walk(path.join(root, 'src'));
    expect(callers).toEqual(['src/parts.ts']);
  });
});
