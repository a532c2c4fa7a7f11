/// <reference lib="dom" />
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startServer, type RunningServer } from './support/server.js';
import { launchBrowser, login } from './support/browser.js';
import { apiSession, type ApiSession } from './support/api.js';
import { quietRestaurant } from './support/demo.js';
import { openInboxKind } from './support/inbox.js';
import { choose } from './support/select.js';
import { DAY, HOUR } from '../test/support/time.js';
import { SHOTS } from './support/journey.js';

/**
 * Part B in the browser: 云督办. Three inspections of one restaurant within 7 days (officer1 planned, officer3
 * and officer1 triggered, created through the API) put an A9 signal in the supervisor's inbox with no human
 * step. The supervisor opens a case from it for 市场监督管理局 with a deadline in working days; market_admin
 * answers with an evidence file; the supervisor returns it with reasons; market_admin, led by the bell, answers
 * again; the supervisor closes it, and the dashboard's closed count and on-time rate move. Then the 12345
 * queue (naming an enterprise, importing a ledger) and the working-day calendar.
 */

/** The demo officers behind the accounts. */
const OFFICER_NAMES: Record<string, string> = { officer1: '张建国', officer3: '陈志强' };

interface PageOf<T> {
  items: T[];
  total: number;
}
interface Me {
  department: { id: string; name: string } | null;
}
interface Officer {
  id: string;
  name: string;
}
interface Signal {
  id: string;
  kind: string;
  status: string;
  caseId: string | null;
  department: { name: string | null } | null;
  detail: { count?: number; days?: number };
}

let server: RunningServer;
let browser: Browser;
let supervisorApi: ApiSession;
/** A restaurant nobody visits within 31 days of today: the three new visits alone raise the alert. */
let uscc: string;
let signal: Signal;
let caseNo: string;
let caseUrl: string;
let evidencePdf: string;
const contexts: BrowserContext[] = [];

async function pageAs(username: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
  contexts.push(context);
  const page = await context.newPage();
  await login(page, server.url, username);
  return page;
}

/** A planned or triggered code for `uscc`, by the officer's session, with the department's first two items. */
async function inspect(
  username: string,
  partner: string,
  window: { start: Date; hours: number },
  trigger?: 'complaint',
) {
  const officer = await apiSession(server.url, username);
  const me = await officer.get<Me>('/api/me');
  const items = await officer.get<PageOf<{ id: string }>>(
    `/api/catalog/items?departmentId=${me.department!.id}&industry=restaurant&published=true&pageSize=200`,
  );
  const officers = await officer.get<{ items: Officer[] }>('/api/officers');
  const ids = [OFFICER_NAMES[username]!, partner].map(
    (name) => officers.items.find((o) => o.name === name)!.id,
  );
  return officer.post<{ id: string; code: string; warnings: { code: string }[] }>('/api/inspections', {
    enterpriseUscc: uscc,
    kind: trigger ? 'triggered' : 'planned',
    trigger,
    itemIds: items.items.slice(0, 2).map((i) => i.id),
    officerIds: ids,
    window: {
      start: window.start.toISOString(),
      end: new Date(window.start.getTime() + window.hours * HOUR).toISOString(),
    },
  });
}

/** The KPI card's machine-readable value and detail (KpiCards: data-value, data-detail). */
async function kpi(page: Page, key: string) {
  const card = page.getByTestId(`figure-${key}`);
  await card.waitFor();
  return {
    value: (await card.getAttribute('data-value')) ?? '',
    detail: (await card.getAttribute('data-detail')) ?? '',
  };
}

/** Lets animations (ECharts entry, modals, upload lists) finish before a screenshot. */
const settle = (page: Page) => page.waitForTimeout(1200);

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  supervisorApi = await apiSession(server.url, 'supervisor');
  uscc = await quietRestaurant(supervisorApi);
  expect(uscc).toBeTruthy();
  // Evidence the API accepts by its content: a PDF.
  evidencePdf = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'qinqing-evidence-')), '整改情况说明.pdf');
  fs.writeFileSync(
    evidencePdf,
    '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
  );
});
afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => undefined);
  await browser?.close();
  await server?.stop();
});

