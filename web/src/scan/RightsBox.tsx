import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useT } from '../i18n';
import { NoticeCard } from '../shared/NoticeCard';
import { Points } from '../shared/Points';

const RIGHTS = [
  'scan.rights.noCode',
  'scan.rights.unpublished',
  'scan.rights.complain',
  'scan.rights.evaluate',
] as const;

/** 您的权利: what the enterprise may refuse, and where it can complain. */
export function RightsBox() {
  const t = useT();
  return (
    <NoticeCard
      icon={<SafetyCertificateOutlined />}
      title={t('scan.rights.title')}
      testId="scan-rights"
      style={{ breakInside: 'avoid' }}
    >
      <Points keys={RIGHTS} />
    </NoticeCard>
  );
}
