import { DAY } from '../../test/support/time.js';
import type { ApiSession } from './api.js';

/**
 * A restaurant of the demo (six months of visits) that no inspection touches within 31 days of today, other than
 * `except`: a new planned code for it meets no A3 / A9 rule, and new visits alone raise an alert.
 */
export async function quietRestaurant(session: ApiSession, except: readonly string[] = []): Promise<string> {
  const now = Date.now();
  const recent = await session.get<{ items: { enterprise: { uscc: string } }[] }>(
    `/api/inspections?from=${new Date(now - 31 * DAY).toISOString()}&to=${new Date(now + 31 * DAY).toISOString()}&pageSize=200`,
  );
  const busy = new Set(recent.items.map((i) => i.enterprise.uscc));
  const restaurants = await session.get<{ items: { uscc: string }[] }>(
    '/api/enterprises?industry=restaurant&status=active&pageSize=200',
  );
  return restaurants.items.map((e) => e.uscc).find((u) => !busy.has(u) && !except.includes(u))!;
}
