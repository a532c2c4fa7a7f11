import { Card, Radio, Space, Typography } from 'antd';
import { useLocale, useT } from '../i18n';
import type { Answer, Questionnaire } from './types';

interface Props {
  questionnaire: Questionnaire;
  value: Record<string, Answer>;
  onChange: (v: Record<string, Answer>) => void;
  disabled?: boolean;
}

/** G1 — the eight standards, one yes / no / don't-know answer per indicator (staff form and the enterprise's phone). */
export function QuestionnaireFields({ questionnaire, value, onChange, disabled }: Props) {
  const t = useT();
  const { locale } = useLocale();
  const zh = locale === 'zh-CN';
  return (
    <Space direction="vertical" style={{ width: '100%' }} size={12}>
      {questionnaire.standards.map((s, si) => (
        <Card key={s.code} size="small" title={`${si + 1}. ${zh ? s.zh : s.en}`} data-testid={`standard-${s.code}`}>
          {s.indicators.map((i) => (
            <div key={i.code} style={{ marginBottom: 8 }}>
              <Typography.Text>{zh ? i.zh : i.en}</Typography.Text>
              <div>
                <Radio.Group
                  size="small"
                  disabled={disabled}
                  value={value[i.code]}
                  data-testid={`answer-${i.code}`}
                  onChange={(e) => onChange({ ...value, [i.code]: e.target.value as Answer })}
                  options={(['yes', 'no', 'unknown'] as const).map((a) => ({ value: a, label: t(`revisits.answer.${a}`) }))}
                />
              </div>
            </div>
          ))}
        </Card>
      ))}
    </Space>
  );
}

export const allYes = (q: Questionnaire): Record<string, Answer> =>
  Object.fromEntries(q.standards.flatMap((s) => s.indicators.map((i) => [i.code, 'yes' as const])));
