import { Typography } from 'antd';
import { useT } from '../i18n';

/**
 * "As of …" under figures read from the rollup's aggregates: the server's `asOf` (the last fold, already China
 * time with its +08:00 offset) shown as the China wall clock it names, whatever the browser's zone.
 */
export function AsOf({ value, testId = 'figures-as-of' }: { value: string | null | undefined; testId?: string }) {
  const t = useT();
  if (value === undefined) return null;
  return (
    <Typography.Text type="secondary" data-testid={testId} data-value={value ?? ''}>
      {value ? t('common.asOf', { time: value.slice(0, 19).replace('T', ' ') }) : t('common.asOfPending')}
    </Typography.Text>
  );
}
