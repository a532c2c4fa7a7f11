import { Tag } from 'antd';
import { useT, type MessageKey } from '../i18n';
import type { ExemptionRule, ProofResult } from './api';

const RESULT_COLOR: Record<ProofResult, string> = {
  confirmed: 'green',
  'not-confirmed': 'red',
  unavailable: 'orange',
};
const RULE_COLOR: Record<ExemptionRule, string> = {
  national: 'green',
  'advanced-region': 'cyan',
  'risk-assessed': 'blue',
  required: 'default',
};

export function ResultTag({ result }: { result: ProofResult }) {
  const t = useT();
  return (
    <Tag color={RESULT_COLOR[result]} data-testid="pf-result" data-result={result}>
      {t(`pf.result.${result}` as MessageKey)}
    </Tag>
  );
}

export function RuleTag({ rule }: { rule: ExemptionRule }) {
  const t = useT();
  return <Tag color={RULE_COLOR[rule]}>{t(`pf.rule.${rule}` as MessageKey)}</Tag>;
}

export const methodLabel = (t: ReturnType<typeof useT>, m: string) => t(`pf.method.${m}` as MessageKey);
