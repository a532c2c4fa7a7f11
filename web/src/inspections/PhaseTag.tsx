import { valueTag } from '../shared/valueTag';
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
export const PhaseTag = valueTag('phase', COLORS, (v) => `inspection.phase.${v}`, 'inspection-phase');
