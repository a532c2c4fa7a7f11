import { Alert, Card, Descriptions, Result, Spin, Typography } from 'antd';
import { useParams } from 'react-router-dom';
import { useApiQuery } from '../api/useApiQuery';
import { useT } from '../i18n';
import { LanguageSwitch } from '../i18n/LanguageSwitch';
import { formatDateTime } from '../shared/format';
import { PF, type Receipt } from './api';
import { methodLabel } from './tags';
import { verificationItems } from './verificationItems';

/**
 * The applicant's receipt (F3), opened from the QR code at the window — no login, made for phones: which proof
 * was verified instead of being asked for, from which source, when, by whom, on what consent and legal basis.
 */
export default function ReceiptPage() {
  const t = useT();
  const { token = '' } = useParams();
  const receipt = useApiQuery<Receipt>(`${PF}/receipts/${encodeURIComponent(token)}`);
  const r = receipt.data;
  return (
    <div style={{ maxWidth: 560, margin: '0 auto', padding: 12 }}>
      <div style={{ textAlign: 'right' }}>
        <LanguageSwitch />
      </div>
      {receipt.loading && !r && <Spin />}
      {receipt.error && <Result status="404" title={t('pf.receiptMissing')} />}
      {r && (
        <Card title={t('pf.receiptTitle')} data-testid="pf-receipt" data-result={r.result}>
          <Alert type="success" showIcon message={t('pf.receiptIntro')} style={{ marginBottom: 12 }} />
          <Typography.Title level={5} data-testid="pf-receipt-proof">
            {r.proofName}
          </Typography.Title>
          <Descriptions
            column={1}
            size="small"
            bordered
            items={[
              { key: 'applicant', label: t('pf.applicant'), children: r.applicant },
              ...verificationItems(t, r, 'pf-receipt-source'),
              {
                key: 'officer',
                label: t('pf.officer'),
                children: `${r.officer}${r.department ? `（${r.department}）` : ''}`,
              },
              {
                key: 'consent',
                label: t('pf.consentGiven'),
                children: (
                  <span data-testid="pf-receipt-consent">{`${methodLabel(t, r.consent.method)} · ${formatDateTime(r.consent.at)}`}</span>
                ),
              },
              { key: 'legalBasis', label: t('pf.legalBasis'), children: r.legalBasis },
            ]}
          />
        </Card>
      )}
    </div>
  );
}
