import type { CreditConfig } from '../config.js';
import { callPlatform, unexpected } from './http.js';

/**
 * A signed GET on a platform for a proof (the config's secret and timeout): the JSON body of a 200 answer; null
 * for a 404 when `absentOn404` (the platform holds none); throws on any other answer or none.
 */
export async function lookUp(
  config: CreditConfig,
  baseUrl: string,
  request: { path: string; query: Record<string, string>; absentOn404?: boolean },
  signal?: AbortSignal,
): Promise<unknown> {
  const { path, query } = request;
  const r = await callPlatform(baseUrl, {
    method: 'GET',
    path,
    query,
    secret: config.secret,
    timeoutMs: config.timeoutMs,
    signal,
  });
  if (r.status === 404 && request.absentOn404) return null;
  if (r.status !== 200) throw unexpected(baseUrl, path, r);
  return r.body;
}
