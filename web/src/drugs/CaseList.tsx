import { List, Typography } from 'antd';
import { useT } from '../i18n';
import type { TypicalCase } from './service-api';

/** The cases of a batch: facts, outcome, legal basis and why it matters (reads on a phone). */
export function CaseList({ cases }: { cases: TypicalCase[] }) {
  const t = useT();
  return (
    <List
      dataSource={cases}
      renderItem={(c, n) => (
        <List.Item data-testid="typical-case" style={{ display: 'block' }}>
          <Typography.Text strong>
            {n + 1}. {c.title}
          </Typography.Text>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: '4px 0' }}>
            <Typography.Text type="secondary">{t('cases.facts')}：</Typography.Text>
            {c.facts}
          </Typography.Paragraph>
          <Typography.Paragraph style={{ margin: '4px 0' }}>
            <Typography.Text type="secondary">{t('cases.decision')}：</Typography.Text>
            {c.decision}
          </Typography.Paragraph>
          {c.basis && (
            <Typography.Paragraph style={{ margin: '4px 0' }}>
              <Typography.Text type="secondary">{t('cases.basis')}：</Typography.Text>
              {c.basis}
            </Typography.Paragraph>
          )}
          <Typography.Paragraph style={{ margin: '4px 0 0' }}>
            <Typography.Text type="secondary">{t('cases.lesson')}：</Typography.Text>
            {c.lesson}
          </Typography.Paragraph>
        </List.Item>
      )}
    />
  );
}
