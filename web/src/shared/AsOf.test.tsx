import { afterEach, describe, expect, it } from 'vitest';
import { storeLocale } from '../i18n/messages';
import { renderWithLocale } from '../test/render';
import { AsOf } from './AsOf';

describe('AsOf — when the figures were last brought up to date', () => {
  afterEach(() => storeLocale('zh-CN'));

  it('shows the China wall clock the server names, in Chinese first', () => {
    const { container } = renderWithLocale(<AsOf value="2026-11-20T10:00:05+08:00" />);
    expect(container.textContent).toBe('数据截至 2026-11-20 10:00:05（北京时间）');
  });

  it('in English, and says so before the first fold; nothing while the figures load', () => {
    storeLocale('en-US');
    const { container, rerender } = renderWithLocale(<AsOf value="2026-11-20T23:59:59+08:00" />);
    expect(container.textContent).toBe('As of 2026-11-20 23:59:59 (China time)');
    rerender(<AsOf value={null} />);
    expect(container.textContent).toBe('Figures are being compiled; refresh shortly');
    rerender(<AsOf value={undefined} />);
    expect(container.textContent).toBe('');
  });
});
