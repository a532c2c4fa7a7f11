/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import fs from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { journeyStage, SHOTS } from './support/journey.js';
import { apiSession, type ApiSession } from './support/api.js';
import { pdfText } from '../test/support/pdf-text.js';
import { PNG } from '../test/support/checkups.js';

/**
 * Part E in the browser: an enterprise invites a check-up from its phone (390 px); the liaison schedules it; the
 * expert does the visit on a phone — the whole checklist one item at a time, a planned problem with a photo; the
 * expert signs the report; the enterprise downloads the Chinese PDF on its phone; the liaison verifies and closes
 * the planned problem; the figures move. An officer sees neither the menu nor the file's check-up tab.
 */
const stage = journeyStage();
const { pageAs } = stage;
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'zh-CN', acceptDownloads: true };

interface Figures { firmsServed: number; problemsFound: number; closed: number; open: number }
interface Row { id: string; note: string | null; status: string }
interface Pool { experts: { id: string; userId: string | null }[]; liaisons: { id: string }[] }

let service: ApiSession;
let before: Figures;
let invitationId: string;
const NOTE = '浏览器旅程：请专家看看喷涂线废气收集';

const noHorizontalScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1);

beforeAll(async () => {
  fs.mkdirSync(SHOTS, { recursive: true });
  service = await apiSession(stage.server.url, 'service1');
  before = await service.get<Figures>('/api/checkups/figures');
});

