import { fireEvent, screen, waitFor } from '@testing-library/react';
import { App } from 'antd';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/client';
import { renderWithLocale } from '../test/render';
import { ConfirmButton } from './ConfirmButton';

function button(action: () => Promise<string | void>) {
  renderWithLocale(
    <App>
      <ConfirmButton confirm="确定发布该事项？" testId="publish" action={action}>
        发布
      </ConfirmButton>
    </App>,
  );
}

describe('ConfirmButton — asks first, then acts once', () => {
  it('does nothing until the question is confirmed, then acts once and shows what the act says', async () => {
    const action = vi.fn(async () => '已发布');
    button(action);
    fireEvent.click(screen.getByTestId('publish'));
    expect(await screen.findByText('确定发布该事项？')).toBeTruthy();
    expect(action).not.toHaveBeenCalled();
    fireEvent.click(screen.getByTestId('publish-ok'));
    await waitFor(() => expect(action).toHaveBeenCalledTimes(1));
    expect(await screen.findByText('已发布')).toBeTruthy();
  });

  it('shows a failure (the server’s detail) instead of a success', async () => {
    const action = vi.fn(async () => {
      throw new ApiError({ type: 'about:blank', title: 'Conflict', status: 409, detail: '该事项已被其他人修改', code: 'conflict' });
    });
    button(action);
    fireEvent.click(screen.getByTestId('publish'));
    fireEvent.click(await screen.findByTestId('publish-ok'));
    expect(await screen.findByText('该事项已被其他人修改')).toBeTruthy();
  });
});
