import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { Locator, Page } from 'playwright-core';
import { journeyStage, SHOTS } from './support/journey.js';
import { apiSession } from './support/api.js';
import { openMenu, openNewForm } from './support/navigate.js';

/**
 * Master data and system administration in the browser (issue 16 item 5): the market regulator's department
 * administrator adds an inspection item and an officer and imports a joint scenario from an Excel workbook made
 * here; the system administrator creates an API key with one scope, the key is used against a route of that
 * scope, and the administrator finds that use in the audit log screen and verifies the chain.
 */

const stage = journeyStage({ viewport: { width: 1440, height: 900 } });
const { pageAs } = stage;
const suffix = String(Date.now() % 100000).padStart(5, '0');

/** antd Select: open it and choose the option titled `title` in the open dropdown. */
async function choose(page: Page, select: Locator, title: string) {
  await select.click();
  await page.locator(`.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option[title="${title}"]`).first().click();
}

describe('department administrator keeps the master data', () => {
  const itemCode = `SCJG-E2E-${suffix}`;
  const itemName = `网络直播营销合规检查 ${suffix}`;

  it('adds an inspection item in a drawer; it is listed as a draft of the department', async () => {
    const page = await pageAs('market_admin');
    await openMenu(page, 'catalog-items', '**/catalog/items');
    const form = await openNewForm(page, 'item');
    await form.getByTestId('item-form-code').fill(itemCode);
    await form.getByTestId('item-form-name').fill(itemName);
    await form.getByTestId('item-form-legal-basis').fill('《网络直播营销管理办法（试行）》第二十条');
    await page.getByTestId('item-form-ok').click();
    await form.waitFor({ state: 'detached' });
    await page.locator('.ant-input-search input').fill(itemCode);
    await page.locator('.ant-input-search input').press('Enter');
    const row = page.getByTestId('catalog-items').locator('tr', { hasText: itemCode });
    await row.waitFor();
    expect(await row.innerText()).toContain(itemName);
    expect(await row.innerText()).toContain('芜湖市市场监督管理局');
    await page.screenshot({ path: `${SHOTS}/admin-catalog-item-added.png` });
  });

  it('adds an officer with an enforcement certificate; the certificate is valid', async () => {
    const page = await pageAs('market_admin');
    await openMenu(page, 'officers', '**/officers');
    const form = await openNewForm(page, 'officer');
    await form.getByTestId('officer-form-name').fill('陆文博');
    await choose(page, form.getByTestId('officer-form-team'), '市场监管综合执法一大队');
    await form.getByTestId('officer-form-certificate').fill(`皖A-SC-E2E${suffix}`);
    await choose(page, form.getByTestId('officer-form-fields'), '市场监管');
    await page.keyboard.press('Escape');
    const range = form.locator('.ant-picker-range input');
    await range.nth(0).click();
    await range.nth(0).fill('2026-01-01');
    await range.nth(0).press('Enter');
    await range.nth(1).fill('2030-12-31');
    await range.nth(1).press('Enter');
    await page.getByTestId('officer-form-ok').click();
    await form.waitFor({ state: 'detached' });
    const row = page.locator('tr', { hasText: `皖A-SC-E2E${suffix}` });
    await row.waitFor();
    expect(await row.innerText()).toContain('陆文博');
    expect(await row.innerText()).toContain('有效');
    await page.screenshot({ path: `${SHOTS}/admin-officer-added.png` });
  });

  it('imports a joint scenario from an Excel workbook holding its new item and a fire-safety item', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('联查场景');
    ws.addRow(['场景编码', '场景名称', '行业', '场景说明', '部门', '事项编码']);
    ws.addRow([`LC-E2E-${suffix}`, `直播带货商超综合查一次 ${suffix}`, '商超零售', '市场监管、消防', 'WH-SCJG', itemCode]);
    ws.addRow([null, null, null, null, 'WH-XF', 'XF-002']);
    const buffer = Buffer.from(await wb.xlsx.writeBuffer());

    const page = await pageAs('market_admin');
    await openMenu(page, 'scenarios', '**/catalog/scenarios');
    await page.locator('input[type="file"]').setInputFiles({
      name: '联查场景.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer,
    });
    const result = page.getByTestId('scenario-import-result');
    await result.waitFor();
    expect(await result.getByTestId('scenario-import-imported').innerText()).toContain('1');
    expect(await result.getByTestId('scenario-import-errors').innerText()).toContain('0');
    await page.screenshot({ path: `${SHOTS}/admin-scenario-import.png` });
    await page.keyboard.press('Escape');
    const row = page.getByTestId('catalog-scenarios').locator('tr', { hasText: `LC-E2E-${suffix}` });
    await row.waitFor();
    expect(await row.innerText()).toContain('商超零售');
    // The export gives the workbook back with the import's columns.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('scenario-export').click()]);
    expect(download.suggestedFilename()).toBe('联查场景.xlsx');
    // The scenario holds the new item: its department tag counts it.
    const admin = await apiSession(stage.server.url, 'admin');
    const found = await admin.get<{ items: { items: { code: string }[] }[] }>(`/api/catalog/scenarios?q=LC-E2E-${suffix}`);
    expect(found.items[0]!.items.map((i) => i.code).sort()).toEqual([itemCode, 'XF-002'].sort());
  });
});

