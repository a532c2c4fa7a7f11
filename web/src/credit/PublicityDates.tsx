import { Flex, Typography } from 'antd';
import { useT } from '../i18n';
import type { Penalty } from './types';

/** Publicity start, repairable from, the last day shown at most (as the repair notice says) — three short lines. */
export function PublicityDates({ penalty: p }: { penalty: Penalty }) {
  const t = useT();
  const none = t('common.none');
  const line = (label: string, value: string, testId: string) => (
    <Typography.Text style={{ fontSize: 12, whiteSpace: 'nowrap' }} data-testid={testId} data-value={value}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {label}
      </Typography.Text>{' '}
      {value}
    </Typography.Text>
  );
  return (
    <Flex vertical>
      {line(t('credit.publicityStart'), p.publicity.start ?? none, 'publicity-start')}
      {line(t('credit.repairableFrom'), p.repairableFromDay ?? t('credit.neverEarly'), 'repairable-from')}
      {line(t('credit.lastDay'), p.publicity.maxEnd ?? none, 'last-day')}
    </Flex>
  );
}
