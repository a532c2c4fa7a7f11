import { z } from 'zod';
import { and, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { RegisterRoutes } from '../platform/http/types.js';
import { requireUser } from '../platform/policy/policy.js';
import { enterprises } from '../enterprises/schema.js';
import { signals, SIGNAL_KINDS } from './schema.js';

export const supervisionRoutes: RegisterRoutes = (app, deps) => {
  const { db } = deps.database;
  app.get(
    '/api/supervision/alerts',
    {
      schema: {
        tags: ['supervision'],
        summary: 'Supervision signals: A9 frequency alerts, over-frequency codes, late results, low ratings, complaints, back-filled codes, hotline tickets',
        querystring: z.object({
          kind: z.enum(SIGNAL_KINDS).optional(),
          status: z.enum(['open', 'case-opened', 'dismissed']).optional(),
          enterpriseUscc: z.string().max(32).optional(),
          page: z.coerce.number().int().min(1).default(1),
          pageSize: z.coerce.number().int().min(1).max(200).default(50),
        }),
      },
    },
    async (req) => {
      requireUser(req.ctx.actor, ['supervisor', 'admin']);
      const q = req.query;
      const conds: SQL[] = [];
      if (q.kind) conds.push(eq(signals.kind, q.kind));
      if (q.status) conds.push(eq(signals.status, q.status));
      if (q.enterpriseUscc) conds.push(eq(enterprises.uscc, q.enterpriseUscc.trim().toUpperCase()));
      const where = conds.length ? and(...conds) : undefined;
      const [total] = await db.select({ n: sql<number>`count(*)::int` }).from(signals).leftJoin(enterprises, eq(enterprises.id, signals.enterpriseId)).where(where);
      const rows = await db
        .select({ s: signals, enterpriseName: enterprises.name, uscc: enterprises.uscc })
        .from(signals)
        .leftJoin(enterprises, eq(enterprises.id, signals.enterpriseId))
        .where(where)
        .orderBy(desc(signals.createdAt), desc(signals.id))
        .limit(q.pageSize)
        .offset((q.page - 1) * q.pageSize);
      return {
        items: rows.map(({ s, enterpriseName, uscc }) => ({
          id: s.id,
          kind: s.kind,
          severity: s.severity,
          status: s.status,
          enterprise: s.enterpriseId ? { id: s.enterpriseId, name: enterpriseName, uscc } : null,
          inspectionId: s.inspectionId,
          departmentId: s.departmentId,
          detail: s.detail,
          createdAt: s.createdAt.toISOString(),
        })),
        total: total?.n ?? 0,
      };
    },
  );
};
