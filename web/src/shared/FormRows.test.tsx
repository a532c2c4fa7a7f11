/** Rows added and removed by the user: a new row has the given values, and the last row left cannot be removed. */
import { fireEvent, screen } from '@testing-library/react';
import { Button, Form, Input } from 'antd';
import { describe, expect, it, vi } from 'vitest';
import { renderWithLocale } from '../test/render';
import { FormRows } from './FormRows';

function form(onFinish = vi.fn()) {
  const { container } = renderWithLocale(
    <Form onFinish={onFinish} initialValues={{ questions: [{ q: '第一问' }] }}>
      <FormRows name="questions" newRow={{ q: '新问题' }} addLabel="加一问">
        {(f, n) => (
          <Form.Item name={[f.name, 'q']}>
            <Input data-testid={`q${n}`} />
          </Form.Item>
        )}
      </FormRows>
      <Button htmlType="submit" data-testid="send">
        send
      </Button>
    </Form>,
  );
  const removeIcons = () => container.querySelectorAll('.anticon-minus-circle');
  return { onFinish, removeIcons };
}

describe('FormRows', () => {
  it('adds a row with the new values, and removes any row while more than one is left', async () => {
    const { onFinish, removeIcons } = form();
    expect(removeIcons()).toHaveLength(0);
    fireEvent.click(screen.getByText('加一问'));
    expect((await screen.findByTestId<HTMLInputElement>('q1')).value).toBe('新问题');
    expect(removeIcons()).toHaveLength(2);
    fireEvent.click(removeIcons()[0]!);
    await vi.waitFor(() => expect(removeIcons()).toHaveLength(0));
    fireEvent.click(screen.getByTestId('send'));
    await vi.waitFor(() => expect(onFinish).toHaveBeenCalledWith({ questions: [{ q: '新问题' }] }));
  });
});
