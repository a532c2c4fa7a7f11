import { Tag } from 'antd';
import { isMessageKey, useT } from '../i18n';
import type { EnterpriseStatus } from './types';

const COLORS: Record<EnterpriseStatus, string> = { active: 'green', deregistered: 'default', revoked: 'red' };

export function EnterpriseStatusTag({ status }: { status: EnterpriseStatus }) {
  const t = useT();
  const key = `enterprise.status.${status}`;
  return <Tag color={COLORS[status] ?? 'default'}>{isMessageKey(key) ? t(key) : status}</Tag>;
}
