import { Typography } from 'antd';
import { useT } from '../i18n';
import { formatDate } from '../shared/format';
import { labelOf } from './labels';
import type { RepairNotice } from './types';

/** 信用修复告知书 — issued with the penalty decision (两书同达), one paragraph a line. */
export function NoticeText({ notice }: { notice: RepairNotice }) {
  const t = useT();
  const [salutation, ...lines] = notice.text.split('\n');
  return (
    <div data-testid="repair-notice" data-path={notice.repairPath}>
      <Typography.Title level={4} style={{ textAlign: 'center' }}>
        {notice.title}
      </Typography.Title>
      <Typography.Paragraph strong>{salutation}</Typography.Paragraph>
      {lines.map((line, i) => (
        <Typography.Paragraph key={i} style={{ textIndent: '2em' }}>
          {line}
        </Typography.Paragraph>
      ))}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('credit.notice.issued', {
          date: formatDate(notice.issuedAt),
          ruleSet: `${labelOf(t, 'credit.ruleSet.', notice.ruleSet.code)} v${notice.ruleSet.version}`,
        })}
      </Typography.Text>
    </div>
  );
}
