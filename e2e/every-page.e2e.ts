/**
 * Every menu page of every demo account, in both languages, as its user meets it: 1440 px for staff, 390 px too
 * for enterprises. Fails on an untranslated message key, a developer word shown to a user (a camelCase,
 * snake_case or kebab-case table header or cell, or a bare lower-case enumeration value in Chinese), a console
 * error, a 5xx, a table wider than its page at 1440 px, or a horizontal scroll of the page or its main list at
 * 390 px. The pages come from the menu the browser shows, so a page a later part adds is covered without a line
 * here. Keeps a screenshot of each page under e2e/screenshots/pages/ (CI artifacts).
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, login } from './support/browser.js';
import { startServer, type RunningServer } from './support/server.js';

const SHOTS = 'e2e/screenshots/pages';
const STAFF = ['admin', 'supervisor', 'officer1', 'officer3', 'credit', 'market_admin', 'ecology_admin', 'expert1'];
const ENTERPRISES = ['enterprise1', 'enterprise2'];
/** Accounts later parts add (drug regulation, check-ups, proof-free service …): visited when the demo has them. */
const LATER = ['officer5', 'drug_admin', 'service1', 'clerk1'];

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer({ env: { QINQING_SANDBOX: '0' } });
  browser = await launchBrowser();
  fs.mkdirSync(SHOTS, { recursive: true });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

interface Finding {
  page: string;
  what: string;
}

/** Words a user should never see: message keys and identifiers from the code. */
const MESSAGE_KEY = /\b[a-z][a-zA-Z]*(\.[a-z][a-zA-Z0-9]*){1,4}\b/;
const CAMEL = /^[a-z]+([A-Z][a-z0-9]*)+$/;
const SNAKE = /^[a-z0-9]+(_[a-z0-9]+)+$/;
const KEBAB = /^[a-z]+(-[a-z]+)+$/;
const BARE_ENUM = /^[a-z][a-z]{2,}$/;

async function accountExists(username: string): Promise<boolean> {
  const r = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'Qinqing#2026' }),
  });
  return r.status === 200;
}

async function menuLinks(page: Page): Promise<{ testId: string; href: string }[]> {
  return page.$$eval('a[data-testid^="menu-"]', (links) =>
    links.map((a) => ({ testId: a.getAttribute('data-testid') ?? '', href: (a as HTMLAnchorElement).pathname + (a as HTMLAnchorElement).search })),
  );
}

async function inspect(page: Page, name: string, locale: 'zh-CN' | 'en-US', width: number): Promise<Finding[]> {
  const found: Finding[] = [];
  const texts = await page.evaluate(() => {
    const visible = (el: Element) => {
      const r = (el as HTMLElement).getBoundingClientRect();
      return r.width > 0 && r.height > 0;
    };
    // A cell's words, without what it shows as code (identifiers, usernames, addresses in <code>, <pre> or [data-raw]).
    const cellText = (sel: string) =>
      Array.from(document.querySelectorAll(sel))
        .filter((el) => visible(el) && !el.closest('code, pre, [data-raw]'))
        .map((el) => {
          const words = el.cloneNode(true) as Element;
          words.querySelectorAll('code, pre, [data-raw]').forEach((raw) => raw.remove());
          return (words.textContent ?? '').trim();
        })
        .filter(Boolean);
    const main = document.querySelector('main, .ant-layout-content') ?? document.body;
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    const all: string[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const t = (n.textContent ?? '').trim();
      if (t && n.parentElement && visible(n.parentElement) && !n.parentElement.closest('code, pre, [data-raw]')) all.push(t);
    }
    return {
      headers: cellText('th, .ant-descriptions-item-label'),
      cells: cellText('td, .ant-descriptions-item-content, .ant-tag'),
      all,
      pageOverflow: document.documentElement.scrollWidth - window.innerWidth,
      tables: Array.from(document.querySelectorAll('.ant-table-wrapper')).filter(visible).map((t) => {
        const r = t.getBoundingClientRect();
        const content = t.querySelector('.ant-table-content, .ant-table-body') as HTMLElement | null;
        return { right: r.right, scroll: content ? content.scrollWidth - content.clientWidth : 0 };
      }),
    };
  });
  for (const t of texts.all) {
    const m = MESSAGE_KEY.exec(t);
    if (m && !/^(www\.|[\w-]+\.(com|cn|gov|org|png|pdf|xlsx|csv|json))/i.test(m[0]) && !/@/.test(t)) {
      found.push({ page: name, what: `message key or code word shown: "${m[0]}" in "${t.slice(0, 80)}"` });
    }
  }
  for (const h of texts.headers) {
    if (CAMEL.test(h) || SNAKE.test(h) || KEBAB.test(h)) found.push({ page: name, what: `developer header "${h}"` });
  }
  for (const c of texts.cells) {
    if (CAMEL.test(c) || SNAKE.test(c) || KEBAB.test(c) || (locale === 'zh-CN' && BARE_ENUM.test(c))) {
      found.push({ page: name, what: `enumeration value shown raw: "${c}"` });
    }
  }
  if (width >= 1440) {
    for (const t of texts.tables) if (t.right > width + 1) found.push({ page: name, what: `table wider than the page (right edge ${Math.round(t.right)} px)` });
  } else {
    if (texts.pageOverflow > 1) found.push({ page: name, what: `page scrolls sideways by ${texts.pageOverflow} px at ${width} px` });
    if (texts.tables.some((t) => t.scroll > 1)) found.push({ page: name, what: `main list scrolls sideways at ${width} px` });
  }
  return found;
}

