/** The rights box on a scanned code and the credit guide's explainer are one notice card: titled, found by test id. */
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithLocale } from '../test/render';
import { RightsBox } from '../scan/RightsBox';

describe('NoticeCard', () => {
  it('shows the title and the content in the box named by its test id', () => {
    renderWithLocale(<RightsBox />);
    const box = screen.getByTestId('scan-rights');
    expect(box.querySelector('.ant-card-head-title')?.textContent).toContain('您的权利');
    expect(box.querySelectorAll('li')).toHaveLength(4);
    expect((box as HTMLElement).style.breakInside).toBe('avoid');
  });
});
