import type { CreditConfig } from '../config.js';
import { callPlatform, unexpected } from './http.js';

/**
 * A signed GET on a platform for a proof (the config's secret and timeout): the JSON body of a 200 answer; null
 * for a 404 when `absentOn404` (the platform holds none); throws when the platform is not connected (no URL), on
 * any other answer, or on none.
 */
export async function lookUp(
  config: CreditConfig,
  platform: { name: string; url: string | null },
  request: { path: string; query: Record<string, string>; absentOn404?: boolean },
  signal?: AbortSignal,
): Promise<unknown> {
  if (!platform.url) throw new Error(`${platform.name} not connected`);
  const { path, query } = request;
  const r = await callPlatform(platform.url, {
    method: 'GET',
    path,
    query,
    secret: config.secret,
    timeoutMs: config.timeoutMs,
    signal,
  });
  if (r.status === 404 && request.absentOn404) return null;
  if (r.status !== 200) throw unexpected(platform.url, path, r);
  return r.body;
}
