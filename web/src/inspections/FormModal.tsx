import { Form, Modal, type FormInstance } from 'antd';
import { useState, type ReactNode } from 'react';
import { applyFieldErrors } from '../api/formErrors';
import { useShowError } from '../api/useShowError';

interface Props<T> {
  open: boolean;
  title: ReactNode;
  okText?: ReactNode;
  danger?: boolean;
  initialValues?: Partial<T>;
  /** Field names whose server errors are shown on the field instead of in a message. */
  fields?: readonly string[];
  testId: string;
  onCancel: () => void;
  /** Sends the form (the caller closes the modal when it succeeds); a rejection is shown and keeps it open. */
  onSubmit: (values: T) => Promise<unknown>;
  children: ReactNode | ((form: FormInstance<T>) => ReactNode);
}

/** A modal around a vertical form: validates, sends, shows the server's field errors, closes on success. */
export function FormModal<T extends object>({
  open,
  title,
  okText,
  danger,
  initialValues,
  fields = [],
  testId,
  onCancel,
  onSubmit,
  children,
}: Props<T>) {
  const [form] = Form.useForm<T>();
  const showError = useShowError();
  const [busy, setBusy] = useState(false);

  const submit = async (values: T) => {
    setBusy(true);
    try {
      await onSubmit(values);
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
      onCancel={onCancel}
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
