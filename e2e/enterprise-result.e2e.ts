import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { journeyStage, PHONE, SHOTS } from './support/journey.js';
import { apiSession } from './support/api.js';
import { DAY, HOUR } from '../test/support/time.js';

/**
 * The enterprise reads its inspection result and answers it (issue "The product as its users meet it", item 2):
 * officer1 (市场监管) records a result with a rectification item in 我的检查任务; enterprise1, on a 390 px phone,
 * reads the result on 我的检查 and on the scanned code's page, and answers the item with a file; officer1 sees the
 * answer from the same visit's result and on the item. Beside it, two things the same users meet: the home page's
 * to-do counts (item 6) move with that work, and the apply form says what is true when the department has items,
 * just none for the enterprise's industry (item 4).
 */

const stage = journeyStage({ viewport: { width: 1440, height: 900 } });
const { pageAs } = stage;
let inspectionId: string;
let code: string;
let evidence: string;
let pharmacyUscc: string;

beforeAll(async () => {
  // A triggered visit (a complaint) of enterprise1 by officer1 and officer2 that began half an hour ago.
  const officer = await apiSession(stage.server.url, 'officer1');
  const me = await officer.get<{ department: { id: string }; officer: { id: string } }>('/api/me');
  const partner = (
    await (await apiSession(stage.server.url, 'officer2')).get<{ officer: { id: string } }>('/api/me')
  ).officer.id;
  const firm = (
    await (await apiSession(stage.server.url, 'enterprise1')).get<{ enterprise: { uscc: string } }>('/api/me')
  ).enterprise;
  const items = await officer.get<{ items: { id: string }[] }>(
    `/api/catalog/items?departmentId=${me.department.id}&published=true&pageSize=200`,
  );
  const start = new Date(Date.now() - 1_800_000);
  const applied = await officer.post<{ id: string; code: string }>('/api/inspections', {
    enterpriseUscc: firm.uscc,
    kind: 'triggered',
    trigger: 'complaint',
    itemIds: [items.items[0]!.id],
    officerIds: [me.officer.id, partner],
    window: { start: start.toISOString(), end: new Date(start.getTime() + 8 * HOUR).toISOString() },
  });
  pharmacyUscc = (
    await (await apiSession(stage.server.url, 'enterprise2')).get<{ enterprise: { uscc: string } }>('/api/me')
  ).enterprise.uscc;
  inspectionId = applied.id;
  code = applied.code;
  evidence = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'qinqing-result-')), '消防通道整改照片.pdf');
  fs.writeFileSync(
    evidence,
    '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
  );
});
afterAll(async () => {
  if (evidence) fs.rmSync(path.dirname(evidence), { recursive: true, force: true });
});

