import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { Card, Flex, Typography } from 'antd';
import { useT } from '../../i18n';
import { labelOf } from '../labels';
import type { Check } from '../types';

/** Conditions the system checked itself (minimum period passed, no repeat …). */
export function ChecksCard({ checks }: { checks: readonly Check[] }) {
  const t = useT();
  return (
    <Card size="small" title={t('credit.review.checks')} data-testid="review-checks" style={{ height: '100%' }}>
      <Flex vertical gap={6}>
        {checks.map((c) => (
          <Flex key={c.name} gap={8} align="center" data-check={c.name} data-ok={String(c.ok)}>
            {c.ok ? <CheckCircleFilled style={{ color: '#389e0d' }} /> : <CloseCircleFilled style={{ color: '#cf1322' }} />}
            <Typography.Text>{labelOf(t, 'credit.check.', c.name)}</Typography.Text>
          </Flex>
        ))}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('credit.review.checksNote')}
        </Typography.Text>
      </Flex>
    </Card>
  );
}
