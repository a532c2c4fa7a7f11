/**
 * The supervision dashboard (B3/H2, GET /api/supervision/figures) and the part A figures (GET
 * /api/inspections/figures) as a supervisor sees them: the whole history (no range — what the screen asks first)
 * and the last 30 days. Each call is timed; slow calls are few, so the figure is "calls until `seconds` pass, at
 * least `minCalls`".
 */
import { runLoad, type Measured } from '../lib/stats.js';
import { benchGet, signIn } from './scale.js';

export interface DashboardFigures {
  supervisionAll: Measured;
  supervision30d: Measured;
  partAAll: Measured;
}

export async function benchDashboard(url: string, opts: { clients: number; seconds: number; minCalls?: number }): Promise<DashboardFigures> {
  const cookie = await signIn(url, 'supervisor');
  const from = new Date(Date.now() - 30 * 86_400_000).toISOString();
  const timed = (path: string) => benchGet(url, { clients: opts.clients, seconds: opts.seconds, cookie, path: () => path });
  // Warm once (plans, caches), then measure.
  await runLoad({ clients: 1, seconds: 0.001, maxCalls: 1, task: async () => (await fetch(`${url}/api/supervision/figures`, { headers: { cookie } })).ok });
  return {
    supervisionAll: await timed('/api/supervision/figures'),
    supervision30d: await timed(`/api/supervision/figures?from=${encodeURIComponent(from)}`),
    partAAll: await timed('/api/inspections/figures'),
  };
}
