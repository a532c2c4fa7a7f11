import { Card, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useT, type MessageKey } from '../../i18n';
import { DELIVERY_PLATFORMS, platformName } from '../labels';

const CONDITIONS: readonly MessageKey[] = [
  'credit.guide.condition.period',
  'credit.guide.condition.performed',
  'credit.guide.condition.commitment',
  'credit.guide.condition.other',
];

const MATERIALS: readonly MessageKey[] = [
  'credit.guide.material.receipt',
  'credit.guide.material.rectification',
  'credit.guide.material.commitment',
];

const RESULTS: readonly MessageKey[] = [
  'credit.guide.result.who',
  'credit.guide.result.once',
  'credit.guide.result.creditChina',
  'credit.guide.result.use',
];

export function GuideSection({ title, children, testId }: { title: string; children: ReactNode; testId: string }) {
  return (
    <Card size="small" title={title} data-testid={testId}>
      {children}
    </Card>
  );
}

function Points({ keys }: { keys: readonly MessageKey[] }) {
  const t = useT();
  return (
    <ol style={{ margin: 0, paddingInlineStart: 20 }}>
      {keys.map((key) => (
        <li key={key} style={{ marginBottom: 4 }}>
          <Typography.Text>{t(key)}</Typography.Text>
        </li>
      ))}
    </ol>
  );
}

/** 修复条件 — RULES.md "Credit repair": minimum passed, penalty performed, commitment made, other legal conditions. */
export function Conditions() {
  const t = useT();
  return (
    <GuideSection title={t('credit.guide.conditions')} testId="guide-conditions">
      <Points keys={CONDITIONS} />
    </GuideSection>
  );
}

/** 所需材料 — gathered by the system (无感申请); the enterprise uploads only what no source holds. */
export function Materials() {
  const t = useT();
  return (
    <GuideSection title={t('credit.guide.materials')} testId="guide-materials">
      <Points keys={MATERIALS} />
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
        {t('credit.guide.materials.note')}
      </Typography.Paragraph>
    </GuideSection>
  );
}

/** 修复结果 — who repairs, one repair for every platform, 信用中国 prevails, the result is used elsewhere. */
export function Results() {
  const t = useT();
  const platforms = DELIVERY_PLATFORMS.map((p) => platformName(t, p));
  return (
    <GuideSection title={t('credit.guide.results')} testId="guide-results">
      <Points keys={RESULTS} />
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
        {t('credit.guide.platforms', { platforms: platforms.join(t('common.listSeparator')) })}
      </Typography.Paragraph>
    </GuideSection>
  );
}