async function visitAll(username: string, locale: 'zh-CN' | 'en-US', width: number): Promise<Finding[]> {
  const context = await browser.newContext({ viewport: { width, height: width >= 1440 ? 900 : 844 }, locale });
  await context.addInitScript((l) => window.localStorage.setItem('qq.locale', l), locale);
  const page = await context.newPage();
  const findings: Finding[] = [];
  const where = () => `${username} ${locale} ${width}px ${new URL(page.url()).pathname}`;
  try {
    await login(page, server.url, username);
    // Listen from here: the login page's probe of the session (401 from /api/me) is how it knows none exists.
    page.on('console', (msg) => {
      if (msg.type() === 'error') findings.push({ page: where(), what: `console error: ${msg.text().slice(0, 300)}` });
    });
    page.on('pageerror', (err) => findings.push({ page: where(), what: `page error: ${err.message.slice(0, 300)}` }));
    page.on('response', (res) => {
      if (res.status() >= 500) findings.push({ page: where(), what: `${res.status()} from ${new URL(res.url()).pathname}` });
    });
    await page.locator('a[data-testid^="menu-"]').first().waitFor({ timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    const links = await menuLinks(page);
    expect(links.length, `${username} sees menu entries`).toBeGreaterThan(1);
    const paths = [...new Set(links.map((l) => l.href))];
    // Staff also open an enterprise's file (一企一档), the page every part adds a section to.
    if (!ENTERPRISES.includes(username)) {
      const list = await (await fetch(`${server.url}/api/enterprises?pageSize=1&q=%E8%8D%AF%E6%88%BF`, { headers: { cookie: await cookieOf(username) } })).json().catch(() => null);
      const uscc = (list as { items?: { uscc: string }[] } | null)?.items?.[0]?.uscc;
      if (uscc) paths.push(`/enterprises/${uscc}`);
    }
    for (const p of paths) {
      await page.goto(`${server.url}${p}`);
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(150);
      const name = `${username} ${locale} ${width}px ${p}`;
      findings.push(...(await inspect(page, name, locale, width)));
      // Each tab of the page (the enterprise file's sections …), as the user would open it.
      const tabs = page.locator('.ant-tabs-tab');
      for (let i = 0, n = await tabs.count(); i < n; i++) {
        const tab = tabs.nth(i);
        if (await tab.evaluate((el) => el.matches('.ant-tabs-tab-active, .ant-tabs-tab-disabled') || !el.getClientRects().length)) continue;
        const label = (await tab.innerText()).trim();
        await tab.click();
        await page.waitForLoadState('networkidle');
        await page.waitForTimeout(150);
        findings.push(...(await inspect(page, `${name} [${label}]`, locale, width)));
      }
      const file = `${username}-${locale}-${width}${p.replace(/[^a-zA-Z0-9]+/g, '_')}.png`.slice(0, 120);
      await page.screenshot({ path: `${SHOTS}/${file}`, fullPage: width < 1440 });
    }
  } finally {
    await context.close();
  }
  return findings;
}

const cookies = new Map<string, string>();
async function cookieOf(username: string): Promise<string> {
  const known = cookies.get(username);
  if (known) return known;
  const r = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'Qinqing#2026' }),
  });
  const cookie = r.headers.getSetCookie()[0]!.split(';')[0]!;
  cookies.set(username, cookie);
  return cookie;
}

/**
 * Runs `visit` over the items, `limit` at a time (each in its own browser context): most of a visit is waiting for
 * the network to settle, so three accounts at once take about a third of the time on two cores.
 */
async function eachAtOnce<T>(items: readonly T[], limit: number, visit: (item: T) => Promise<Finding[]>): Promise<Finding[]> {
  const findings: Finding[] = [];
  let next = 0;
  const worker = async () => {
    while (next < items.length) findings.push(...(await visit(items[next++]!)));
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return findings;
}

describe('every menu page of every role, in both languages', () => {
  for (const locale of ['zh-CN', 'en-US'] as const) {
    it(`staff at 1440 px (${locale})`, async () => {
      const accounts = [...STAFF];
      for (const u of LATER) if (await accountExists(u)) accounts.push(u);
      const findings = await eachAtOnce(accounts, 3, (u) => visitAll(u, locale, 1440));
      expect(findings).toEqual([]);
    }, 600_000);

    it(`enterprises at 1440 px and 390 px (${locale})`, async () => {
      const visits = ENTERPRISES.flatMap((u) => [1440, 390].map((width) => ({ u, width })));
      const findings = await eachAtOnce(visits, 2, ({ u, width }) => visitAll(u, locale, width));
      expect(findings).toEqual([]);
    }, 600_000);
  }
});
