import { Form, Input, Typography } from 'antd';
import type { ReactNode } from 'react';
import { FormModal, type FormModalProps, type Sent } from './FormModal';

type Values = Record<string, string | undefined>;

interface Props extends Omit<FormModalProps<Values>, 'children' | 'onSubmit' | 'fields' | 'initialValues'> {
  /** The field's name, as the API names it (its errors are shown on the field). */
  name?: string;
  label: ReactNode;
  /** What is said when it is empty or shorter than two characters; without it the text is optional. */
  requiredMessage?: string;
  maxLength: number;
  rows?: number;
  /** data-testid of the text area. */
  fieldTestId: string;
  initial?: string;
  /** A note under the field. */
  extra?: ReactNode;
  /** What the act concerns, above the field. */
  intro?: ReactNode;
  /** Sends the text, trimmed ('' when left empty). */
  onSubmit: (text: string) => Promise<Sent>;
}

/**
 * A modal asking for one text — a reason, a comment — before an act (撤销, 排除, 退回, 驳回 …). Its OK button
 * says the title (the act) unless `okText` says otherwise.
 */
export function ReasonModal({
  title,
  okText = title,
  name = 'reason',
  label,
  requiredMessage,
  maxLength,
  rows = 3,
  fieldTestId,
  initial,
  extra,
  intro,
  onSubmit,
  ...modal
}: Props) {
  return (
    <FormModal<Values>
      {...modal}
      title={title}
      okText={okText}
      fields={[name]}
      initialValues={initial === undefined ? undefined : { [name]: initial }}
      onSubmit={(values) => onSubmit(values[name]?.trim() ?? '')}
    >
      {intro && <Typography.Paragraph>{intro}</Typography.Paragraph>}
      <Form.Item
        name={name}
        label={label}
        extra={extra}
        rules={
          requiredMessage ? [{ required: true, whitespace: true, min: 2, message: requiredMessage }] : []
        }
      >
        <Input.TextArea rows={rows} maxLength={maxLength} showCount data-testid={fieldTestId} />
      </Form.Item>
    </FormModal>
  );
}
