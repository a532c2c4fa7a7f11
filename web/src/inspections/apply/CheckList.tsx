import { Checkbox, Empty, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../../i18n';

export interface CheckOption {
  value: string;
  title: ReactNode;
  /** Secondary lines under the title. */
  extra?: ReactNode;
  disabled?: boolean;
}

interface Props {
  options: readonly CheckOption[];
  value?: string[];
  onChange?: (value: string[]) => void;
  testId: string;
}

/** A bordered vertical list of checkboxes with two-line labels (form-controlled: value / onChange). */
export function CheckList({ options, value = [], onChange, testId }: Props) {
  const t = useT();
  if (!options.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('common.empty')} />;
  return (
    <Checkbox.Group value={value} onChange={(v) => onChange?.(v as string[])} style={{ width: '100%' }}>
      <Flex
        vertical
        gap={4}
        data-testid={testId}
        style={{ width: '100%', maxHeight: 320, overflowY: 'auto' }}
      >
        {options.map((o) => (
          <div key={o.value} data-testid={`${testId}-option`} data-value={o.value}>
            <Checkbox
              value={o.value}
              disabled={o.disabled}
              style={{ width: '100%', padding: '6px 8px', border: '1px solid #f0f0f0', borderRadius: 6 }}
            >
              <Flex vertical>
                <Typography.Text>{o.title}</Typography.Text>
                {o.extra && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {o.extra}
                  </Typography.Text>
                )}
              </Flex>
            </Checkbox>
          </div>
        ))}
      </Flex>
    </Checkbox.Group>
  );
}
