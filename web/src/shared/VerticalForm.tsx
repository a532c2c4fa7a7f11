import { Form, type FormProps } from 'antd';
import type { ReactNode } from 'react';

interface Props<T> extends Omit<FormProps<T>, 'layout' | 'disabled' | 'children'> {
  children: ReactNode;
  /** Sending: every field is disabled meanwhile. */
  busy: boolean;
  testId?: string;
}

/** The house form: labels above their fields, every field disabled while it sends. */
export function VerticalForm<T>({ busy, testId, ...form }: Props<T>) {
  return <Form<T> layout="vertical" disabled={busy} data-testid={testId} {...form} />;
}
