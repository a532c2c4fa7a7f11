/**
 * The apply form's pre-check panel (issue 16 item 3, issue 19 point 5): what it shows comes from the server's
 * GET /api/inspections/precheck (all departments) — the conflict, the joint proposal, the A9 alerts and their
 * numbers, and the rule set applied — never from a rule re-derived in the browser.
 */
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithLocale, stubApi } from '../../test/render';
import { LiveWarnings } from './LiveWarnings';
import { useLiveWarnings } from './useLiveWarnings';

const START = Date.parse('2026-12-02T01:00:00Z');
const END = START + 8 * 3_600_000;
const brief = (code: string, departmentId: string, start: string) => ({
  inspectionId: `id-${code}`,
  code,
  departmentIds: [departmentId],
  windowStart: start,
  windowEnd: start,
});
const ruleSet = { id: 'province-test', version: 3, name: '测试省检查规则', effectiveFrom: '2026-12-01', source: 'a notice' };
const departments = {
  items: [
    { id: 'd-eco', name: '芜湖市生态环境局' },
    { id: 'd-tax', name: '芜湖市税务局' },
  ],
};

function Panel({ kind = 'planned' as const }) {
  const live = useLiveWarnings({ uscc: '91340200MA2TEST01X', kind, start: START, end: END });
  return <LiveWarnings {...live} />;
}

describe('apply form — the pre-check panel asks the server', () => {
  it('shows the server’s refusal, joint proposal and alerts with the numbers of the rule set it applied', async () => {
    const { calls } = stubApi({
      '/api/departments': departments,
      '/api/inspections/precheck': {
        refused: true,
        plannedConflict: brief('QQ1-PLANNED-ECO', 'd-eco', '2026-11-26T02:00:00Z'),
        overFrequency: false,
        overFrequencyWith: null,
        alerts: [{ kind: 'frequency-7d', count: 3, days: 7 }],
        jointProposals: [brief('QQ1-JOINT-TAX', 'd-tax', '2026-12-04T02:00:00Z')],
        days: { planned: 10, joint: 5 },
        ruleSet,
      },
    });
    renderWithLocale(<Panel />);

    const warnings = await screen.findAllByTestId('apply-live-warning');
    expect(warnings.map((w) => w.getAttribute('data-kind'))).toEqual(['planned-refused', 'joint', 'frequency']);
    // The days come from the answer (a province's 10), not from a number in the browser.
    await waitFor(() => expect(warnings[0]!.textContent).toContain('芜湖市生态环境局'));
    expect(warnings[0]!.textContent).toContain('10 日内');
    expect(warnings[1]!.textContent).toContain('芜湖市税务局');
    expect(warnings[2]!.textContent).toContain('7 日内将被检查 3 次');
    expect(screen.getByTestId('apply-live-rule-set').textContent).toBe('适用规则：测试省检查规则（第 3 版，2026-12-01 起施行）');
    expect(screen.queryByTestId('apply-live-clear')).toBeNull();

    // One question, with the whole window: the server compares windows across every department.
    const asked = calls.filter((u) => u.pathname === '/api/inspections/precheck');
    expect(asked).toHaveLength(1);
    expect(Object.fromEntries(asked[0]!.searchParams)).toEqual({
      enterpriseUscc: '91340200MA2TEST01X',
      kind: 'planned',
      start: new Date(START).toISOString(),
      end: new Date(END).toISOString(),
    });
  });

  it('says “no conflict” only when the server found none', async () => {
    stubApi({
      '/api/departments': departments,
      '/api/inspections/precheck': {
        refused: false,
        plannedConflict: null,
        overFrequency: false,
        overFrequencyWith: null,
        alerts: [],
        jointProposals: [],
        days: { planned: 7, joint: 7 },
        ruleSet: { ...ruleSet, id: 'part-a', version: 1, name: '一次检查一个码', effectiveFrom: '2024-01-01' },
      },
    });
    renderWithLocale(<Panel />);
    expect(await screen.findByTestId('apply-live-clear')).toBeTruthy();
    expect(screen.queryAllByTestId('apply-live-warning')).toHaveLength(0);
    expect(screen.getByTestId('apply-live-rule-set').textContent).toContain('第 1 版');
  });

  it('asks nothing and promises nothing before an enterprise and a start are chosen', async () => {
    const { calls } = stubApi({ '/api/departments': departments });
    function Idle() {
      const live = useLiveWarnings({ kind: 'planned' });
      return <LiveWarnings {...live} />;
    }
    renderWithLocale(<Idle />);
    expect(await screen.findByText('选择企业和检查时段后，这里会提示检查频次和联查机会')).toBeTruthy();
    expect(calls.some((u) => u.pathname === '/api/inspections/precheck')).toBe(false);
    expect(screen.queryByTestId('apply-live-clear')).toBeNull();
  });
});
