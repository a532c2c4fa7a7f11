import { Flex, Typography } from 'antd';
import { useT } from '../i18n';
import type { Penalty } from './types';

/** Publicity start, repairable from, stops showing on — three short lines for a table cell. */
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
      {line(t('credit.stopsOn'), p.publicity.stopsOn ?? none, 'stops-on')}
    </Flex>
  );
}
