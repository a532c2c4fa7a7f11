import { Form, type FormInstance } from 'antd';
import type { ReactNode } from 'react';
import { useFormSubmit, type Sent } from './useFormSubmit';
import { VerticalForm } from './VerticalForm';

/** What a form that sends itself (in a modal or a drawer) is given. */
export interface SentFormProps<T> {
  initialValues?: Partial<T>;
  /** Field names whose server errors are shown on the field instead of in a message. */
  fields?: readonly string[];
  /** data-testid of the form; its send button is `{testId}-ok`. */
  testId: string;
  onClose: () => void;
  /** Sends the form; its answer is shown as a message. A rejection is shown and keeps the form open. */
  onSubmit: (values: T) => Promise<Sent>;
  /** Runs when the form was sent (the caller closes it and reloads). */
  onDone?: () => void;
  children: ReactNode | ((form: FormInstance<T>) => ReactNode);
}

/**
 * The vertical form of a modal or drawer: validates, sends, shows the server's field errors on their fields and
 * tells the outcome. Returns the form (to submit from the container's button), whether it is sending, and the body.
 */
export function useSentForm<T extends object>({
  initialValues,
  fields = [],
  testId,
  onSubmit,
  onDone,
  children,
}: SentFormProps<T>): { form: FormInstance<T>; busy: boolean; body: ReactNode } {
  const [form] = Form.useForm<T>();
  const [busy, submit] = useFormSubmit(form, onSubmit, onDone, fields);
  const body = (
    <VerticalForm<T> form={form} busy={busy} initialValues={initialValues} onFinish={submit} testId={testId}>
      {typeof children === 'function' ? children(form) : children}
    </VerticalForm>
  );
  return { form, busy, body };
}
