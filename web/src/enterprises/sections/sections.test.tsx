import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { storeLocale, type Locale } from '../../i18n/messages';
import { renderWithLocale } from '../../test/render';
import { SECTIONS } from './index';

// Rows as the parts' section loaders answer them (src/<part>/file-section.ts), with every enumerated value a code.
const ROWS: Record<string, unknown[]> = {
  inspections: [
    {
      id: 'i1',
      code: `QQ1.${'x'.repeat(200)}`,
      kind: 'triggered',
      trigger: 'enterprise-request',
      departments: [{ id: 'd1', name: '市场监管局' }],
      items: [{ id: 'it1', name: '食品经营许可检查' }],
      window: { start: '2026-11-20T01:00:00Z', end: '2026-11-20T09:00:00Z' },
      officers: [{ id: 'o1', name: '张建国' }],
      status: 'done',
      result: 'no-problem',
      rating: 4,
    },
  ],
  penalties: [
    {
      id: 'p1',
      enterpriseId: 'e1',
      uscc: '91340200MA2N0XXXX1',
      decisionNo: '芜市监罚〔2026〕1号',
      departmentId: 'd1',
      departmentName: '芜湖市市场监督管理局',
      decisionDate: '2026-03-01',
      kinds: ['warning', 'fine'],
      fineAmount: 2000,
      severity: 'minor',
      status: 'published',
      publicity: { start: '2026-03-01', minEnd: '2026-05-31', maxEnd: '2026-08-31' },
      repairableFrom: '2026-06-01',
      repairableFromDay: '2026-06-01',
      repairPath: 'application',
      repairWay: 'application',
      state: 'apply-now',
      today: '2026-07-01',
      publicityClass: 'lesser',
      dutiesFulfilledOn: null,
      invitedAt: null,
      repairedAt: null,
      repairedHow: null,
      expiredAt: null,
      createdAt: '2026-03-01T02:00:00Z',
    },
  ],
  licences: [
    {
      id: 'l1',
      kind: { code: 'drug-retail', name: '药品经营许可证（零售）' },
      number: '皖DA5530001',
      holder: '91340200MA2N0XXXX1',
      validFrom: '2022-01-01',
      validUntil: '2027-01-01',
      status: 'valid',
      scope: null,
      reminders: [{ windowDays: 180, sentAt: '2026-07-05T01:00:00Z', applyBy: '2026-07-05', title: 'x' }],
    },
  ],
  checkups: [
    {
      id: 'c1',
      appliedAt: '2026-10-01T01:00:00Z',
      channel: 'phone',
      expert: '孙文博',
      liaison: null,
      visitDate: null,
      status: 'received',
      problemCount: 2,
      open: 1,
      reportUrl: '/api/checkups/files/f1',
    },
  ],
  complaints: [
    { source: 'enterprise-complaint', id: 'k1', at: '2026-10-02T01:00:00Z', inspectionId: 'i1', department: '市场监管局', category: 'no-code', content: '未出示检查码' },
    { source: 'hotline', id: 'k2', at: '2026-10-03T01:00:00Z', ticketNo: 'WH12345-1', category: '市场监管', content: '投诉', callerPhone: '138****0000', enforcementRelated: true, signalId: null },
  ],
  supervision: [
    {
      id: 's1',
      caseNo: 'DB-2026-0001',
      title: '检查结果逾期未录入',
      source: 'code-monitoring',
      status: 'answered',
      department: { id: 'd1', name: '市场监管局' },
      openedAt: '2026-10-01T01:00:00Z',
      dueDay: '2026-10-15',
      closedAt: null,
      closedOnTime: null,
    },
  ],
};

const DEVELOPER_WORD = /^[a-z]+([A-Z][a-z0-9]*)+$|^[a-z0-9]+(_[a-z0-9]+)+$|^[a-z]+(-[a-z]+)+$/;
const MESSAGE_KEY = /\b[a-z][a-zA-Z]*(\.[a-z][a-zA-Z0-9]*){1,4}\b/;

function texts(container: HTMLElement, selector: string): string[] {
  return Array.from(container.querySelectorAll(selector)).map((el) => (el.textContent ?? '').trim()).filter(Boolean);
}

describe('the enterprise file’s sections — one presenter each, in the reader’s language', () => {
  for (const locale of ['zh-CN', 'en-US'] as Locale[]) {
    for (const section of SECTIONS) {
      it(`${section.key} (${locale}): dictionary titles, named values, no field name or code shown`, () => {
        storeLocale(locale);
        const { container } = renderWithLocale(<MemoryRouter>{section.render(ROWS[section.key] ?? [])}</MemoryRouter>);
        const headers = texts(container, 'th');
        const cells = texts(container, 'td');
        expect(headers.length).toBeGreaterThan(3);
        for (const h of headers) expect(h, `header "${h}"`).not.toMatch(DEVELOPER_WORD);
        for (const c of cells) {
          expect(c, `cell "${c}"`).not.toMatch(DEVELOPER_WORD);
          expect(c, `cell "${c}"`).not.toMatch(MESSAGE_KEY);
          if (locale === 'zh-CN') expect(c, `cell "${c}"`).not.toMatch(/^[a-z]{3,}$/);
        }
        // The signed inspection code is shortened (copyable whole), never printed in full.
        expect(container.textContent).not.toContain('x'.repeat(40));
      });
    }
  }
});
