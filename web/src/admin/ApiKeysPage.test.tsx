/**
 * API keys screen (issue 16 item 5): a key is created with the scopes ticked, its secret is shown once in a
 * modal, and the list afterwards shows only its prefix.
 */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { App } from 'antd';
import { describe, expect, it, vi } from 'vitest';
import { renderWithLocale } from '../test/render';
import ApiKeysPage from './ApiKeysPage';

const SECRET = 'qq_secretsecretsecretsecret01';

function stubKeys() {
  const keys: { id: string; name: string; keyPrefix: string; scopes: string[]; status: string; createdAt: string }[] = [];
  const posted: unknown[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = new URL(String(input), 'http://localhost');
      const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
      if (url.pathname === '/api/admin/api-keys' && init?.method === 'POST') {
        const body = JSON.parse(String(init.body)) as { name: string; scopes: string[] };
        posted.push(body);
        keys.push({ id: 'k1', name: body.name, keyPrefix: SECRET.slice(0, 8), scopes: body.scopes, status: 'active', createdAt: '2026-12-06T10:00:00Z' });
        return json({ id: 'k1', name: body.name, scopes: body.scopes, key: SECRET }, 201);
      }
      if (url.pathname === '/api/admin/api-keys') return json({ items: keys });
      return json({ status: 404, title: 'Not Found', detail: 'not found' }, 404);
    }),
  );
  return { posted };
}

describe('API keys screen', () => {
  it('creates a key with the ticked scope and shows its secret once', async () => {
    const { posted } = stubKeys();
    renderWithLocale(
      <App>
        <ApiKeysPage />
      </App>,
    );
    fireEvent.click(await screen.findByTestId('api-key-new'));
    fireEvent.change(await screen.findByTestId('api-key-form-name'), { target: { value: '信用平台' } });
    fireEvent.click(screen.getByText('查询主体信用状态'));
    fireEvent.click(screen.getByTestId('api-key-form-ok'));
    const secret = await screen.findByTestId('api-key-secret');
    expect(secret.textContent).toContain(SECRET);
    expect(posted).toEqual([{ name: '信用平台', scopes: ['credit:read'] }]);
    fireEvent.click(screen.getByTestId('api-key-secret-close'));
    await waitFor(() => expect(screen.queryByTestId('api-key-secret')).toBeNull());
    const table = await screen.findByTestId('api-keys');
    await waitFor(() => expect(table.textContent).toContain('qq_secre…'));
    expect(table.textContent).not.toContain(SECRET);
  });
});