describe('check-up journey (E1–E5)', () => {
  it('the enterprise invites a check-up on its phone', async () => {
    const phone = await pageAs('enterprise1', PHONE);
    await phone.goto(`${stage.server.url}/my-checkups`);
    await phone.getByTestId('checkup-apply').click();
    await phone.getByTestId('checkup-note').fill(NOTE);
    await phone.getByTestId('checkup-apply-modal-ok').click();
    await phone.getByText(NOTE).waitFor();
    expect(await noHorizontalScroll(phone)).toBe(true);
    await phone.screenshot({ path: `${SHOTS}/checkups-enterprise-invite-390.png` });
    const mine = await (await apiSession(stage.server.url, 'enterprise1')).get<{ items: Row[] }>('/api/checkups/invitations');
    const row = mine.items.find((r) => r.note === NOTE)!;
    expect(row.status).toBe('received');
    invitationId = row.id;
    const pool = await service.get<Pool>('/api/checkups/experts');
    const expert = pool.experts.find((e) => e.userId)!;
    await service.post(`/api/checkups/invitations/${invitationId}/schedule`, { visitAt: new Date(Date.now() + 3_600_000).toISOString(), expertId: expert.id, liaisonUserId: pool.liaisons[0]!.id });
  });

  it('the expert checks every item of the checklist on a 390 px phone, with a planned problem and a photo', async () => {
    const phone = await pageAs('expert1', PHONE);
    await phone.goto(`${stage.server.url}/checkups/${invitationId}/visit`);
    await phone.getByTestId('visit-page').waitFor();
    expect(await phone.getByTestId('visit-progress').textContent()).toContain('1 / 14');
    // '未发现问题' also contains '发现问题': tap the button whose whole label is '发现问题'.
    await phone.getByText('发现问题', { exact: true }).click();
    await phone.getByTestId('visit-description').fill('环评批复要求的废气收集设施未建成');
    await phone.getByTestId('visit-advice').fill('按环评批复建设集气罩和活性炭吸附装置');
    await phone.getByText('制定整改方案', { exact: true }).click();
    await phone.getByTestId('visit-due').click();
    await phone.keyboard.type(new Date(Date.now() + 2 * 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10));
    await phone.keyboard.press('Enter');
    await phone.getByTestId('visit-milestone').fill('完成集气罩安装');
    expect(await noHorizontalScroll(phone)).toBe(true);
    await phone.screenshot({ path: `${SHOTS}/checkups-visit-problem-390.png` });
    await phone.getByTestId('visit-save-next').click();
    await phone.getByTestId('visit-progress').filter({ hasText: '2 / 14' }).waitFor();
    // Back to the problem: a photo of it.
    await phone.getByTestId('visit-prev').click();
    await phone.getByTestId('visit-progress').filter({ hasText: '1 / 14' }).waitFor();
    // The item shows what is already recorded for it.
    await phone.getByTestId('visit-recorded').filter({ hasText: '环评批复要求的废气收集设施未建成' }).waitFor();
    await phone.getByTestId('visit-photo-input').setInputFiles({ name: 'site.png', mimeType: 'image/png', buffer: PNG });
    await phone.getByText('照片已上传').waitFor();
    await phone.getByTestId('visit-recorded').filter({ hasText: '照片 1' }).waitFor();
    await phone.getByTestId('visit-next').click();
    for (let n = 2; n <= 14; n++) {
      await phone.getByTestId('visit-progress').filter({ hasText: `${n} / 14` }).waitFor();
      await phone.getByTestId('visit-save-next').click();
      if (n < 14) await phone.getByTestId('visit-progress').filter({ hasText: `${n + 1} / 14` }).waitFor();
    }
    await phone.getByTestId('visit-finish').and(phone.locator(':enabled')).waitFor();
    await phone.getByTestId('visit-finish').click();
    await phone.waitForURL((u) => u.pathname === `/checkups/${invitationId}`);
    await phone.getByTestId('checkup-status-visited').waitFor();
    // The expert signs the report.
    await phone.getByTestId('checkup-sign').click();
    await phone.getByTestId('checkup-sign-ok').click();
    await phone.getByTestId('checkup-status-rectifying').waitFor();
    await phone.screenshot({ path: `${SHOTS}/checkups-signed-390.png`, fullPage: true });
  });

  it('the enterprise downloads the Chinese report on its phone', async () => {
    const phone = await pageAs('enterprise1', PHONE);
    await phone.goto(`${stage.server.url}/checkups/${invitationId}`);
    const [download] = await Promise.all([phone.waitForEvent('download'), phone.getByTestId('checkup-download-report').click()]);
    const file = await download.path();
    const pdf = fs.readFileSync(file);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = (await pdfText(pdf)).replace(/\s+/g, '');
    for (const s of ['环保“体检”报告', '环评批复要求的废气收集设施未建成', '按环评批复建设集气罩和活性炭吸附装置', '不作为行政处罚线索']) expect(text).toContain(s);
    expect(await noHorizontalScroll(phone)).toBe(true);
  });

  it('the liaison verifies and closes the planned problem, and the figures move', async () => {
    const desk = await pageAs('service1');
    await desk.goto(`${stage.server.url}/checkups/${invitationId}`);
    await desk.getByTestId('finding-close-P1').click();
    await desk.getByTestId('checkup-close-note').fill('现场核验：集气罩和活性炭吸附装置已安装运行');
    await desk.getByTestId('checkup-close-modal-ok').click();
    await desk.getByTestId('checkup-status-closed').waitFor();
    await desk.goto(`${stage.server.url}/checkups/figures`);
    await desk.getByTestId('figure-closed').waitFor();
    const value = async (key: string) => Number(await desk.getByTestId(`figure-${key}`).getAttribute('data-value'));
    expect(await value('closed')).toBe(before.closed + 1);
    expect(await value('problems-found')).toBe(before.problemsFound + 1);
    expect(await value('open')).toBe(before.open);
    // The firm may have been served before (the demo's history): the page shows the server's count, which holds it.
    const now = await service.get<Figures>('/api/checkups/figures');
    expect(await value('firms-served')).toBe(now.firmsServed);
    expect(now.firmsServed).toBeGreaterThanOrEqual(Math.max(before.firmsServed, 1));
    await desk.screenshot({ path: `${SHOTS}/checkups-figures.png` });
  });

  it("the supervisor's dashboard shows the check-ups as counts only", async () => {
    const desk = await pageAs('supervisor');
    await desk.goto(`${stage.server.url}/supervision/dashboard`);
    const card = desk.getByTestId('checkup-counts');
    await card.getByTestId('figure-checkup-problems-found').waitFor();
    const counts = await (await apiSession(stage.server.url, 'supervisor')).get<Figures & { fixedOnSpot: number }>('/api/figures/checkups');
    const value = async (key: string) => Number(await card.getByTestId(`figure-checkup-${key}`).getAttribute('data-value'));
    expect(await value('problems-found')).toBe(counts.problemsFound);
    expect(await value('closed')).toBe(counts.closed);
    expect(await value('closed')).toBeGreaterThanOrEqual(1);
    expect(await value('firms-served')).toBe(counts.firmsServed);
    const text = await desk.locator('body').innerText();
    for (const s of [NOTE, '环评批复要求的废气收集设施未建成', '集气罩']) expect(text).not.toContain(s);
    await card.screenshot({ path: `${SHOTS}/checkups-supervisor-counts.png` });
  });

  it('an officer sees no check-up menu, no check-up tab in the enterprise file, and is refused the check-up', async () => {
    const desk = await pageAs('officer3');
    await desk.goto(`${stage.server.url}/`);
    await desk.getByTestId('menu-home').waitFor();
    expect(await desk.getByTestId('menu-checkups').count()).toBe(0);
    const officer = await apiSession(stage.server.url, 'officer3');
    const me = await (await apiSession(stage.server.url, 'enterprise1')).get<{ enterprise: { uscc: string } }>('/api/me');
    await desk.goto(`${stage.server.url}/enterprises/${me.enterprise.uscc}`);
    await desk.getByTestId('section-tab-inspections').waitFor();
    expect(await desk.getByTestId('section-tab-checkups').count()).toBe(0);
    await expect(officer.get(`/api/checkups/invitations/${invitationId}`)).rejects.toThrow(/403/);
  });
});
