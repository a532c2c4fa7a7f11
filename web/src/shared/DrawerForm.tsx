import { Button, Drawer, Space } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../i18n';
import { useSentForm, type SentFormProps } from './useSentForm';

export interface DrawerFormProps<T> extends SentFormProps<T> {
  title: ReactNode;
  width?: number;
}

/**
 * 新增/编辑 in a drawer (the Ant Design Pro convention for master data): a vertical form that validates, sends,
 * shows the server's field errors on their fields and tells the outcome. Mount it only while it is open.
 */
export function DrawerForm<T extends object>({ title, width = 560, ...sent }: DrawerFormProps<T>) {
  const t = useT();
  const { form, busy, body } = useSentForm(sent);
  return (
    <Drawer
      open
      title={title}
      size={width}
      onClose={sent.onClose}
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={sent.onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={busy} onClick={() => form.submit()} data-testid={`${sent.testId}-ok`}>
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      {body}
    </Drawer>
  );
}
