/**
 * The one required field: its message names the field in the reader's language, blank text counts as empty where
 * the field says so, and the field's own rules still apply after it.
 */
import { fireEvent, screen } from '@testing-library/react';
import { Button, Form, Input } from 'antd';
import { describe, expect, it, vi } from 'vitest';
import { renderWithLocale } from '../test/render';
import { Field, type Required } from './Field';

function form(required: Required, onFinish = vi.fn()) {
  renderWithLocale(
    <Form onFinish={onFinish}>
      <Field name="title" label="标题" required={required} rules={[{ max: 4, message: '太长' }]}>
        <Input data-testid="title" />
      </Field>
      <Button htmlType="submit" data-testid="send">
        send
      </Button>
    </Form>,
  );
  const type = (text: string) => fireEvent.change(screen.getByTestId('title'), { target: { value: text } });
  const send = () => fireEvent.click(screen.getByTestId('send'));
  return { type, send, onFinish };
}

describe('Field', () => {
  it('says which field is empty, in Chinese first', async () => {
    const { send, onFinish } = form(true);
    send();
    expect(await screen.findByText('请填写标题')).toBeTruthy();
    expect(onFinish).not.toHaveBeenCalled();
  });

  it("counts blank text as empty with required='text', and sends real text", async () => {
    const { type, send, onFinish } = form('text');
    type('   ');
    send();
    expect(await screen.findByText('请填写标题')).toBeTruthy();
    type('整改');
    send();
    await vi.waitFor(() => expect(onFinish).toHaveBeenCalledWith({ title: '整改' }));
  });

  it('keeps the field’s own rules, and asks nothing of an optional field', async () => {
    const { type, send, onFinish } = form(false);
    type('太长的标题');
    send();
    expect(await screen.findByText('太长')).toBeTruthy();
    type('');
    send();
    await vi.waitFor(() => expect(onFinish).toHaveBeenCalled());
    expect(screen.queryByText('请填写标题')).toBeNull();
  });
});

describe('Field of a date or a choice', () => {
  it('accepts a value that is not text', async () => {
    const onFinish = vi.fn();
    renderWithLocale(
      <Form onFinish={onFinish} initialValues={{ kinds: ['fine'], due: new Date(0) }}>
        <Field name="kinds" label="处罚种类" required>
          <Input />
        </Field>
        <Field name="due" label="期限" required>
          <Input />
        </Field>
        <Button htmlType="submit" data-testid="send">
          send
        </Button>
      </Form>,
    );
    fireEvent.click(screen.getByTestId('send'));
    await vi.waitFor(() => expect(onFinish).toHaveBeenCalled());
  });
});
