import { PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../i18n';

/** A list's button that adds to it (primary, with the plus icon); it says 新增 unless given its own words. */
export function NewButton({
  onClick,
  testId,
  children,
}: {
  onClick: () => void;
  testId: string;
  children?: ReactNode;
}) {
  const t = useT();
  return (
    <Button type="primary" icon={<PlusOutlined />} onClick={onClick} data-testid={testId}>
      {children ?? t('common.add')}
    </Button>
  );
}
