import type { Message } from '../platform/parts/part.js';
// invalid-uscc and enterprise-not-found are shared codes, in the dictionaries of enterprises and inspections.

export const creditMessages: Record<string, Message> = {
  'penalty-duplicate': {
    'zh-CN': '该部门已登记处罚决定书文号 {decisionNo}',
    'en-US': 'Decision number {decisionNo} is already recorded for this department',
  },
  'fine-amount-required': { 'zh-CN': '处罚种类含罚款时须填写罚款金额', 'en-US': 'A fine needs its amount' },
  'fine-amount-without-fine': {
    'zh-CN': '填写了罚款金额，但处罚种类不含罚款',
    'en-US': 'A fine amount was given but the kinds do not include a fine',
  },
  'decision-date-in-future': {
    'zh-CN': '处罚决定日期 {date} 晚于今天',
    'en-US': 'The decision date {date} is in the future',
  },
  'penalty-not-found': { 'zh-CN': '未找到该行政处罚信息', 'en-US': 'Penalty record not found' },
  'penalty-not-repairable': {
    'zh-CN': '该行政处罚信息目前不能申请信用修复：{why}',
    'en-US': 'This penalty record cannot be repaired now: {why}',
  },
  'repair-condition-unmet': {
    'zh-CN': '不符合信用修复条件：{why}',
    'en-US': 'A repair condition is not met: {why}',
  },
  'application-exists': {
    'zh-CN': '该行政处罚信息已有正在办理的修复申请',
    'en-US': 'This penalty record already has an open repair application',
  },
  'application-not-found': { 'zh-CN': '未找到该修复申请', 'en-US': 'Repair application not found' },
  'application-not-pending': {
    'zh-CN': '该申请当前状态为“{status}”，不能审核',
    'en-US': 'The application is {status} and cannot be decided',
  },
  'application-not-awaiting-proof': {
    'zh-CN': '该申请不缺材料，无需上传',
    'en-US': 'The application is not waiting for any proof',
  },
  'proof-not-needed': {
    'zh-CN': '该申请不需要上传“{kind}”',
    'en-US': 'The application does not need a “{kind}” upload',
  },
  'commitment-required': {
    'zh-CN': '申请信用修复须在线签署信用承诺书',
    'en-US': 'A repair application needs the signed credit commitment',
  },
  'reason-required': { 'zh-CN': '请填写理由', 'en-US': 'Give a reason' },
  'rule-set-not-found': { 'zh-CN': '规则集 {code} 不存在', 'en-US': 'Rule set {code} does not exist' },
  'rule-set-invalid': {
    'zh-CN': '规则集有误：{problems}',
    'en-US': 'The rule set is invalid: {problems}',
  },
  'delivery-not-found': { 'zh-CN': '未找到该推送记录', 'en-US': 'Delivery not found' },
  'delivery-not-resendable': {
    'zh-CN': '只有推送失败的记录可以重新推送（该记录已送达或正在推送）',
    'en-US': 'Only a failed delivery can be sent again (this one was delivered or is still being sent)',
  },
  'penalty-not-invitable': {
    'zh-CN': '该行政处罚信息目前不能邀请修复：{why}',
    'en-US': 'The subject cannot be invited to repair this record now: {why}',
  },
  // Penalty import (import-penalties.ts)
  'import-penalty-department': {
    'zh-CN': '处罚机关「{value}」无法识别（填写部门编码或名称）',
    'en-US': 'Unknown deciding department "{value}" (give its code or name)',
  },
  'import-penalty-kind': { 'zh-CN': '处罚种类「{value}」无法识别', 'en-US': 'Unknown penalty kind "{value}"' },
  'import-penalty-field': { 'zh-CN': '{column}「{value}」无法识别', 'en-US': 'Unrecognised {column}: "{value}"' },
  'import-penalty-required': { 'zh-CN': '未填写{column}', 'en-US': '{column} is required' },
  'import-penalty-repeated': {
    'zh-CN': '处罚决定书文号 {decisionNo} 与第 {firstRow} 行重复',
    'en-US': 'Decision number {decisionNo} already appears in row {firstRow}',
  },
};

/** Why a record cannot be repaired now, in the caller's language. */
export function refusalText(r: { reason: string; repairableFrom?: string }, locale: 'zh-CN' | 'en-US'): string {
  const zh: Record<string, string> = {
    'not-published': '该信息依规不予公示',
    'already-repaired': '该信息已修复',
    expired: '该信息已期满停止公示',
    'never-early': '该类处罚信息不得提前停止公示，期满后自动停止',
    'too-early': `最短公示期未满，${r.repairableFrom ?? ''} 起可申请`,
    'no-repeat': '公示期内又因同类违法行为受到行政处罚',
  };
  const en: Record<string, string> = {
    'not-published': 'the record is not published',
    'already-repaired': 'the record is already repaired',
    expired: 'the record’s publicity has ended',
    'never-early': 'publicity of this kind of penalty is never stopped early; it ends by itself',
    'too-early': `the minimum period has not passed; apply from ${r.repairableFrom ?? ''}`,
    'no-repeat': 'a penalty of the same kind followed within the period',
  };
  return (locale === 'zh-CN' ? zh : en)[r.reason] ?? r.reason;
}
