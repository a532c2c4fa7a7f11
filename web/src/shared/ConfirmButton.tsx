import { App, Button, Popconfirm, type ButtonProps } from 'antd';
import type { ReactNode } from 'react';
import { useAction } from './useAction';

interface Props extends Omit<ButtonProps, 'onClick' | 'loading'> {
  /** The question asked before acting. */
  confirm: ReactNode;
  description?: ReactNode;
  /** data-testid of the button; its confirmation's OK button is `{testId}-ok`. */
  testId?: string;
  /** data-testid of the confirmation's OK button, where it is not `{testId}-ok`. */
  okTestId?: string;
  /** The act; the text it resolves to is shown as a success message. A failure is shown and changes nothing. */
  action: () => Promise<string | void>;
}

/** A button that asks first, then acts once (busy while it runs). */
export function ConfirmButton({
  confirm,
  description,
  testId,
  okTestId = testId && `${testId}-ok`,
  action,
  ...button
}: Props) {
  const { message } = App.useApp();
  const [busy, run] = useAction();
  const act = () =>
    run(async () => {
      const done = await action();
      if (done) void message.success(done);
    });
  return (
    <Popconfirm
      title={confirm}
      description={description}
      onConfirm={act}
      okButtonProps={okTestId ? { ...{ 'data-testid': okTestId } } : undefined}
    >
      <Button data-testid={testId} {...button} loading={busy} />
    </Popconfirm>
  );
}
