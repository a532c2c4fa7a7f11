/**
 * "No routes.ts runs SQL" (issue #19): the lint rule `routes/thin` (eslint/thin-routes.js, applied by
 * eslint.config.js to every route file) fails a route file that queries, opens a transaction or writes the audit
 * row, and passes the same code in an operation file; every route file of the tree passes it.
 */
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd: root });

async function ruleMessages(code: string, filePath: string) {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'routes/thin').map((m) => m.message);
}

const fatRoute = `
import { count, sql } from 'drizzle-orm';
import type { RegisterRoutes } from '../platform/http/types.js';
import { recordAudit } from '../platform/audit/record.js';
import { things } from './schema.js';

export const thingRoutes: RegisterRoutes = (app, deps) => {
  const { db } = deps.database;
  app.get('/api/things', {}, async (req) => {
    const [n] = await db.select({ n: count() }).from(things);
    await deps.database.db.execute(sql\`select 1\`);
    await db.transaction(async (tx) => {
      await tx.insert(things).values({ id: '1' });
      await recordAudit(tx, req.ctx, { action: 'thing.list' });
    });
    return { total: n?.n ?? 0 };
  });
  app.delete('/api/things/:id', {}, async () => ({}));
};
`;

const thinRoute = `
import { z } from 'zod';
import type { RegisterRoutes } from '../platform/http/types.js';
import { listThings } from './list-things.js';
import { removeThing } from './remove-thing.js';

export const thingRoutes: RegisterRoutes = (app, deps) => {
  const { db } = deps.database;
  app.get('/api/things', { schema: { querystring: z.object({ q: z.string().optional() }) } }, async (req) => listThings(db, req.ctx, req.query));
  app.delete('/api/things/:id', {}, async (req, reply) => {
    await removeThing(db, req.ctx, (req.params as { id: string }).id);
    return reply.status(204).send();
  });
};
`;

describe('lint: thin routes', () => {
  it('fails a route file that imports the ORM, queries, opens a transaction, writes SQL or audits', async () => {
    for (const filePath of ['src/things/routes.ts', 'src/things/service-routes.ts', 'src/things/routes-work.ts', 'src/platform/things/routes.ts']) {
      const messages = await ruleMessages(fatRoute, filePath);
      expect(messages.some((m) => m.includes('does not import drizzle-orm')), filePath).toBe(true);
      expect(messages.some((m) => m.includes('does not write the audit row')), filePath).toBe(true);
      expect(messages.some((m) => m.includes('`select`')), filePath).toBe(true);
      expect(messages.some((m) => m.includes('`execute`')), filePath).toBe(true);
      expect(messages.some((m) => m.includes('`insert`')), filePath).toBe(true);
      expect(messages.some((m) => m.includes('does not open a transaction')), filePath).toBe(true);
      expect(messages.some((m) => m.includes('does not write SQL')), filePath).toBe(true);
      // `app.delete` registers a route: it is not a query
      expect(messages.some((m) => m.includes('`delete`')), filePath).toBe(false);
    }
  });

  it('the lint as a whole fails on the violation (an error, not a warning)', async () => {
    const [result] = await eslint.lintText(fatRoute, { filePath: 'src/things/routes.ts' });
    expect(result!.errorCount).toBeGreaterThanOrEqual(7);
  });

  it('passes a thin route, and the same queries in an operation file', async () => {
    expect(await ruleMessages(thinRoute, 'src/things/routes.ts')).toEqual([]);
    expect(await ruleMessages(fatRoute, 'src/things/list-things.ts')).toEqual([]);
  });

  it('every route file of the tree is thin', async () => {
    const results = await eslint.lintFiles(['src/**/routes.ts', 'src/**/*-routes.ts', 'src/**/routes-*.ts']);
    expect(results.length).toBeGreaterThan(15);
    const fat = results.flatMap((r) =>
      r.messages.filter((m) => m.ruleId === 'routes/thin').map((m) => `${r.filePath}:${m.line} ${m.message}`),
    );
    expect(fat).toEqual([]);
  });
});
