import { Modal } from 'antd';
import type { ReactNode } from 'react';
import { useSentForm, type SentFormProps } from './useSentForm';
import type { Sent } from './useFormSubmit';

export type { Sent };

/** A modal that acts on something: `onClose` cancels it, `onDone` follows the act. */
export interface ActionModalProps {
  onClose: () => void;
  onDone: () => void;
}

export interface FormModalProps<T> extends SentFormProps<T> {
  /** Shown unless false (callers usually mount the modal only while it is open). */
  open?: boolean;
  title: ReactNode;
  okText?: ReactNode;
  danger?: boolean;
}

/** A modal around a vertical form: validates, sends, shows the server's field errors, tells the outcome. */
export function FormModal<T extends object>({ open = true, title, okText, danger, ...sent }: FormModalProps<T>) {
  const { form, busy, body } = useSentForm(sent);
  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
      okButtonProps={{ danger, loading: busy, ...{ 'data-testid': `${sent.testId}-ok` } }}
      onOk={() => form.submit()}
      onCancel={sent.onClose}
      destroyOnHidden
    >
      {body}
    </Modal>
  );
}
