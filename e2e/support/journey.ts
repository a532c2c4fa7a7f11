import fs from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { startServer, type RunningServer } from './server.js';
import { launchBrowser, login } from './browser.js';

/** Where the journeys save their screenshots (the repository's e2e/screenshots). */
export const SHOTS = 'e2e/screenshots';

/** A phone's page (390 × 844), as the enterprise's pages are checked. */
export const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 } };

export interface JourneyStage {
  readonly server: RunningServer;
  readonly browser: Browser;
  /**
   * A page in a browser context of its own (no cookie shared with another), signed in as `username` unless it is
   * null; `options` are the context's (a phone's viewport, touch …) over the stage's viewport and zh-CN.
   */
  pageAs(username: string | null, options?: BrowserContextOptions): Promise<Page>;
}

/**
 * The stage of a file's browser journey: the built server on a fresh embedded database of its own, and Debian's
 * Chromium, started before the file's tests (`server`: the server's options, or a function giving them, run first —
 * to start what the server is pointed at); after them every page's context is closed, the browser and the server
 * stopped and the server's data folder removed.
 */
export function journeyStage(
  opts: {
    server?: Parameters<typeof startServer>[0] | (() => Promise<Parameters<typeof startServer>[0]>);
    viewport?: { width: number; height: number };
  } = {},
): JourneyStage {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  const started = <T>(x: T | undefined, what: string): T => {
    if (x === undefined) throw new Error(`the journey's ${what} has not started`);
    return x;
  };
  beforeAll(async () => {
    const options = typeof opts.server === 'function' ? await opts.server() : opts.server;
    server = await startServer({ timeoutMs: 300_000, ...options });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
    await server?.stop();
    if (server) fs.rmSync(server.dataDir, { recursive: true, force: true });
  });
  return {
    get server() {
      return started(server, 'server');
    },
    get browser() {
      return started(browser, 'browser');
    },
    async pageAs(username, options = {}) {
      const context = await started(browser, 'browser').newContext({
        viewport: opts.viewport ?? { width: 1366, height: 900 },
        locale: 'zh-CN',
        ...options,
      });
      contexts.push(context);
      const page = await context.newPage();
      if (username) await login(page, started(server, 'server').url, username);
      return page;
    },
  };
}
