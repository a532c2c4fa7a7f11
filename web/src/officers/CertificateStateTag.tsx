import { Tag } from 'antd';
import { isMessageKey, useT } from '../i18n';
import type { CertificateState } from './types';

const COLORS: Record<CertificateState, string> = {
  valid: 'green',
  expiring: 'orange',
  expired: 'red',
  suspended: 'default',
  'not-yet-valid': 'blue',
};

/** 有效 green, 即将到期 orange, 已过期 red, 暂停 grey. */
export function CertificateStateTag({ state }: { state: CertificateState }) {
  const t = useT();
  const key = `officer.state.${state}`;
  return (
    <Tag color={COLORS[state] ?? 'default'} data-testid="certificate-state" data-state={state}>
      {isMessageKey(key) ? t(key) : state}
    </Tag>
  );
}
