import { Tag } from 'antd';
import { useT } from '../i18n';
import type { CheckupStatus, FindingStatus } from './types';

const STATUS_COLOR: Record<CheckupStatus, string> = { received: 'orange', scheduled: 'blue', visited: 'purple', rectifying: 'gold', closed: 'green' };
const FINDING_COLOR: Record<FindingStatus, string> = { ok: 'default', fixed: 'green', open: 'gold', closed: 'green' };

export function StatusTag({ status }: { status: CheckupStatus }) {
  const t = useT();
  return (
    <Tag color={STATUS_COLOR[status]} data-testid={`checkup-status-${status}`}>
      {t(`checkups.status.${status}`)}
    </Tag>
  );
}

export function FindingTag({ status }: { status: FindingStatus }) {
  const t = useT();
  return <Tag color={FINDING_COLOR[status]}>{t(`checkups.finding.${status}`)}</Tag>;
}
