import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { journeyStage, PHONE, SHOTS } from './support/journey.js';
import { apiSession, type ApiSession } from './support/api.js';

/**
 * Part D's service side in the browser: officer5 records the extra hour of a visit (D4); explains a penalty of
 * the drug department and enterprise2 reads the explanation with its ways to challenge beside the penalty (D5);
 * enterprise2 fills in a 回头看 form on a 390 px phone and the department sees the return rate (D6); a draft batch
 * of typical cases is published as the next 第N批 and appears on the public page, which needs no sign-in.
 */

const stage = journeyStage({ viewport: { width: 1440, height: 900 } });
const { pageAs } = stage;
let officerApi: ApiSession;
let uscc: string;
let penaltyId: string;
const decisionNo = `芜药监罚〔2026〕${Date.now() % 100000}号`;

const noSidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1);

beforeAll(async () => {
  officerApi = await apiSession(stage.server.url, 'officer5');
  const ent = await apiSession(stage.server.url, 'enterprise2');
  uscc = (await ent.get<{ enterprise: { uscc: string } }>('/api/me')).enterprise.uscc;
  const me = await officerApi.get<{ department: { id: string } }>('/api/me');
  const credit = await apiSession(stage.server.url, 'credit');
  const decidedOn = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
  penaltyId = (
    await credit.post<{ id: string }>('/api/credit/penalties', { subjectUscc: uscc, decisionNo, departmentId: me.department.id, decisionDate: decidedOn, kinds: ['fine'], fineAmount: 20000 })
  ).id;
  await officerApi.post('/api/followup-surveys', {
    subject: '药品零售整改回头看（浏览器）',
    questions: [
      { text: '整改措施目前是否仍在落实？', kind: 'choice', options: ['是', '否'] },
      { text: '您对监管服务还有哪些意见建议？', kind: 'text' },
    ],
    target: { enterpriseUsccs: [uscc] },
  });
});

describe('drug regulation service journey (检查服务、处罚说理、回头看、典型案例)', () => {
  it('the officer records the extra hour of a visit', async () => {
    const officer = await pageAs('officer5');
    await officer.getByTestId('menu-drug-service').click();
    await officer.waitForURL('**/drugs/service');
    await officer.getByTestId('service-record-open').first().click();
    const form = officer.getByTestId('service-form');
    await form.waitFor();
    await form.getByTestId('service-form-topic').fill('处方药销售答疑');
    await form.getByTestId('service-form-q0').fill('执业药师临时外出时能否销售处方药？');
    await form.getByTestId('service-form-a0').fill('不能，应挂牌告知并暂停销售处方药。');
    await officer.locator('.ant-modal-footer .ant-btn-primary').click();
    await expect.poll(() => officer.getByTestId('service-records').innerText()).toContain('处方药销售答疑');
    await officer.screenshot({ path: `${SHOTS}/drugs-service-records.png`, fullPage: true });
  });

  it('the officer explains a decision; the enterprise reads it beside the penalty with the ways to challenge', async () => {
    const officer = await pageAs('officer5');
    await officer.getByTestId('menu-drug-decisions').click();
    await officer.waitForURL('**/drugs/decisions');
    const row = officer.getByTestId('decision-table').locator('tr', { hasText: decisionNo });
    await row.getByTestId('decision-explain').click();
    const form = officer.getByTestId('decision-form');
    await form.waitFor();
    await form.getByTestId('decision-form-facts').fill('当事人在执业药师不在岗时销售处方药。');
    await form.getByTestId('decision-form-provision').fill('《药品经营和使用质量监督管理办法》第六十八条');
    await form.getByTestId('decision-form-standard').fill('裁量基准一般情形：一万元以上三万元以下罚款');
    await form.getByTestId('decision-form-discretion').fill('初次违法、主动改正，从轻处罚二万元');
    await form.getByTestId('decision-form-reviewBody').fill('芜湖市人民政府');
    await form.getByTestId('decision-form-court').fill('芜湖市镜湖区人民法院');
    await form.getByTestId('decision-review').waitFor();
    await officer.locator('.ant-modal-footer .ant-btn-primary').click();
    await expect.poll(() => row.innerText()).toContain('已说理');

    const ent = await pageAs('enterprise2', PHONE);
    await ent.goto(`${stage.server.url}/my-credit/records/${penaltyId}`);
    const card = ent.getByTestId('decision-explanation');
    await card.waitFor();
    const text = await card.innerText();
    for (const s of ['当事人在执业药师不在岗时销售处方药。', '申请行政复议', '《中华人民共和国行政复议法》第二十条', '提起行政诉讼', '《中华人民共和国行政诉讼法》第四十六条', '芜湖市人民政府'])
      expect(text).toContain(s);
    expect(await noSidewaysScroll(ent)).toBe(true);
    await ent.screenshot({ path: `${SHOTS}/drugs-decision-explanation-390.png`, fullPage: true });
  });

  it('the enterprise fills in its 回头看 form on a phone; the department sees the return rate', async () => {
    const ent = await pageAs('enterprise2', PHONE);
    await ent.getByTestId('menu-toggle').click();
    await ent.getByTestId('menu-my-forms').click();
    await ent.waitForURL('**/drugs/my-forms');
    const form = ent.getByTestId('my-form').filter({ hasText: '药品零售整改回头看（浏览器）' });
    await form.getByTestId('my-form-open').click();
    await form.getByTestId('my-form-q0').getByText('是', { exact: true }).click();
    await form.getByTestId('my-form-q1').fill('希望多开展现场教学');
    await form.getByTestId('my-form-submit').click();
    await expect.poll(() => form.innerText()).toContain('已填报');
    expect(await noSidewaysScroll(ent)).toBe(true);
    await ent.screenshot({ path: `${SHOTS}/drugs-followup-form-390.png`, fullPage: true });

    const officer = await pageAs('officer5');
    await officer.goto(`${stage.server.url}/drugs/followups`);
    const rate = officer.getByTestId('figure-followup-rate');
    await rate.waitFor();
    expect(await rate.getAttribute('data-detail')).toBe('1/1');
  });

  it('a draft batch of typical cases is not public; published, it is the next 第N批 on the public page', async () => {
    const title = `药品安全典型案例（浏览器 ${Date.now() % 100000}）`;
    await officerApi.post('/api/typical-cases', {
      title,
      cases: [{ title: '某药房销售劣药案', facts: '维生素C片含量不合格。', decision: '没收违法所得并处罚款。', lesson: '购进药品应严格验收。' }],
    });
    const visitor = await pageAs(null, PHONE);
    await visitor.goto(`${stage.server.url}/drugs/typical-cases`);
    await visitor.getByTestId('public-case-batch').first().waitFor();
    expect(await visitor.locator('body').innerText()).not.toContain(title);

    const officer = await pageAs('officer5');
    await officer.getByTestId('menu-drug-cases').click();
    await officer.waitForURL('**/drugs/cases');
    const batch = officer.locator('.ant-collapse-item', { hasText: title });
    await batch.getByTestId('cases-publish').click();
    await officer.getByTestId('cases-publish-ok').click();
    await expect.poll(() => batch.innerText()).toContain('第2批');

    await visitor.reload();
    const published = visitor.getByTestId('public-case-batch').filter({ hasText: title });
    await published.waitFor();
    expect(await published.innerText()).toContain('第2批');
    expect(await noSidewaysScroll(visitor)).toBe(true);
    await visitor.screenshot({ path: `${SHOTS}/drugs-typical-cases-390.png`, fullPage: true });
  });
});
