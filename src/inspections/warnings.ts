export interface Warning {
  code: 'over-frequency' | 'frequency-7d' | 'frequency-30d';
  count?: number;
  days?: number;
  message?: string;
}

const TEXT = {
  'zh-CN': {
    'over-frequency': '超频预警：该企业 {days} 日内已有检查，本次触发式检查已记录并推送监督机构',
    'frequency-7d': '督办预警：该企业 {days} 日内已被检查 {count} 次，已自动推送“云督办”',
    'frequency-30d': '督办预警：该企业 {days} 日内已被检查 {count} 次，已自动推送“云督办”',
  },
  'en-US': {
    'over-frequency': 'Over-frequency warning: the enterprise had an inspection within {days} days; supervisors are notified',
    'frequency-7d': 'Supervision alert: {count} inspections within {days} days; sent to supervision',
    'frequency-30d': 'Supervision alert: {count} inspections within {days} days; sent to supervision',
  },
} as const;

export function describeWarnings(ws: Warning[], locale: 'zh-CN' | 'en-US'): Warning[] {
  return ws.map((w) => ({
    ...w,
    message: TEXT[locale][w.code].replace('{days}', String(w.days ?? '')).replace('{count}', String(w.count ?? '')),
  }));
}
