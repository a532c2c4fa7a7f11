import { Typography } from 'antd';
import { useT } from '../../i18n';
import { kindsText } from '../labels';
import type { Penalty } from '../types';

const CLAUSES = [
  'credit.commitment.clause1',
  'credit.commitment.clause2',
  'credit.commitment.clause3',
  'credit.commitment.clause4',
] as const;

/** The 信用承诺书 the enterprise is about to sign; the text signed is the system's, shown after submitting. */
export function CommitmentPreview({ penalty, enterpriseName }: { penalty: Penalty; enterpriseName: string }) {
  const t = useT();
  return (
    <div
      data-testid="commitment-preview"
      style={{ background: '#fafafa', border: '1px solid #f0f0f0', borderRadius: 6, padding: '12px 16px' }}
    >
      <Typography.Title level={5} style={{ textAlign: 'center' }}>
        {t('credit.commitment')}
      </Typography.Title>
      <Typography.Paragraph>
        {t('credit.commitment.opening', {
          name: enterpriseName,
          uscc: penalty.uscc,
          department: penalty.departmentName ?? '',
          decisionNo: penalty.decisionNo,
          kinds: kindsText(penalty.kinds, t),
        })}
      </Typography.Paragraph>
      {CLAUSES.map((key) => (
        <Typography.Paragraph key={key} style={{ marginBottom: 4 }}>
          {t(key)}
        </Typography.Paragraph>
      ))}
    </div>
  );
}
