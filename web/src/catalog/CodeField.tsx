import { Form, Input } from 'antd';
import { useT } from '../i18n';

/** The code of a catalog entry (an item, a scenario): required, at most 40 characters, with the hint on its form. */
export function CodeField({ testId }: { testId: string }) {
  const t = useT();
  return (
    <Form.Item
      name="code"
      label={t('catalog.code')}
      extra={t('catalog.form.codeHint')}
      rules={[{ required: true, max: 40 }]}
    >
      <Input data-testid={testId} />
    </Form.Item>
  );
}
