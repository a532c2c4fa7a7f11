import { List, Typography } from 'antd';
import type { CSSProperties } from 'react';
import { useT } from '../i18n';
import type { TypicalCase } from './service-api';

/** One part of a case: its name, then its text. */
function Part({ label, text, style }: { label: string; text: string; style?: CSSProperties }) {
  return (
    <Typography.Paragraph style={{ margin: '4px 0', ...style }}>
      <Typography.Text type="secondary">{label}：</Typography.Text>
      {text}
    </Typography.Paragraph>
  );
}

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
          <Part label={t('cases.facts')} text={c.facts} style={{ whiteSpace: 'pre-wrap' }} />
          <Part label={t('cases.decision')} text={c.decision} />
          {c.basis && <Part label={t('cases.basis')} text={c.basis} />}
          <Part label={t('cases.lesson')} text={c.lesson} style={{ margin: '4px 0 0' }} />
        </List.Item>
      )}
    />
  );
}
