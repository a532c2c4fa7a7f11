/**
 * F2 — an interface's health from its real calls: `healthy` when at least 95% answered and the 95th-percentile
 * time is within the agreed response time, `slow` when answering but slower than agreed, `failing` below 95%,
 * `unknown` without calls in the window.
 */
export const HEALTH_RULES = { windowDays: 7, minSuccessRate: 0.95 } as const;

export type Health = 'healthy' | 'slow' | 'failing' | 'unknown';

export function healthOf(
  calls: { total: number; ok: number; p95Ms: number | null },
  agreedMs: number,
): Health {
  if (calls.total === 0) return 'unknown';
  if (calls.ok / calls.total < HEALTH_RULES.minSuccessRate) return 'failing';
  return calls.p95Ms !== null && calls.p95Ms > agreedMs ? 'slow' : 'healthy';
}
