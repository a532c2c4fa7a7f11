import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Card, Typography } from 'antd';
import { useT } from '../i18n';

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
    <Card
      size="small"
      data-testid="scan-rights"
      title={
        <span>
          <SafetyCertificateOutlined /> {t('scan.rights.title')}
        </span>
      }
      style={{ borderColor: '#91caff', background: '#f0f7ff', breakInside: 'avoid' }}
    >
      <ol style={{ margin: 0, paddingInlineStart: 20 }}>
        {RIGHTS.map((key) => (
          <li key={key} style={{ marginBottom: 4 }}>
            <Typography.Text>{t(key)}</Typography.Text>
          </li>
        ))}
      </ol>
    </Card>
  );
}
