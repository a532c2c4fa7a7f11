import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Scenario } from '../../catalog/types';
import { renderWithLocale } from '../../test/render';
import { ItemsHint } from './ItemsHint';

const base = {
  allIndustries: false,
  onAllIndustries: vi.fn(),
  onScenario: vi.fn(),
  scenarios: [] as Scenario[],
};

describe('ItemsHint — what is true about the items offered', () => {
  it('says the department has published none only when it has none at all', () => {
    renderWithLocale(<ItemsHint {...base} industryName="餐饮服务" offered={0} departmentTotal={0} />);
    expect(screen.getByRole('alert').textContent).toContain('本部门暂无已公布的检查事项');
  });

  it('says the department has items, just none for the industry, and offers the others and the scenarios', () => {
    const onAll = vi.fn();
    const onScenario = vi.fn();
    const scenario = { id: 's1', name: '餐饮店综合查一次' } as Scenario;
    renderWithLocale(
      <ItemsHint
        {...base}
        onAllIndustries={onAll}
        onScenario={onScenario}
        scenarios={[scenario]}
        industryName="药品零售"
        offered={0}
        departmentTotal={12}
      />,
    );
    const text = screen.getByRole('alert').textContent ?? '';
    expect(text).toContain('本部门已公布 12 项检查事项，但没有适用于“药品零售”行业的事项');
    expect(text).not.toContain('暂无已公布');
    fireEvent.click(screen.getByRole('button', { name: /显示本部门全部 12 项事项/ }));
    expect(onAll).toHaveBeenCalledWith(true);
    fireEvent.click(screen.getByRole('button', { name: /餐饮店综合查一次/ }));
    expect(onScenario).toHaveBeenCalledWith('s1');
  });

  it('shows nothing while the industry has items, and the way back while all are shown', () => {
    const { container, rerender } = renderWithLocale(
      <ItemsHint {...base} industryName="餐饮服务" offered={3} departmentTotal={12} />,
    );
    expect(container.textContent).toBe('');
    const onAll = vi.fn();
    rerender(
      <ItemsHint
        {...base}
        onAllIndustries={onAll}
        allIndustries
        industryName="餐饮服务"
        offered={12}
        departmentTotal={12}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: /只看本行业事项/ }));
    expect(onAll).toHaveBeenCalledWith(false);
  });
});
