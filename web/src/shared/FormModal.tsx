import { Form, Modal, type FormInstance } from 'antd';
import type { ReactNode } from 'react';
import { useFormSubmit, type Sent } from './useFormSubmit';

export type { Sent };

/** A modal that acts on something: `onClose` cancels it, `onDone` follows the act. */
export interface ActionModalProps {
  onClose: () => void;
  onDone: () => void;
}

export interface FormModalProps<T> {
  /** Shown unless false (callers usually mount the modal only while it is open). */
  open?: boolean;
  title: ReactNode;
  okText?: ReactNode;
  danger?: boolean;
  initialValues?: Partial<T>;
  /** Field names whose server errors are shown on the field instead of in a message. */
  fields?: readonly string[];
  testId: string;
  onClose: () => void;
  /** Sends the form; its answer is shown as a message. A rejection is shown and keeps the modal open. */
  onSubmit: (values: T) => Promise<Sent>;
  /** Runs when the form was sent (the caller closes the modal and reloads). */
  onDone?: () => void;
  children: ReactNode | ((form: FormInstance<T>) => ReactNode);
}

/** A modal around a vertical form: validates, sends, shows the server's field errors, tells the outcome. */
export function FormModal<T extends object>({
  open = true,
  title,
  okText,
  danger,
  initialValues,
  fields = [],
  testId,
  onClose,
  onSubmit,
  onDone,
  children,
}: FormModalProps<T>) {
  const [form] = Form.useForm<T>();
  const [busy, submit] = useFormSubmit(form, onSubmit, onDone, fields);

  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
      okButtonProps={{ danger, loading: busy, ...{ 'data-testid': `${testId}-ok` } }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<T>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={submit}
        disabled={busy}
        data-testid={testId}
      >
        {typeof children === 'function' ? children(form) : children}
      </Form>
    </Modal>
  );
}