describe('supervision journey (云督办)', () => {
  it('(a) three inspections of one enterprise within 7 days put an A9 signal in the inbox by themselves', async () => {
    const soon = Date.now() + 2 * HOUR;
    const first = await inspect('officer1', '李晓明', { start: new Date(soon), hours: 3 });
    expect(first.code).toBeTruthy();
    // A second planned code within 7 days would be refused (A3): the others are triggered by complaints.
    await inspect('officer3', '刘海燕', { start: new Date(soon + DAY), hours: 3 }, 'complaint');
    const third = await inspect(
      'officer1',
      '李晓明',
      { start: new Date(soon + 2 * DAY), hours: 3 },
      'complaint',
    );
    expect(third.warnings.map((w) => w.code)).toContain('frequency-7d');

    const signals = await supervisorApi.get<PageOf<Signal>>(
      `/api/supervision/signals?kind=frequency-7d&enterpriseUscc=${uscc}&status=open`,
    );
    expect(signals.items).toHaveLength(1);
    signal = signals.items[0]!;
    expect(signal.detail.count).toBe(3);

    // The supervisor sees it in the browser with no human step in between.
    const supervisor = await pageAs('supervisor');
    await openInboxKind(supervisor, 'frequency-7d');
    const row = supervisor.locator(`[data-testid="signal-row"][data-id="${signal.id}"]`);
    await row.waitFor();
    expect(await row.getAttribute('data-uscc')).toBe(uscc);
    expect(await row.innerText()).toContain('7 日内被检查 3 次');
    // The row links to the enterprise file and to the inspection.
    expect(await row.getByTestId('enterprise-link').getAttribute('href')).toBe(`/enterprises/${uscc}`);
    await row.getByTestId('signal-inspection').click();
    const summary = supervisor.getByTestId('inspection-summary');
    await summary.waitFor();
    expect(await summary.getAttribute('data-code')).toBe(third.code);
    await supervisor.screenshot({ path: `${SHOTS}/supervision-inbox.png`, fullPage: true });
  });

  it('(b) a case for 市场监督管理局: answered with evidence, returned, answered again, closed; the dashboard moves', async () => {
    const supervisor = await pageAs('supervisor');
    // The dashboard before.
    await supervisor.getByTestId('menu-supervision-dashboard').click();
    const closedBefore = Number((await kpi(supervisor, 'closed')).value);
    const [onTimeBefore, closedCount] = (await kpi(supervisor, 'on-time')).detail.split('/').map(Number);
    expect(closedCount).toBe(closedBefore);

    // 督办工作台: choose the signal, open one case for the market regulator, 5 working days.
    await supervisor.getByTestId('menu-alerts').click();
    const row = supervisor.locator(`[data-testid="signal-row"][data-id="${signal.id}"]`);
    await row.waitFor();
    await row.locator('input[type="checkbox"]').check();
    expect(await supervisor.getByTestId('inbox-selected').getAttribute('data-count')).toBe('1');
    await supervisor.getByTestId('inbox-open-cases').click();
    const form = supervisor.getByTestId('open-cases-form');
    await form.waitFor();
    await choose(supervisor, form.getByTestId('case-department'), '市场监督管理局');
    await form
      .getByTestId('case-instructions')
      .fill(
        '该餐饮企业 7 日内被检查 3 次，请核查各次检查的依据，今后同类检查纳入“综合查一次”，并反馈整改措施。',
      );
    const days = form.getByTestId('case-working-days');
    const daysInput = (await days.evaluate((el) => el.tagName)) === 'INPUT' ? days : days.locator('input');
    await daysInput.fill('5');
    const deadline = await supervisorApi.get<{ due: string }>('/api/calendar/deadline?workingDays=5');
    await expect.poll(() => form.getByTestId('due-date-preview').getAttribute('data-due')).toBe(deadline.due);
    await supervisor.screenshot({ path: `${SHOTS}/supervision-open-case.png` });
    await supervisor.getByTestId('open-cases-form-ok').click();

    // The case page: opened, due on the calendar's day.
    await supervisor.waitForURL('**/supervision/cases/*');
    caseUrl = new URL(supervisor.url()).pathname;
    const detail = supervisor.getByTestId('case-detail');
    await detail.waitFor();
    caseNo = (await detail.getAttribute('data-case-no')) ?? '';
    expect(caseNo).toMatch(/^DB\d{4}-\d{5}$/);
    expect(await detail.getAttribute('data-status')).toBe('open');
    expect(await supervisor.getByTestId('case-due').getAttribute('data-due')).toBe(deadline.due);
    expect(await supervisor.getByTestId('case-detail').innerText()).toContain('市场监督管理局');
    await supervisor.locator('[data-testid="timeline-event"][data-kind="opened"]').waitFor();
    const handled = await supervisorApi.get<PageOf<Signal>>(
      `/api/supervision/signals?kind=frequency-7d&enterpriseUscc=${uscc}`,
    );
    expect(handled.items[0]!.status).toBe('case-opened');

    // market_admin: the bell tells of the new case; 待办督办件 → answer with an evidence file.
    const market = await pageAs('market_admin');
    const bell = market.getByTestId('notification-bell');
    await expect.poll(async () => Number(await bell.getAttribute('data-unread'))).toBeGreaterThanOrEqual(1);
    await market.getByTestId('menu-supervision-todo').click();
    const todo = market.locator(`[data-testid="case-row"][data-case-no="${caseNo}"]`);
    await todo.waitFor();
    expect(await todo.getAttribute('data-status')).toBe('open');
    await todo.getByTestId('case-answer').click();
    const answer = market.getByTestId('answer-form');
    await answer.waitFor();
    await answer
      .getByTestId('answer-text')
      .fill('经核查，三次检查分别为计划内检查和两次投诉核查；已约定今后对该企业的检查纳入联查场景。');
    await answer.locator('input[type="file"]').setInputFiles(evidencePdf);
    await answer.locator('.ant-upload-list-item', { hasText: '整改情况说明.pdf' }).waitFor();
    await settle(market);
    await market.screenshot({ path: `${SHOTS}/supervision-answer.png` });
    await market.getByTestId('answer-form-ok').click();
    await expect.poll(() => todo.getAttribute('data-status')).toBe('answered');

    // The supervisor reads the answer and its evidence (downloadable), and returns it with reasons.
    await supervisor.reload();
    const answered = supervisor.getByTestId('timeline-answered');
    await answered.waitFor();
    const file = answered.getByTestId('evidence-file');
    expect(await file.getAttribute('data-name')).toBe('整改情况说明.pdf');
    const [download] = await Promise.all([supervisor.waitForEvent('download'), file.click()]);
    expect(download.suggestedFilename()).toBe('整改情况说明.pdf');
    expect(fs.readFileSync((await download.path())!, 'latin1').startsWith('%PDF-')).toBe(true);
    await supervisor.getByTestId('case-return').click();
    await supervisor.getByTestId('return-reason').fill('请补充今后合并检查的具体安排及企业的意见。');
    await supervisor.getByTestId('return-form-ok').click();
    await expect.poll(() => detail.getAttribute('data-status')).toBe('returned');

    // market_admin follows the bell's notice of the return to the case and answers again.
    await market.reload();
    await bell.click();
    const notice = market.locator('[data-testid="notification-item"][data-kind="case-returned"]').first();
    await notice.waitFor();
    expect(await notice.innerText()).toContain(caseNo);
    await notice.click();
    await market.waitForURL(`**${caseUrl}`);
    await market.locator('[data-testid="case-detail"][data-status="returned"]').waitFor();
    expect(await market.getByTestId('timeline-returned').innerText()).toContain(
      '请补充今后合并检查的具体安排',
    );
    await market.getByTestId('case-answer').click();
    await market
      .getByTestId('answer-text')
      .fill('已与生态环境局约定：该企业今后的检查统一纳入“综合查一次”，并已当面征求企业意见。');
    await market.getByTestId('answer-form-ok').click();
    await expect.poll(() => market.getByTestId('case-detail').getAttribute('data-status')).toBe('answered');

    // The supervisor closes it: on time.
    await supervisor.reload();
    await supervisor.getByTestId('case-close').click();
    await supervisor.getByTestId('close-comment').fill('整改措施具体，同意办结。');
    await supervisor.getByTestId('close-form-ok').click();
    await expect.poll(() => detail.getAttribute('data-status')).toBe('closed');
    await supervisor.getByTestId('closed-on-time').waitFor();
    const kinds = await supervisor
      .locator('[data-testid="timeline-event"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')));
    expect(kinds).toEqual(['opened', 'answered', 'returned', 'answered', 'closed']);
    await supervisor.screenshot({ path: `${SHOTS}/supervision-case.png`, fullPage: true });

    // The case list shows it closed.
    await supervisor.getByTestId('menu-supervision-cases').click();
    await supervisor
      .locator(`[data-testid="case-row"][data-case-no="${caseNo}"][data-status="closed"]`)
      .waitFor();

    // The dashboard after: one more closed case, and one more closed on time.
    await supervisor.getByTestId('menu-supervision-dashboard').click();
    await expect.poll(async () => Number((await kpi(supervisor, 'closed')).value)).toBe(closedBefore + 1);
    const after = await kpi(supervisor, 'on-time');
    expect(after.detail).toBe(`${onTimeBefore! + 1}/${closedBefore + 1}`);
    expect(after.value).toBe(`${(((onTimeBefore! + 1) / (closedBefore + 1)) * 100).toFixed(1)}%`);
    await supervisor.getByTestId('dashboard-charts').waitFor();
    await supervisor.getByTestId('chart-heat').locator('svg').first().waitFor();
    await settle(supervisor);
    await supervisor.screenshot({ path: `${SHOTS}/supervision-dashboard.png`, fullPage: true });
    // 导出 Excel.
    const [xlsx] = await Promise.all([
      supervisor.waitForEvent('download'),
      supervisor.getByTestId('dashboard-export').click(),
    ]);
    expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);

    // A department's dashboard is its own.
    await market.getByTestId('menu-supervision-dashboard').click();
    await market.getByTestId('figure-closed').waitFor();
    expect(await market.getByTestId('dashboard-department').count()).toBe(0);
  });

  it('(c) the 12345 queue: name the enterprise of an unmatched ticket; import a ledger with a bad row', async () => {
    const supervisor = await pageAs('supervisor');
    await supervisor.getByTestId('menu-hotline').click();
    await supervisor.getByTestId('ticket-table').waitFor();
    await supervisor.getByTestId('ticket-match-filter').getByText('待匹配企业').click();
    const row = supervisor.locator('[data-testid="ticket-row"][data-match="unmatched"]').first();
    await row.waitFor();
    const ticketNo = (await row.getAttribute('data-ticket-no')) ?? '';
    await row.getByTestId('ticket-assign').click();
    const form = supervisor.getByTestId('assign-enterprise-form');
    await form.waitFor();
    await form.getByTestId('apply-enterprise').click();
    await supervisor.keyboard.type(uscc);
    await supervisor.locator('.ant-select-item-option', { hasText: uscc }).click();
    await supervisor.getByTestId('assign-enterprise-form-ok').click();
    await form.waitFor({ state: 'detached' });
    await supervisor.getByTestId('ticket-match-filter').getByText('全部').click();
    await expect
      .poll(() =>
        supervisor
          .locator(`[data-testid="ticket-row"][data-ticket-no="${ticketNo}"]`)
          .getAttribute('data-match'),
      )
      .toBe('matched');

    // A ledger: one good row, one without content.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qinqing-ledger-'));
    const ledger = path.join(dir, '12345台账.csv');
    const received = new Date(Date.now() - DAY).toISOString().slice(0, 10);
    fs.writeFileSync(
      ledger,
      [
        '工单编号,受理时间,诉求内容,诉求类别,统一社会信用代码,企业名称,来电号码',
        `E2E-12345-0001,${received} 09:30,反映执法人员检查时未出示检查码,涉企执法,${uscc},,13900000001`,
        `E2E-12345-0002,${received} 10:00,,涉企执法,,,13900000002`,
      ].join('\n'),
    );
    await supervisor.locator('input[type="file"]').setInputFiles(ledger);
    const result = supervisor.getByTestId('import-result');
    await result.waitFor();
    expect(await result.getByTestId('import-imported').innerText()).toContain('1');
    expect(await result.getByTestId('import-errors').innerText()).toContain('1');
    expect(await result.innerText()).toContain('诉求内容');
    await settle(supervisor);
    await supervisor.screenshot({ path: `${SHOTS}/supervision-hotline-import.png` });
  });

  it('(d) the administrator keeps the working-day calendar', async () => {
    const admin = await pageAs('admin');
    await admin.getByTestId('menu-calendar').click();
    await admin.getByTestId('calendar-year').waitFor();
    const year = new Date().getFullYear();
    await admin
      .locator(`[data-testid="calendar-cell"][data-day="${year}-10-01"][data-kind="holiday"]`)
      .waitFor();
    await admin.screenshot({ path: `${SHOTS}/supervision-calendar.png`, fullPage: true });
    // A local holiday added from the year view, shown in the list, then removed again.
    const day = `${year}-12-30`;
    await admin.locator(`[data-testid="calendar-cell"][data-day="${day}"]`).click();
    const form = admin.getByTestId('calendar-day-form');
    await form.waitFor();
    await form.getByTestId('calendar-name').fill('演练休息日');
    await admin.getByTestId('calendar-day-form-ok').click();
    await admin.locator(`[data-testid="calendar-cell"][data-day="${day}"][data-kind="holiday"]`).waitFor();
    await admin.getByTestId('calendar-view').getByText('列表').click();
    const row = admin.locator('[data-testid="calendar-table"] tr', { hasText: day });
    await row.waitFor();
    await row.getByTestId('calendar-remove').click();
    await admin.locator('.ant-popconfirm .ant-btn-primary').click();
    await row.waitFor({ state: 'detached' });
  });
});