describe('the enterprise reads its inspection result and answers a rectification item', () => {
  const item = `清理消防通道堆放物 ${Date.now() % 100000}`;
  const answer = '已清理消防通道并张贴禁止堆放标识，附照片';

  it('the officer records a result with a rectification item', async () => {
    const officer = await pageAs('officer1');
    await officer.getByTestId('menu-my-tasks').click();
    await officer.waitForURL('**/inspections/tasks');
    const row = officer.locator(`[data-testid="inspection-row"][data-id="${inspectionId}"]`);
    await row.getByTestId('task-record-result').click();
    const form = officer.getByTestId('result-form');
    await form.waitFor();
    await form.getByTestId('result-outcome').getByText('发现问题，责令整改').click();
    await form.getByTestId('result-notes').fill('消防通道堆放纸箱，影响疏散');
    await form.getByTestId('rectification-add').click();
    const line = form.getByTestId('rectification-row').first();
    await line.locator('input').first().fill(item);
    const deadline = new Date(Date.now() + 10 * DAY + 8 * HOUR).toISOString().slice(0, 10);
    await line.locator('.ant-picker input').click();
    await line.locator('.ant-picker input').fill(deadline);
    await line.locator('.ant-picker input').press('Enter');
    await officer.locator('.ant-modal-footer .ant-btn-primary').click();
    await row.getByTestId('task-result-open').waitFor();
  });

  it('the enterprise reads the result on 我的检查 and on the scanned code, and answers the item with a file (390 px)', async () => {
    const ent = await pageAs('enterprise1', PHONE);
    await ent.goto(`${stage.server.url}/my-inspections`);
    const card = ent.locator(`[data-testid="inspection-row"][data-id="${inspectionId}"]`);
    await card.getByTestId('inspection-result-open').click();
    const view = ent.getByTestId('inspection-result');
    await view.waitFor();
    expect(await view.getByTestId('result-view-outcome').innerText()).toBe('发现问题，责令整改');
    expect(await view.getByTestId('result-view-notes').innerText()).toBe('消防通道堆放纸箱，影响疏散');
    const line = view.getByTestId('result-rectification').filter({ hasText: item });
    await line.waitFor();
    expect(await line.getAttribute('data-status')).toBe('open');
    await ent.waitForTimeout(500);
    await ent.screenshot({ path: `${SHOTS}/enterprise-result-390.png` });
    // No horizontal scroll on the phone.
    expect(await ent.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(
      true,
    );

    // The scanned code's page shows the same result to the signed-in enterprise.
    await ent.goto(`${stage.server.url}/v/${encodeURIComponent(code)}`);
    const scanned = ent.getByTestId('scan-result');
    await scanned.waitFor();
    await scanned.getByTestId('result-rectification').filter({ hasText: item }).waitFor();
    expect(await ent.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(
      true,
    );
    await ent.screenshot({ path: `${SHOTS}/scan-result-390.png`, fullPage: true });

    // Answer the item: what was done, with a file.
    await scanned
      .getByTestId('result-rectification')
      .filter({ hasText: item })
      .getByTestId('result-rectification-open')
      .click();
    await ent.waitForURL('**/drugs/rectifications/*');
    await ent.getByTestId('rect-note').fill(answer);
    await ent.locator('input[type="file"]').setInputFiles(evidence);
    await expect.poll(() => ent.getByTestId('rect-files').innerText()).toContain('消防通道整改照片.pdf');
    await ent.getByTestId('rect-report').click();
    await ent.getByTestId('rect-event-progress').waitFor();
    expect(await ent.getByTestId('rect-status').innerText()).toBe('待核查');
  });

  it('the officer sees the answer', async () => {
    const officer = await pageAs('officer1');
    await officer.getByTestId('menu-my-tasks').click();
    const row = officer.locator(`[data-testid="inspection-row"][data-id="${inspectionId}"]`);
    await row.getByTestId('task-result-open').click();
    const line = officer
      .getByTestId('inspection-result')
      .getByTestId('result-rectification')
      .filter({ hasText: item });
    await line.waitFor();
    expect(await line.getAttribute('data-status')).toBe('reported');
    await line.getByTestId('result-rectification-open').click();
    const progress = officer.getByTestId('rect-event-progress');
    await progress.waitFor();
    expect(await progress.innerText()).toContain(answer);
    expect(await progress.innerText()).toContain('消防通道整改照片.pdf');
    await officer.screenshot({ path: `${SHOTS}/officer-sees-answer.png`, fullPage: true });
  });
});

describe('the home page is a launcher with the caller’s to-do counts', () => {
  const count = async (page: Page, key: string) => {
    const card = page.locator(`[data-testid="home-todo"][data-key="${key}"]`);
    await card.waitFor();
    return Number(await card.getAttribute('data-count'));
  };

  it('shows the officer the item to verify and the enterprise its visit to rate, each a link to the work', async () => {
    const officer = await pageAs('officer1');
    expect(await count(officer, 'rectifications-to-verify')).toBeGreaterThanOrEqual(1);
    await officer.screenshot({ path: `${SHOTS}/home-todos-officer.png`, fullPage: true });
    await officer.locator('[data-testid="home-todo"][data-key="rectifications-to-verify"] a').click();
    await officer.waitForURL('**/drugs/rectifications');

    const ent = await pageAs('enterprise1', PHONE);
    expect(await count(ent, 'visits-to-evaluate')).toBeGreaterThanOrEqual(1);
    expect(await ent.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(
      true,
    );
    await ent.screenshot({ path: `${SHOTS}/home-todos-enterprise-390.png`, fullPage: true });
    await ent.locator('[data-testid="home-todo"][data-key="visits-to-evaluate"] a').click();
    await ent.waitForURL('**/my-inspections');
  });
});

describe('the apply form says what is true about the items offered', () => {
  it('for a pharmacy, 生态环境 has items but none of that industry: it says so and offers its other items', async () => {
    const officer = await pageAs('officer3');
    await officer.getByTestId('menu-apply-code').click();
    await officer.waitForURL('**/inspections/apply');
    await officer.getByTestId('apply-enterprise').click();
    await officer.keyboard.type(pharmacyUscc);
    await officer.locator('.ant-select-item-option', { hasText: pharmacyUscc }).click();
    const hint = officer.getByTestId('apply-no-industry-items');
    await hint.waitFor();
    expect(await hint.innerText()).toMatch(/本部门已公布 \d+ 项检查事项，但没有适用于“.+”行业的事项/);
    expect(await officer.getByTestId('apply-items-option').count()).toBe(0);
    await officer.screenshot({ path: `${SHOTS}/apply-no-industry-items.png`, fullPage: true });
    await hint.getByTestId('apply-items-show-all').click();
    await officer.getByTestId('apply-items-all').waitFor();
    await officer.getByTestId('apply-items-option').first().waitFor();
    expect(await officer.getByTestId('apply-items-option').count()).toBeGreaterThan(0);
  });
});
