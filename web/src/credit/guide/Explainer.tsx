import { BulbOutlined } from '@ant-design/icons';
import { Descriptions } from 'antd';
import { useT } from '../../i18n';
import { NoticeCard } from '../../shared/NoticeCard';
import type { GuideRuleSet } from '../types';

/** 明白书 in one box: where a record is shown, for how long, when and how it is repaired. */
export function Explainer({ national }: { national: GuideRuleSet | undefined }) {
  const t = useT();
  const cls = (name: string) => national?.classes.find((c) => c.name === name);
  const period = (name: string) => {
    const c = cls(name);
    return c ? t('credit.guide.period', { min: c.minimum ?? '', max: c.maximum ?? '' }) : t('common.none');
  };
  return (
    <NoticeCard icon={<BulbOutlined />} title={t('credit.guide.explainer')} testId="guide-explainer">
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'where', label: t('credit.guide.where'), children: t('credit.guide.whereText') },
          { key: 'minor', label: t('credit.class.minor'), children: period('minor') },
          { key: 'ordinary', label: t('credit.class.ordinary'), children: period('ordinary') },
          { key: 'serious', label: t('credit.class.serious'), children: period('serious') },
          { key: 'from', label: t('credit.guide.from'), children: t('credit.guide.fromText') },
          {
            key: 'review',
            label: t('credit.guide.reviewTime'),
            children: t('credit.guide.reviewText', { days: national?.reviewWorkingDays ?? 10 }),
          },
        ]}
      />
    </NoticeCard>
  );
}
