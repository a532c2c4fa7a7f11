import { Tag } from 'antd';
import { useT } from '../i18n';
import type { Phase } from './phase';

const COLORS: Record<Phase, string> = {
  upcoming: 'blue',
  'in-progress': 'green',
  'awaiting-result': 'orange',
  overdue: 'red',
  done: 'default',
  revoked: 'default',
};

/** 未开始 / 检查中 / 待上传结果 / 结果逾期 / 已完成 / 已撤销. */
export function PhaseTag({ phase }: { phase: Phase }) {
  const t = useT();
  return (
    <Tag color={COLORS[phase]} data-testid="inspection-phase" data-phase={phase}>
      {t(`inspection.phase.${phase}`)}
    </Tag>
  );
}
