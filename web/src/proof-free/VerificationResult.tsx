import { Card, Descriptions, QRCode, Space, Typography } from 'antd';
import { useT } from '../i18n';
import { receiptUrl, type VerifyAnswer } from './api';
import { verificationItems } from './verificationItems';

/** The answer of a verification, with the QR code of the applicant's receipt (what was used). */
export function VerificationResult({ answer }: { answer: VerifyAnswer }) {
  const t = useT();
  return (
    <Card
      title={t('pf.result')}
      data-testid="pf-verification-result"
      data-id={answer.id}
      data-result={answer.result}
    >
      <Space align="start" wrap size="large">
        <Descriptions column={1} size="small" items={verificationItems(t, answer, 'pf-result-source')} />
        <div style={{ textAlign: 'center' }}>
          <QRCode value={receiptUrl(answer.receiptToken)} size={140} />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('pf.receiptHint')}
          </Typography.Text>
          <div>
            <a
              href={`/pf/r/${answer.receiptToken}`}
              target="_blank"
              rel="noreferrer"
              data-testid="pf-receipt-link"
            >
              {t('pf.receipt')}
            </a>
          </div>
        </div>
      </Space>
    </Card>
  );
}
