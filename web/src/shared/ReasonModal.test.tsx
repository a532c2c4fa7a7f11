/**
 * The one modal that asks for a reason before an act (撤销, 排除, 退回, 驳回 …): its validation keeps an empty
 * or too short reason from being sent, what is sent is trimmed, and the server's answer is shown where it belongs.
 */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { App } from 'antd';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/client';
import { renderWithLocale } from '../test/render';
import { ReasonModal } from './ReasonModal';
import type { Sent } from './FormModal';

function open(onSubmit: (text: string) => Promise<Sent>, { required = true } = {}) {
  const onDone = vi.fn();
  renderWithLocale(
    <App>
      <ReasonModal
        title="撤销检查码"
        label="撤销理由"
        requiredMessage={required ? '请填写理由（至少 2 个字）' : undefined}
        maxLength={200}
        fieldTestId="reason-text"
        testId="reason"
        onClose={() => {}}
        onSubmit={onSubmit}
        onDone={onDone}
      />
    </App>,
  );
  const type = (text: string) => fireEvent.change(screen.getByTestId('reason-text'), { target: { value: text } });
  const ok = () => fireEvent.click(screen.getByTestId('reason-ok'));
  return { type, ok, onDone };
}

describe('ReasonModal — a reason before an act', () => {
  it.each(['', '   ', '停'])('does not send the reason %j, and says why on the field', async (text) => {
    const onSubmit = vi.fn(async () => '已撤销');
    const { type, ok } = open(onSubmit);
    type(text);
    ok();
    expect(await screen.findByText('请填写理由（至少 2 个字）')).toBeTruthy();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('sends the reason trimmed, shows the answer and hands over to the caller', async () => {
    const onSubmit = vi.fn(async () => '已撤销');
    const { type, ok, onDone } = open(onSubmit);
    type('  企业停业  ');
    ok();
    await waitFor(() => expect(onDone).toHaveBeenCalledTimes(1));
    expect(onSubmit).toHaveBeenCalledWith('企业停业');
    expect(await screen.findByText('已撤销')).toBeTruthy();
  });

  it('an optional reason may be left empty: it is sent as ""', async () => {
    const onSubmit = vi.fn(async () => undefined);
    const { ok, onDone } = open(onSubmit, { required: false });
    ok();
    await waitFor(() => expect(onDone).toHaveBeenCalledTimes(1));
    expect(onSubmit).toHaveBeenCalledWith('');
  });

  it('puts the server’s error on the field it names, and stays open without handing over', async () => {
    const problem = new ApiError({
      type: 'about:blank',
      title: 'Unprocessable',
      status: 422,
      detail: '请求参数有误',
      code: 'validation',
      errors: [{ path: 'body.reason', message: '理由含有不允许的字符' }],
    });
    const onSubmit = vi.fn(async (): Promise<Sent> => {
      throw problem;
    });
    const { type, ok, onDone } = open(onSubmit);
    type('企业停业');
    ok();
    expect(await screen.findByText('理由含有不允许的字符')).toBeTruthy();
    expect(onDone).not.toHaveBeenCalled();
    expect(screen.getByTestId('reason-text')).toBeTruthy();
  });
});
