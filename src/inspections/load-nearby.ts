import { and, eq, gte, lte, ne } from 'drizzle-orm';
import type { DbOrTx } from '../platform/db/client.js';
import { inspections } from './schema.js';
import { DAY_MS } from './rules/windows.js';
import { reachDays, type InspectionRuleSet } from './rules/rule-set.js';

/**
 * The enterprise's inspections (not revoked) starting within the rules' longest reach either side of `around` —
 * and, before it, by the longest window more (a 30-day code that started earlier may still come within reach:
 * A3 is about windows).
 */
export async function loadNearby(db: DbOrTx, enterpriseId: string, around: Date, rules: InspectionRuleSet) {
  const days = reachDays(rules);
  return db
    .select({
      id: inspections.id,
      code: inspections.code,
      kind: inspections.kind,
      departmentIds: inspections.departmentIds,
      windowStart: inspections.windowStart,
      windowEnd: inspections.windowEnd,
      status: inspections.status,
    })
    .from(inspections)
    .where(
      and(
        eq(inspections.enterpriseId, enterpriseId),
        ne(inspections.status, 'revoked'),
        gte(inspections.windowStart, new Date(around.getTime() - (days + rules.maxWindowDays) * DAY_MS)),
        lte(inspections.windowStart, new Date(around.getTime() + days * DAY_MS)),
      ),
    );
}
export type Nearby = Awaited<ReturnType<typeof loadNearby>>[number];
