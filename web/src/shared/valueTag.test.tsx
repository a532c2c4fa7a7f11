/** A value's tag: its colour, its text in the reader's language, and the value for the journeys to find. */
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithLocale } from '../test/render';
import { RepairPathTag, RepairStateTag } from '../credit/tags';

describe('valueTag', () => {
  it('colours and names the value, with the value in data-<prop> and the test id when given', () => {
    renderWithLocale(<RepairStateTag state="in-review" />);
    const tag = screen.getByTestId('credit-state');
    expect(tag.getAttribute('data-state')).toBe('in-review');
    expect(tag.className).toContain('ant-tag-processing');
    expect(tag.textContent).toBe('修复审核中');
  });

  it('leaves the test id off when none is given', () => {
    const { container } = renderWithLocale(<RepairPathTag path="automatic" />);
    const tag = container.querySelector('[data-path="automatic"]')!;
    expect(tag.hasAttribute('data-testid')).toBe(false);
    expect(tag.className).toContain('ant-tag-cyan');
  });
});