describe('system administrator: API keys and the audit log', () => {
  const keyName = `E2E 信用查询 ${suffix}`;
  let key = '';

  it('creates an API key with one scope; the secret is shown once', async () => {
    const page = await pageAs('admin');
    await openMenu(page, 'api-keys', '**/admin/api-keys');
    const form = await openNewForm(page, 'api-key');
    await form.getByTestId('api-key-form-name').fill(keyName);
    await form.getByTestId('api-key-scope-credit:read').click();
    await page.getByTestId('api-key-form-ok').click();
    const secret = page.getByTestId('api-key-secret');
    await secret.waitFor();
    key = /qq_[A-Za-z0-9_-]+/.exec(await secret.innerText())?.[0] ?? '';
    expect(key).toMatch(/^qq_/);
    await page.screenshot({ path: `${SHOTS}/admin-api-key-secret.png` });
    await page.locator('.ant-modal-footer .ant-btn-primary').click();
    const row = page.getByTestId('api-keys').locator('tr', { hasText: keyName });
    await row.waitFor();
    expect(await row.innerText()).toContain('credit:read');
    expect(await row.innerText()).toContain(key.slice(0, 8));
    expect(await row.innerText()).not.toContain(key);
  });

  it('the key reads a credit status (its scope) and is refused a hotline ticket (another scope)', async () => {
    const ent = await apiSession(stage.server.url, 'enterprise1');
    const uscc = (await ent.get<{ enterprise: { uscc: string } }>('/api/me')).enterprise.uscc;
    const status = await fetch(`${stage.server.url}/api/credit/${uscc}/status`, { headers: { 'X-Api-Key': key, Accept: 'application/json' } });
    expect(status.status).toBe(200);
    const hotline = await fetch(`${stage.server.url}/api/hotline/tickets`, {
      method: 'POST',
      headers: { 'X-Api-Key': key, 'Content-Type': 'application/json' },
      body: JSON.stringify({}),
    });
    expect(hotline.status).toBe(403);
  });

  it('the administrator finds that use in the audit log screen and verifies the chain', async () => {
    const page = await pageAs('admin');
    await openMenu(page, 'audit-log', '**/admin/audit');
    const actor = page.getByTestId('audit-actor').locator('input');
    await actor.fill(keyName);
    await actor.press('Enter');
    const row = page.getByTestId('audit-log').locator('tr[data-action="credit.status.read"]');
    await row.first().waitFor();
    expect(await row.first().innerText()).toContain(keyName);
    expect(await row.first().innerText()).toContain('对接系统');
    await page.getByTestId('audit-verify').click();
    const verdict = page.getByTestId('audit-verify-result');
    await verdict.waitFor();
    expect(await verdict.innerText()).toContain('哈希链完整');
    await page.screenshot({ path: `${SHOTS}/admin-audit-log.png` });
  });

  it('runs a scheduled job now and finds the manual run in its history', async () => {
    const page = await pageAs('admin');
    await openMenu(page, 'jobs', '**/admin/jobs');
    const row = page.getByTestId('jobs').locator('tr', { hasText: 'figures-compact' });
    await row.getByTestId('job-run').click();
    await page.getByTestId('job-run-ok').click();
    await page.locator('.ant-message', { hasText: '运行成功' }).waitFor();
    await row.getByTestId('job-history').click();
    const run = page.getByTestId('job-runs').locator('tr[data-status="succeeded"]', { hasText: '手动' });
    await run.first().waitFor();
    await page.screenshot({ path: `${SHOTS}/admin-jobs.png` });
  });

  it('reads message delivery: counts by status and the messages', async () => {
    const page = await pageAs('admin');
    await openMenu(page, 'outbox', '**/admin/outbox');
    const counts = page.getByTestId('outbox-counts');
    await counts.waitFor();
    expect(await counts.innerText()).toContain('已送达');
    await page.getByTestId('outbox').waitFor();
    expect(await page.locator('.ant-alert-error').count()).toBe(0);
  });
});
