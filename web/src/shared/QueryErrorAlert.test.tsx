import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/client';
import { renderWithLocale } from '../test/render';
import { QueryErrorAlert } from './QueryErrorAlert';

const problem = (status: number, detail: string) =>
  new ApiError({ type: 'about:blank', title: '', status, detail, code: 'x' });

describe('QueryErrorAlert — a failed list load', () => {
  it('shows the server’s (localized) detail and retries on request', () => {
    const onRetry = vi.fn();
    renderWithLocale(<QueryErrorAlert error={problem(503, '服务暂不可用')} onRetry={onRetry} />);
    expect(screen.getByRole('alert').textContent).toContain('服务暂不可用');
    fireEvent.click(screen.getByRole('button', { name: /重\s*试/ }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('shows a generic text for an error that is not the API’s, and no retry button without a handler', () => {
    renderWithLocale(<QueryErrorAlert error={new Error('boom')} />);
    expect(screen.getByRole('alert').textContent).not.toContain('boom');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('shows nothing without an error, and nothing for a 401 (the login page follows)', () => {
    const { container, rerender } = renderWithLocale(<QueryErrorAlert error={undefined} />);
    expect(container.textContent).toBe('');
    rerender(<QueryErrorAlert error={problem(401, '请重新登录')} />);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
