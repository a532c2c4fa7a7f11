import { z } from 'zod';
import type { Db } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import { requireUser } from '../platform/policy/policy.js';
import { CASE_READERS } from './access.js';
import { SIGNAL_KINDS } from './schema.js';
import { caseFigures } from './case-figures.js';
import { readSignalFigures } from './signal-figures.js';
import { figuresAsOf } from '../platform/rollup/fold.js';
import { VISIT_FIGURES_ROLLUP } from '../inspections/index.js';
import { SIGNAL_FIGURES_ROLLUP } from './signal-changes.js';
import { visitFigures } from './visit-figures.js';

export const figuresQuery = z.object({
  from: z.coerce.date().optional(),
  to: z.coerce.date().optional(),
  departmentId: z.uuid().optional(),
  granularity: z.enum(['week', 'month']).default('month'),
  top: z.coerce.number().int().min(1).max(100).default(10),
});
export type FiguresQuery = z.infer<typeof figuresQuery>;

/**
 * B3 and H2 — the supervision dashboard for cases opened (signals raised, inspections started) in [from, to):
 *   cases by source, status and department; on-time completion rate = closed within deadline ÷ closed (B3);
 *   average handling time (opened → accepted answer, closed cases); overdue cases;
 *   signals by kind; inspections per department and per enterprise (repeat-inspection heat), top enterprises;
 *   trends by week or month.
 * Cases are read live (a small table); signals and inspections from the incremental aggregates kept by the
 * rollup (job `figures-rollup`; see visit-figures.ts, signal-figures.ts), so the whole history answers in
 * milliseconds at province scale, as of the rollup's last fold (`asOf`). Supervisors and administrators see every department (optionally one); department users their own.
 */
export async function supervisionFigures(db: Db, ctx: Ctx, q: FiguresQuery) {
  const user = requireUser(ctx.actor, CASE_READERS);
  const departmentId =
    user.role === 'supervisor' || user.role === 'admin'
      ? q.departmentId
      : (user.departmentId ?? '00000000-0000-0000-0000-000000000001');
  const g = q.granularity;
  const range = { from: q.from, to: q.to, departmentId, granularity: g };

  const [cases, signals, visits, asOf] = await Promise.all([
    caseFigures(db, range, ctx.now),
    readSignalFigures(db, range),
    visitFigures(db, { ...range, top: q.top, now: ctx.now }),
    figuresAsOf(db, [VISIT_FIGURES_ROLLUP, SIGNAL_FIGURES_ROLLUP]),
  ]);

  const signalTrend = new Map<string, number>();
  for (const s of signals) signalTrend.set(s.p!, (signalTrend.get(s.p!) ?? 0) + s.n);
  const byKind = new Map<string, { n: number; open: number }>();
  for (const s of signals) {
    const k = byKind.get(s.kind) ?? { n: 0, open: 0 };
    byKind.set(s.kind, { n: k.n + s.n, open: k.open + s.open });
  }
  const periods = [
    ...new Set([
      ...cases.trend.opened.map((r) => r.p),
      ...cases.trend.closed.map((r) => r.p),
      ...signalTrend.keys(),
      ...[...visits.trend].filter(([, n]) => n !== 0).map(([p]) => p),
    ]),
  ]
    .filter(Boolean)
    .sort();
  const kinds = [...byKind.values()];

  return {
    range: {
      from: q.from?.toISOString() ?? null,
      to: q.to?.toISOString() ?? null,
      departmentId: departmentId ?? null,
      granularity: g,
    },
    cases: cases.figures,
    signals: {
      total: kinds.reduce((a, r) => a + r.n, 0),
      open: kinds.reduce((a, r) => a + r.open, 0),
      byKind: Object.fromEntries(SIGNAL_KINDS.map((k) => [k, byKind.get(k)?.n ?? 0])) as Record<
        (typeof SIGNAL_KINDS)[number],
        number
      >,
    },
    inspections: visits.figures,
    trend: periods.map((p) => {
      const closed = cases.trend.closed.find((r) => r.p === p);
      return {
        period: p,
        casesOpened: cases.trend.opened.find((r) => r.p === p)?.opened ?? 0,
        casesClosed: closed?.closed ?? 0,
        casesClosedOnTime: closed?.on_time ?? 0,
        signals: signalTrend.get(p) ?? 0,
        inspections: visits.trend.get(p) ?? 0,
      };
    }),
    asOf,
  };
}

export type SupervisionFigures = Awaited<ReturnType<typeof supervisionFigures>>;
