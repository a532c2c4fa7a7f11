import { Card, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useT, type MessageKey } from '../../i18n';
import { Points } from '../../shared/Points';
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

/** A section of the guide that is a numbered list of points, with a note under it where one is given. */
function PointsSection({
  title,
  testId,
  points,
  note,
}: {
  title: MessageKey;
  testId: string;
  points: readonly MessageKey[];
  note?: string;
}) {
  const t = useT();
  return (
    <GuideSection title={t(title)} testId={testId}>
      <Points keys={points} />
      {note && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          {note}
        </Typography.Paragraph>
      )}
    </GuideSection>
  );
}

/** 修复条件 — RULES.md "Credit repair": minimum passed, penalty performed, commitment made, other legal conditions. */
export function Conditions() {
  return <PointsSection title="credit.guide.conditions" testId="guide-conditions" points={CONDITIONS} />;
}

/** 所需材料 — gathered by the system (无感申请); the enterprise uploads only what no source holds. */
export function Materials() {
  const t = useT();
  return (
    <PointsSection
      title="credit.guide.materials"
      testId="guide-materials"
      points={MATERIALS}
      note={t('credit.guide.materials.note')}
    />
  );
}

/** 修复结果 — who repairs, one repair for every platform, 信用中国 prevails, the result is used elsewhere. */
export function Results() {
  const t = useT();
  const platforms = DELIVERY_PLATFORMS.map((p) => platformName(t, p));
  return (
    <PointsSection
      title="credit.guide.results"
      testId="guide-results"
      points={RESULTS}
      note={t('credit.guide.platforms', { platforms: platforms.join(t('common.listSeparator')) })}
    />
  );
}
