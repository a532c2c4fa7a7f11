/**
 * The OpenAPI document an integrator generates a client from: every operation has an operationId (unique) and a
 * schema for each 2xx answer (a JSON schema, a file's media types, or 204 without a body), declares its security
 * and refers to the documented problem answer. And an answer that does not match its schema is not sent.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { testApp, type TestApp } from '../support/app.js';
import { buildServer } from '../../src/platform/http/server.js';
import { PUBLIC } from '../../src/platform/policy/route-policy.js';
import fs from 'node:fs';
import { CLIENT_TYPES_PATH, DOCUMENT_PATH, renderArtifacts } from '../../scripts/lib/api-artifacts.js';

type Response = { $ref?: string; content?: Record<string, { schema?: unknown }> };
type Op = { operationId?: string; responses?: Record<string, Response>; security?: unknown[]; tags?: string[] };

let t: TestApp;
let doc: { openapi: string; info: { license?: unknown }; servers?: unknown[]; paths: Record<string, Record<string, Op>>; components: Record<string, Record<string, unknown>> };

beforeAll(async () => {
  t = await testApp({ seed: false });
  doc = (await t.app.inject({ url: '/api/openapi.json' })).json();
});
afterAll(async () => {
  await t?.close();
});

const operations = () =>
  Object.entries(doc.paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, op]) => ({ key: `${method.toUpperCase()} ${path}`, op })));

describe('OpenAPI document', () => {
  it('has 0 operations without an operationId or a 2xx schema', () => {
    const ops = operations();
    expect(ops.length).toBeGreaterThan(100);
    const noId = ops.filter(({ op }) => !op.operationId).map((o) => o.key);
    const no2xx = ops
      .filter(({ op }) => {
        const ok = Object.entries(op.responses ?? {}).filter(([s]) => /^2\d\d$/.test(s));
        if (ok.length === 0) return true;
        return !ok.every(([s, r]) => s === '204' || Object.values(r.content ?? {}).every((c) => c.schema !== undefined && Object.keys(c.schema as object).length > 0));
      })
      .map((o) => o.key);
    expect({ noOperationId: noId, no2xxSchema: no2xx }).toEqual({ noOperationId: [], no2xxSchema: [] });
    const ids = ops.map(({ op }) => op.operationId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('declares security, tags and the problem answer on every operation; license and servers', () => {
    for (const { key, op } of operations()) {
      expect(op.security, key).toBeDefined();
      expect(op.tags?.length, key).toBeGreaterThan(0);
      expect(Object.values(op.responses ?? {}).some((r) => r.$ref === '#/components/responses/Problem'), key).toBe(true);
    }
    expect(doc.components.responses!.Problem).toBeDefined();
    expect(doc.components.schemas!.Problem).toBeDefined();
    expect(doc.info.license).toBeDefined();
    expect(doc.servers?.length).toBeGreaterThan(0);
  });

  it('types the rows of every list in every 2xx answer (no array of anything; the enterprise file’s sections by row); free-form details stay objects', () => {
    const holes: string[] = [];
    const walk = (schema: unknown, at: string): void => {
      if (!schema || typeof schema !== 'object') return;
      const s = schema as Record<string, unknown>;
      if (s.type === 'array' && (!s.items || Object.keys(s.items as object).length === 0)) holes.push(at);
      for (const [k, v] of Object.entries(s)) {
        if (k === 'properties' && v && typeof v === 'object') for (const [name, p] of Object.entries(v)) walk(p, `${at}.${name}`);
        else if (k === 'items') walk(v, `${at}[]`);
        else if (k === 'anyOf' || k === 'oneOf' || k === 'allOf') (v as unknown[]).forEach((x, i) => walk(x, `${at}|${i}`));
        else if (k === 'additionalProperties') walk(v, `${at}{}`);
      }
    };
    for (const { key, op } of operations())
      for (const [status, r] of Object.entries(op.responses ?? {}))
        if (/^2\d\d$/.test(status)) for (const c of Object.values(r.content ?? {})) walk(c.schema, `${key} ${status}`);
    expect(holes).toEqual([]);
    const file = doc.paths['/api/enterprises/{uscc}']!.get!.responses!['200']!.content!['application/json']!.schema as {
      properties: { sections: { properties: Record<string, { items: { properties?: object; oneOf?: object[]; anyOf?: object[] } }>; required: string[] } };
    };
    const sections = file.properties.sections;
    expect(Object.keys(sections.properties).sort()).toEqual(['checkups', 'complaints', 'inspections', 'licences', 'penalties', 'supervision']);
    expect([...sections.required].sort()).toEqual(Object.keys(sections.properties).sort());
    for (const [name, s] of Object.entries(sections.properties)) expect(s.items.properties ?? s.items.oneOf ?? s.items.anyOf, name).toBeDefined();
  });

  it('does not send an answer that does not match its schema (500, problem+json)', async () => {
    const app = await buildServer(t.deps, {
      routes: [
        (app) =>
          void app.get(
            '/api/drifted',
            { config: { policy: PUBLIC }, schema: { operationId: 'drifted', response: { 200: z.object({ count: z.number() }) } } },
            async () => ({ count: 'three' }) as unknown as { count: number },
          ),
      ],
      logger: false,
    });
    try {
      const res = await app.inject({ url: '/api/drifted' });
      expect(res.statusCode).toBe(500);
      expect(res.headers['content-type']).toContain('application/problem+json');
    } finally {
      await app.close();
    }
  });
});

describe('committed API artifacts', () => {
  it('docs/openapi.json and the web client types are those of the routes (else run `npm run api:client`)', async () => {
    const { document, clientTypes } = await renderArtifacts(doc);
    const stale = [
      fs.readFileSync(DOCUMENT_PATH, 'utf8') === document ? null : DOCUMENT_PATH,
      fs.readFileSync(CLIENT_TYPES_PATH, 'utf8') === clientTypes ? null : CLIENT_TYPES_PATH,
    ].filter(Boolean);
    expect(stale, 'stale: run `npm run api:client` and commit the result').toEqual([]);
  });
});
