import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startServer, type RunningServer } from './support/server.js';
import { launchBrowser, login, watchCsp } from './support/browser.js';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('foundation journey', () => {
  it('login → enterprise list → enterprise detail → language switch', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' });
    await login(page, server.url, 'supervisor');
    await page.getByTestId('menu-enterprises').click();
    await page.waitForURL('**/enterprises');
    const rows = page.getByTestId('enterprise-row');
    await rows.first().waitFor();
    expect(await rows.count()).toBeGreaterThan(5);
    await page.getByTestId('enterprise-search').fill('药房');
    await page.keyboard.press('Enter');
    // The list reloads with the search (slow on a busy machine): wait for it rather than a fixed time.
    await expect.poll(async () => (await rows.first().innerText()).trim(), { timeout: 30_000 }).toContain('药');
    await rows.first().click();
    await page.waitForURL('**/enterprises/*');
    await expect.poll(async () => (await page.getByTestId('enterprise-detail-name').innerText()).trim()).toContain('药');
    // zh-CN first, then English, and the choice persists across a reload.
    expect(await page.locator('body').innerText()).toContain('一企一档');
    await page.getByTestId('lang-switch').click();
    await expect.poll(async () => page.locator('body').innerText()).toContain('Enterprise file');
    await page.reload();
    await expect.poll(async () => page.locator('body').innerText()).toContain('Enterprise file');
    await page.screenshot({ path: 'e2e/screenshots/enterprise-detail-en.png' });
  });

  it('the main pages and /api/docs work under the Content-Security-Policy (no violation)', async () => {
    const violations: string[] = [];
    for (const username of ['supervisor', 'officer1', 'enterprise1']) {
      const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
      const page = await context.newPage();
      const violationsOf = await watchCsp(page);
      const res = await page.goto(`${server.url}/login`);
      expect(res?.headers()['content-security-policy']).toContain("script-src 'self'");
      await login(page, server.url, username);
      await expect.poll(async () => page.locator('.ant-menu').count()).toBeGreaterThan(0);
      // Every entry of the menu, as the user would click through them (charts, tables, forms).
      const entries = (await page.locator('[data-testid^="menu-"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')!))).filter((id) => id !== 'menu-toggle');
      for (const id of entries.slice(0, 12)) {
        const entry = page.getByTestId(id);
        if (!(await entry.isVisible())) continue;
        await entry.click();
        await page.waitForLoadState('networkidle');
        violations.push(...(await violationsOf()).map((v) => `${username} ${id}: ${v}`));
      }
      // The public scan page (an unknown code shows the invalid state).
      await page.goto(`${server.url}/v/not-a-code`);
      await page.waitForLoadState('networkidle');
      violations.push(...(await violationsOf()).map((v) => `${username} /v: ${v}`));
      await context.close();
    }
    const page = await browser.newPage();
    const violationsOf = await watchCsp(page);
    await page.goto(`${server.url}/api/docs`);
    await page.locator('.swagger-ui .opblock').first().waitFor();
    await page.locator('.swagger-ui .opblock-summary').first().click();
    await page.waitForLoadState('networkidle');
    violations.push(...(await violationsOf()).map((v) => `/api/docs: ${v}`));
    await page.close();
    expect(violations).toEqual([]);
  });

  it('every demo account signs in and sees exactly the menu of its role, in order', async () => {
    // Written out by hand from PRODUCT.md's roles (not read from web/src/app/menu.tsx): a page that appears
    // for a role that should not see it, or goes missing, fails here.
    const officer = ['menu-home', 'menu-enterprises', 'menu-officers', 'menu-apply-code', 'menu-my-tasks', 'menu-supervision-todo', 'menu-revisit-work',
      'menu-drug-licences', 'menu-drug-warnings', 'menu-drug-rectifications', 'menu-drug-service', 'menu-drug-decisions', 'menu-drug-followups', 'menu-drug-cases',
      'menu-proof-assists', 'menu-proof-catalog'];
    const enterprise = ['menu-home', 'menu-my-enterprise', 'menu-my-inspections', 'menu-my-checkups', 'menu-my-credit', 'menu-my-licences', 'menu-my-rectifications',
      'menu-my-forms', 'menu-proof-commitments'];
    const expected: Record<string, string[]> = {
      admin: ['menu-home', 'menu-enterprises', 'menu-officers', 'menu-catalog-items', 'menu-scenarios', 'menu-figures', 'menu-alerts', 'menu-supervision-cases',
        'menu-supervision-dashboard', 'menu-hotline', 'menu-calendar', 'menu-users', 'menu-api-keys', 'menu-audit-log', 'menu-jobs', 'menu-outbox', 'menu-checkups',
        'menu-checkup-figures', 'menu-credit-figures', 'menu-drug-licences', 'menu-drug-warnings', 'menu-drug-rectifications', 'menu-drug-followups', 'menu-drug-cases',
        'menu-proof-assists', 'menu-proof-commitments', 'menu-proof-catalog'],
      supervisor: ['menu-home', 'menu-enterprises', 'menu-officers', 'menu-catalog-items', 'menu-scenarios', 'menu-figures', 'menu-alerts', 'menu-supervision-cases',
        'menu-supervision-dashboard', 'menu-hotline', 'menu-audit-log', 'menu-credit-figures', 'menu-revisits', 'menu-drug-licences', 'menu-drug-rectifications',
        'menu-drug-followups', 'menu-drug-cases', 'menu-proof-assists', 'menu-proof-commitments', 'menu-proof-catalog'],
      officer1: officer,
      officer3: officer,
      credit: ['menu-home', 'menu-enterprises', 'menu-credit-reviews', 'menu-credit-penalties', 'menu-credit-deliveries', 'menu-credit-figures', 'menu-proof-assists',
        'menu-proof-catalog'],
      enterprise1: enterprise,
      enterprise2: enterprise,
    };
    for (const [username, entries] of Object.entries(expected)) {
      const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
      const page = await context.newPage();
      await login(page, server.url, username);
      const menu = page.locator('.ant-layout-sider [data-testid^="menu-"]');
      await menu.first().waitFor();
      expect(await menu.evaluateAll((els) => els.map((e) => e.getAttribute('data-testid'))), username).toEqual(entries);
      await context.close();
    }
  });
});
