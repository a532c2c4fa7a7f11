import { buildUrl } from '../api/client';

/** Where to go after login: only a path of this site (no "//host" or "/\host"), never the login page. */
export function safeNext(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  if (next === '/login' || next.startsWith('/login?')) return '/';
  return next;
}

export function loginUrl(next: string): string {
  return buildUrl('/login', { next: next === '/' ? undefined : next });
}
