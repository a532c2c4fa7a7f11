import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Card, Descriptions, Typography } from 'antd';
import { useT } from '../i18n';
import { formatDateTime } from '../shared/format';
import type { Commitment } from './types';

/** The signed 信用承诺书: its text as signed, the signer, the time and the digest fixed at signing. */
export function CommitmentCard({ commitment }: { commitment: Commitment }) {
  const t = useT();
  return (
    <Card
      size="small"
      title={
        <span>
          <SafetyCertificateOutlined /> {t('credit.commitment.signed')}
        </span>
      }
      data-testid="commitment"
    >
      <Typography.Paragraph style={{ whiteSpace: 'pre-line' }}>{commitment.text}</Typography.Paragraph>
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'by', label: t('credit.commitment.signedBy'), children: commitment.signedBy },
          { key: 'at', label: t('credit.commitment.signedAt'), children: formatDateTime(commitment.signedAt) },
          {
            key: 'digest',
            label: t('credit.commitment.digest'),
            children: (
              <Typography.Text code copyable={{ text: commitment.digest }} style={{ fontSize: 12 }}>
                {commitment.digest.slice(0, 16)}…
              </Typography.Text>
            ),
          },
        ]}
      />
    </Card>
  );
}
