import { Flex, Tag, Typography } from 'antd';
import { useT } from '../i18n';
import type { ScanItem } from './types';

/** The items a code allows, each with its legal basis; an unpublished one is marked as refusable. */
export function CodeItems({ items }: { items: readonly ScanItem[] }) {
  const t = useT();
  return (
    <Flex vertical gap={8} data-testid="code-items">
      {items.map((item) => (
        <div
          key={item.id}
          data-testid="code-item"
          data-published={item.published ? 'true' : 'false'}
          style={{ padding: '8px 10px', border: '1px solid #f0f0f0', borderRadius: 8, breakInside: 'avoid' }}
        >
          <Typography.Text strong>{item.name}</Typography.Text>
          {!item.published && (
            <Tag color="red" style={{ marginInlineStart: 6 }} data-testid="code-item-unpublished">
              {t('scan.itemUnpublished')}
            </Tag>
          )}
          <br />
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {item.code} · {t('common.labelValue', { label: t('catalog.legalBasis'), value: item.legalBasis })}
          </Typography.Text>
        </div>
      ))}
    </Flex>
  );
}
