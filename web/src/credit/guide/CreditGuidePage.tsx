import { LoginOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Collapse, Flex, Layout, Steps, Typography } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useApiQuery } from '../../api/useApiQuery';
import { useT } from '../../i18n';
import { LanguageSwitch } from '../../i18n/LanguageSwitch';
import { FullPageSpin } from '../../shared/FullPageSpin';
import { ErrorResult } from '../../shared/StatusResults';
import { BRAND_COLOR } from '../../shared/theme';
import { GUIDE_PATH, MY_CREDIT_PAGE } from '../api';
import type { CreditGuide } from '../types';
import { Explainer } from './Explainer';
import { Conditions, GuideSection, Materials, Results } from './GuideLists';
import { PeriodTable } from './PeriodTable';

/** Phone first: one column, at most this wide on larger screens. */
const MAX_WIDTH = 760;

/** /credit/guide: 信用修复指引 and 明白书 — public, no login (C7); periods come from the rule sets in force. */
export default function CreditGuidePage() {
  const t = useT();
  const navigate = useNavigate();
  const { data, error, reload } = useApiQuery<CreditGuide>(GUIDE_PATH);
  const national = data?.ruleSets.find((r) => r.code === 'national');
  const others = data?.ruleSets.filter((r) => r.code !== 'national') ?? [];
  const faq = data
    ? [
        ...data.faq,
        { q: t('credit.guide.faq.time'), a: t('credit.guide.faq.timeAnswer', { days: national?.reviewWorkingDays ?? 10 }) },
        { q: t('credit.guide.faq.upload'), a: t('credit.guide.faq.uploadAnswer') },
        { q: t('credit.guide.faq.auto'), a: t('credit.guide.faq.autoAnswer') },
      ]
    : [];

  return (
    <Layout style={{ minHeight: '100vh', background: '#f5f6f8' }} data-testid="credit-guide">
      <Flex align="center" justify="space-between" style={{ background: BRAND_COLOR, padding: '10px 12px' }}>
        <Typography.Text strong style={{ color: '#fff', fontSize: 16 }}>
          {t('app.name')} · {t('credit.guide.title')}
        </Typography.Text>
        <LanguageSwitch type="default" />
      </Flex>
      <Flex vertical gap={12} style={{ width: '100%', maxWidth: MAX_WIDTH, margin: '0 auto', padding: 12 }}>
        {error && <ErrorResult error={error} onRetry={reload} />}
        {!data && !error && <FullPageSpin />}
        {data && (
          <>
            <Typography.Title level={3} style={{ marginBottom: 0 }}>
              {data.title}
            </Typography.Title>
            <Typography.Paragraph style={{ marginBottom: 0 }}>{t('credit.guide.intro')}</Typography.Paragraph>
            <Explainer national={national} />
            <GuideSection title={t('credit.guide.steps')} testId="guide-steps">
              <Steps
                orientation="vertical"
                size="small"
                current={-1}
                items={data.steps.map((step, i) => ({ title: t('credit.guide.step', { n: i + 1 }), content: step, status: 'process' }))}
              />
            </GuideSection>
            <GuideSection title={t('credit.guide.periods')} testId="guide-periods">
              {national && (
                <>
                  <Typography.Paragraph type="secondary">{national.basis}</Typography.Paragraph>
                  <PeriodTable classes={national.classes} testId="guide-periods-national" />
                </>
              )}
              {others.map((r) => (
                <div key={r.code} style={{ marginTop: 16 }}>
                  <Typography.Text strong>{r.name}</Typography.Text>
                  <Typography.Paragraph type="secondary">{t('credit.guide.ruleSetFor', { basis: r.basis })}</Typography.Paragraph>
                  <PeriodTable classes={r.classes} testId={`guide-periods-${r.code}`} />
                </div>
              ))}
              <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
                {t('credit.guide.periodsNote')}
              </Typography.Paragraph>
            </GuideSection>
            <Conditions />
            <Materials />
            <Results />
            <GuideSection title={t('credit.guide.faq')} testId="guide-faq">
              <Collapse size="small" items={faq.map((f, i) => ({ key: String(i), label: f.q, children: f.a }))} />
            </GuideSection>
            <Flex wrap gap={8} justify="center">
              <Button
                type="primary"
                icon={<LoginOutlined />}
                onClick={() => navigate(`/login?next=${encodeURIComponent(MY_CREDIT_PAGE)}`)}
                data-testid="guide-login"
              >
                {t('credit.guide.login')}
              </Button>
              <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
                {t('credit.guide.print')}
              </Button>
            </Flex>
          </>
        )}
      </Flex>
    </Layout>
  );
}
