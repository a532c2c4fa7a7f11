import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startServer, type RunningServer } from './support/server.js';
import { launchBrowser, login } from './support/browser.js';

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
    await page.waitForTimeout(500);
    const firstName = (await rows.first().innerText()).trim();
    expect(firstName).toContain('药');
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

  it('every demo account signs in and sees its menu', async () => {
    for (const username of ['admin', 'supervisor', 'officer1', 'officer3', 'credit', 'enterprise1', 'enterprise2']) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await login(page, server.url, username);
      await expect.poll(async () => page.locator('.ant-menu').count()).toBeGreaterThan(0);
      await context.close();
    }
  });
});
