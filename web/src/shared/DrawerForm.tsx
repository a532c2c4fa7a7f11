import { Button, Drawer, Form, Space, type FormInstance } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../i18n';
import { useFormSubmit, type Sent } from './useFormSubmit';

export interface DrawerFormProps<T> {
  title: ReactNode;
  initialValues?: Partial<T>;
  /** Field names whose server errors are shown on the field instead of in a message. */
  fields?: readonly string[];
  /** data-testid of the form; the save button is `{testId}-ok`. */
  testId: string;
  onClose: () => void;
  /** Sends the form; its answer is shown as a message. A rejection is shown and keeps the drawer open. */
  onSubmit: (values: T) => Promise<Sent>;
  /** Runs when the form was sent (the caller closes the drawer and reloads). */
  onDone?: () => void;
  width?: number;
  children: ReactNode | ((form: FormInstance<T>) => ReactNode);
}

/**
 * 新增/编辑 in a drawer (the Ant Design Pro convention for master data): a vertical form that validates, sends,
 * shows the server's field errors on their fields and tells the outcome. Mount it only while it is open.
 */
export function DrawerForm<T extends object>({
  title,
  initialValues,
  fields = [],
  testId,
  onClose,
  onSubmit,
  onDone,
  width = 560,
  children,
}: DrawerFormProps<T>) {
  const t = useT();
  const [form] = Form.useForm<T>();
  const [busy, submit] = useFormSubmit(form, onSubmit, onDone, fields);
  return (
    <Drawer
      open
      title={title}
      size={width}
      onClose={onClose}
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={busy} onClick={() => form.submit()} data-testid={`${testId}-ok`}>
            {t('common.save')}
          </Button>
        </Space>
      }
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
    </Drawer>
  );
}
