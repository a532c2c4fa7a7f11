/**
 * F1/F4 figures beyond the contract's three: the exemption rate by department, item and rule and its trend by
 * month; verifications by channel and region; 协查 answered on time; commitments checked and found false. Every
 * number is counted from the rows now.
 */
import { sql } from 'drizzle-orm';
import { rows, type Db } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import { requireUser } from '../platform/policy/policy.js';
import { chinaDayOf } from '../calendar/index.js';
import { STAFF } from './policy.js';
import { EXEMPTION_RULES, exemptionRate } from './rules/exemption.js';

const rate = <T extends { materials: number; exempt: number }>(r: T) => ({
  ...r,
  exemptionRate: exemptionRate(r.materials, r.exempt),
});

/** The last `n` months as YYYY-MM, oldest first, ending with the month of `now` (China time). */
export function lastMonths(now: Date, n: number): string[] {
  const [y, m] = chinaDayOf(now).split('-').map(Number) as [number, number];
  return Array.from({ length: n }, (_, i) => {
    const k = y * 12 + (m - 1) - (n - 1 - i);
    return `${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}`;
  });
}

export async function figureDetails(db: Db, ctx: Ctx) {
  requireUser(ctx.actor, STAFF);
  const [byDepartment, byRule, byItem, trendRows, channels, assists, commitments] = await Promise.all([
    rows<{ departmentId: string; name: string; materials: number; exempt: number }>(
      db,
      sql`SELECT d.id AS "departmentId", d.name, count(m.id)::int AS materials, count(m.id) FILTER (WHERE m.rule <> 'required')::int AS exempt
          FROM proof_material m JOIN proof_service_item i ON i.id = m.item_id JOIN department d ON d.id = i.department_id
          GROUP BY d.id, d.name ORDER BY materials DESC, d.name`,
    ),
    rows<{ rule: string; count: number }>(
      db,
      sql`SELECT rule, count(*)::int AS count FROM proof_material GROUP BY rule`,
    ),
    rows<{ itemId: string; code: string; name: string; materials: number; exempt: number }>(
      db,
      sql`SELECT i.id AS "itemId", i.code, i.name, count(m.id)::int AS materials, count(m.id) FILTER (WHERE m.rule <> 'required')::int AS exempt
          FROM proof_service_item i JOIN proof_material m ON m.item_id = i.id
          GROUP BY i.id, i.code, i.name
          ORDER BY count(m.id) FILTER (WHERE m.rule <> 'required')::float / count(m.id), i.code LIMIT 200`,
    ),
    rows<{ month: string; exempt: number }>(
      db,
      sql`SELECT to_char(exempt_since, 'YYYY-MM') AS month, count(*)::int AS exempt FROM proof_material
          WHERE rule <> 'required' AND exempt_since IS NOT NULL GROUP BY 1`,
    ),
    rows<{ channel: string; region: string; result: string; count: number }>(
      db,
      sql`SELECT channel, region, result, count(*)::int AS count FROM proof_verification GROUP BY 1, 2, 3`,
    ),
    rows<{ total: number; answered: number; onTime: number; overdue: number }>(
      db,
      sql`SELECT count(*)::int AS total, count(*) FILTER (WHERE status = 'answered')::int AS answered,
                 count(*) FILTER (WHERE on_time)::int AS "onTime",
                 count(*) FILTER (WHERE status = 'open' AND due_on < ${chinaDayOf(ctx.now)}::date)::int AS overdue
          FROM proof_assist`,
    ),
    rows<{ signed: number; checked: number; false: number }>(
      db,
      sql`SELECT count(*)::int AS signed, count(*) FILTER (WHERE status IN ('kept', 'false'))::int AS checked,
                 count(*) FILTER (WHERE status = 'false')::int AS false FROM proof_commitment`,
    ),
  ]);
  const total = byDepartment.reduce((n, d) => n + d.materials, 0);
  // Materials exempt before the window count in its first month; the trend is the rate at each month's end.
  const months = lastMonths(ctx.now, 12);
  let cumulative = trendRows.filter((r) => r.month < months[0]!).reduce((n, r) => n + r.exempt, 0);
  const trend = months.map((month) => {
    cumulative += trendRows.find((r) => r.month === month)?.exempt ?? 0;
    return { month, exempt: cumulative, exemptionRate: exemptionRate(total, cumulative) };
  });
  const sum = (f: (c: (typeof channels)[number]) => boolean) =>
    channels.filter(f).reduce((n, c) => n + c.count, 0);
  const a = assists[0] ?? { total: 0, answered: 0, onTime: 0, overdue: 0 };
  return {
    byDepartment: byDepartment.map(rate),
    byRule: EXEMPTION_RULES.map((rule) => ({ rule, count: byRule.find((r) => r.rule === rule)?.count ?? 0 })),
    byItem: byItem.map(rate),
    trend,
    verifications: {
      total: sum(() => true),
      crossRegion: sum((c) => c.region === 'other-city'),
      byChannel: [...new Set(channels.map((c) => c.channel))]
        .sort()
        .map((channel) => ({ channel, count: sum((c) => c.channel === channel) })),
      byResult: ['confirmed', 'not-confirmed', 'unavailable'].map((result) => ({
        result,
        count: sum((c) => c.result === result),
      })),
    },
    assists: { ...a, onTimeRate: a.answered > 0 ? a.onTime / a.answered : 0 },
    commitments: commitments[0] ?? { signed: 0, checked: 0, false: 0 },
  };
}
