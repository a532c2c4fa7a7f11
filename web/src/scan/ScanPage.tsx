import { Card, Flex, Layout, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useApiQuery } from '../api/useApiQuery';
import { useT } from '../i18n';
import { LanguageSwitch } from '../i18n/LanguageSwitch';
import { codePath } from '../inspections/api';
import { FullPageSpin } from '../shared/FullPageSpin';
import { ErrorResult } from '../shared/StatusResults';
import { ArrivalSection } from './ArrivalSection';
import { CodeItems } from './CodeItems';
import { CodeOfficers } from './CodeOfficers';
import { CodeSummary } from './CodeSummary';
import { ResultSection } from './ResultSection';
import { RightsBox } from './RightsBox';
import { StatusBanner } from './StatusBanner';
import type { ScanResult } from './types';

/** Phone first: one column, at most this wide on larger screens. */
const MAX_WIDTH = 520;

function Section({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) {
  return (
    <Card size="small" title={title} data-testid={testId}>
      {children}
    </Card>
  );
}

/** /v/{code}: what a scanned inspection code opens — no login, made for a 360×740 phone (A6). */
export default function ScanPage() {
  const t = useT();
  const { code = '' } = useParams();
  const { data, error, reload } = useApiQuery<ScanResult>(codePath(code));

  return (
    <Layout style={{ minHeight: '100vh', background: '#f5f6f8' }}>
      <Flex
        align="center"
        justify="space-between"
        style={{ background: '#1f4e9c', padding: '10px 12px', color: '#fff' }}
      >
        <Link to="/" style={{ color: '#fff' }}>
          <Typography.Text strong style={{ color: '#fff', fontSize: 16 }}>
            {t('app.name')} · {t('scan.title')}
          </Typography.Text>
        </Link>
        <LanguageSwitch type="default" />
      </Flex>
      <Flex vertical gap={12} style={{ width: '100%', maxWidth: MAX_WIDTH, margin: '0 auto', padding: 12 }}>
        {error && <ErrorResult error={error} onRetry={reload} />}
        {!data && !error && <FullPageSpin />}
        {data && <StatusBanner status={data.status} />}
        {data && data.status !== 'invalid' && (
          <>
            <ArrivalSection code={data} onConfirmed={reload} />
            <ResultSection code={data} />
            <CodeSummary code={data} />
            <Section title={t('scan.items', { count: data.items.length })} testId="scan-items">
              <CodeItems items={data.items} />
            </Section>
            <Section title={t('scan.officers', { count: data.officers.length })} testId="scan-officers">
              <CodeOfficers officers={data.officers} />
            </Section>
          </>
        )}
        {data && <RightsBox />}
        <Typography.Text type="secondary" style={{ fontSize: 12, textAlign: 'center' }}>
          {t('scan.footer')}
        </Typography.Text>
      </Flex>
    </Layout>
  );
}
