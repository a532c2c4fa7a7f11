import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Space, type FormListFieldData, type SpaceProps } from 'antd';
import type { CSSProperties, ReactNode } from 'react';

interface Props {
  /** The list's field name (an array of rows in the form's values). */
  name: string;
  /** The values of a row added by the button. */
  newRow: object;
  addLabel: ReactNode;
  /** How a row's fields are laid out beside its remove icon. */
  rowProps?: SpaceProps;
  addStyle?: CSSProperties;
  /** A row's fields (`n` counts from 0). */
  children: (field: FormListFieldData, n: number) => ReactNode;
}

/** Rows the user adds and removes (a question and its answer …): one row cannot be removed, the last one left. */
export function FormRows({ name, newRow, addLabel, rowProps, addStyle, children }: Props) {
  return (
    <Form.List name={name}>
      {(fields, { add, remove }) => (
        <>
          {fields.map((f, n) => (
            <Space key={f.key} align="start" {...rowProps} style={{ display: 'flex', ...rowProps?.style }}>
              {children(f, n)}
              {fields.length > 1 && <MinusCircleOutlined onClick={() => remove(f.name)} style={{ marginTop: 8 }} />}
            </Space>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add(newRow)} block style={addStyle}>
            {addLabel}
          </Button>
        </>
      )}
    </Form.List>
  );
}
