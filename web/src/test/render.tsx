import type { ReactNode } from 'react';
import { render } from '@testing-library/react';
import { vi } from 'vitest';
import { LocaleProvider } from '../i18n';

/** Renders inside the locale provider, as the app does (re-renders too). */
export function renderWithLocale(ui: ReactNode) {
  return render(ui, { wrapper: LocaleProvider });
}

/**
 * Stubs `fetch` with answers by path (the query string left off); every request is recorded, and a path
 * without an answer is a 404 problem.
 */
export function stubApi(answers: Record<string, unknown>) {
  const calls: URL[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url, 'http://localhost');
    calls.push(url);
    const found = Object.prototype.hasOwnProperty.call(answers, url.pathname);
    const body = found ? answers[url.pathname] : { status: 404, title: 'Not Found', detail: 'not found' };
    return new Response(JSON.stringify(body), {
      status: found ? 200 : 404,
      headers: { 'Content-Type': found ? 'application/json' : 'application/problem+json' },
    });
  });
  vi.stubGlobal('fetch', fetch);
  return { calls };
}
