import { App, Form, Modal, type FormInstance } from 'antd';
import { useState, type ReactNode } from 'react';
import { applyFieldErrors } from '../api/formErrors';
import { useShowError } from '../api/useShowError';

/** What a sent form tells the user: a success message, or a warning (e.g. "recorded, but late"). */
export type Sent = string | { warning: string } | void;

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
  const { message } = App.useApp();
  const showError = useShowError();
  const [busy, setBusy] = useState(false);

  const submit = async (values: T) => {
    setBusy(true);
    try {
      const sent = await onSubmit(values);
      if (typeof sent === 'string') void message.success(sent);
      else if (sent) void message.warning(sent.warning);
      onDone?.();
    } catch (error) {
      if (!applyFieldErrors(form, error, fields)) showError(error);
    } finally {
      setBusy(false);
    }
  };

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
