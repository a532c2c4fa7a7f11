import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { journeyStage, PHONE, SHOTS } from './support/journey.js';
import { apiSession, type ApiSession } from './support/api.js';
import { openInboxKind } from './support/inbox.js';

/**
 * Part D in the browser: officer5 (药品监督管理局) sets a rectification item for enterprise2's pharmacy; the
 * enterprise, on a 390 px phone, reports progress with a file; the officer verifies and the item is closed.
 * The demo's overdue item becomes a signal in the supervisor's inbox (job rectification-overdue); after the
 * job licence-expiry-reminders the enterprise file shows the licences with their reminders.
 */

const stage = journeyStage({ viewport: { width: 1440, height: 900 } });
const { pageAs } = stage;
let admin: ApiSession;
let uscc: string;
let evidence: string;

const runJob = (name: string) => admin.post<{ status: string; result: unknown }>(`/api/admin/jobs/${name}/run`);

beforeAll(async () => {
  admin = await apiSession(stage.server.url, 'admin');
  const ent = await apiSession(stage.server.url, 'enterprise2');
  uscc = (await ent.get<{ enterprise: { uscc: string } }>('/api/me')).enterprise.uscc;
  evidence = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'qinqing-rect-')), '温湿度记录.pdf');
  fs.writeFileSync(evidence, '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
});
afterAll(async () => {
  if (evidence) fs.rmSync(path.dirname(evidence), { recursive: true, force: true });
});

describe('drug regulation journey (药监"监督+服务")', () => {
  it('officer sets a rectification item → the enterprise reports with a file → the officer verifies → closed', async () => {
    const title = `执业药师挂证整改 ${Date.now() % 100000}`;
    const officer = await pageAs('officer5');
    await officer.getByTestId('menu-drug-rectifications').click();
    await officer.waitForURL('**/drugs/rectifications');
    await officer.getByTestId('rect-new').click();
    const form = officer.getByTestId('rect-form');
    await form.waitFor();
    await form.getByTestId('rect-form-uscc').fill(uscc);
    await form.getByTestId('rect-form-source').fill('芜药监罚〔2026〕21号');
    await form.getByTestId('rect-form-title').fill(title);
    await form.getByTestId('rect-form-requirement').fill('执业药师应在岗履职，提交排班表与考勤记录');
    const deadline = new Date(Date.now() + 10 * 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10);
    await form.locator('.ant-picker input').click();
    await form.locator('.ant-picker input').fill(deadline);
    await form.locator('.ant-picker input').press('Enter');
    await officer.locator('.ant-modal-footer .ant-btn-primary').click();
    const row = officer.getByTestId('rect-table').locator('tr', { hasText: title });
    await row.waitFor();

    // The enterprise, on a phone.
    const ent = await pageAs('enterprise2', PHONE);
    await ent.goto(`${stage.server.url}/drugs/my-rectifications`);
    await ent.getByTestId('rect-table').locator('a', { hasText: title }).click();
    await ent.getByTestId('rect-note').fill('已安排执业药师全天在岗，附排班表');
    await ent.locator('input[type="file"]').setInputFiles(evidence);
    await expect.poll(() => ent.getByTestId('rect-files').innerText()).toContain('温湿度记录.pdf');
    await ent.getByTestId('rect-report').click();
    await ent.getByTestId('rect-event-progress').waitFor();
    expect(await ent.getByTestId('rect-status').innerText()).toBe('待核查');
    await ent.screenshot({ path: `${SHOTS}/drugs-rectification-390.png`, fullPage: true });
    const itemUrl = ent.url().replace(stage.server.url, '');

    // The officer verifies; closed.
    await officer.goto(`${stage.server.url}${itemUrl}`);
    await officer.getByTestId('rect-event-progress').waitFor();
    expect(await officer.getByTestId('rect-event-progress').innerText()).toContain('温湿度记录.pdf');
    await officer.getByTestId('rect-note').fill('现场核查排班与考勤，整改到位');
    await officer.getByTestId('rect-verify').click();
    await officer.getByTestId('rect-event-verified').waitFor();
    await expect.poll(() => officer.getByTestId('rect-status').innerText()).toBe('已销号');
    await ent.reload();
    await expect.poll(() => ent.getByTestId('rect-status').innerText()).toBe('已销号');
  });

  it('an overdue item appears in the supervision inbox', async () => {
    const run = await runJob('rectification-overdue');
    expect(run.status).toBe('succeeded');
    const supervisor = await pageAs('supervisor');
    await openInboxKind(supervisor, 'rectification-overdue');
    const row = supervisor.locator('[data-testid="signal-row"]', { hasText: '逾期未完成' }).first();
    await row.waitFor();
    expect(await row.getAttribute('data-uscc')).toBe(uscc);
    await supervisor.screenshot({ path: `${SHOTS}/drugs-overdue-inbox.png`, fullPage: true });
  });

  it('the enterprise file shows the licence and the reminder', async () => {
    const run = await runJob('licence-expiry-reminders');
    expect(run.status).toBe('succeeded');
    const ent = await pageAs('enterprise2', PHONE);
    // On a phone the menu opens from the header's button.
    await ent.getByTestId('menu-toggle').click();
    await ent.getByTestId('menu-my-enterprise').click();
    await ent.getByTestId('section-tab-licences').click();
    const section = ent.getByTestId('section-licences');
    await section.waitFor();
    await expect.poll(() => section.innerText()).toContain('药品经营许可证（零售）');
    expect(await section.innerText()).toContain('天到期提醒');
    await ent.screenshot({ path: `${SHOTS}/drugs-enterprise-file-licences.png`, fullPage: true });
    await ent.goto(`${stage.server.url}/drugs/my-licences`);
    await ent.getByTestId('my-licence-reminder').first().waitFor();
    expect(await ent.getByTestId('my-licences').innerText()).toContain('180 天到期提醒');
  });
});
