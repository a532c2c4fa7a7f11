/** D — error codes and notification texts (`notify.<kind>`) of drug regulation, zh-CN first. */
import type { Message } from '../platform/parts/part.js';

export const drugMessages: Record<string, Message> = {
  'licence-exists': { 'zh-CN': '该类许可证编号 {number} 已登记', 'en-US': 'A {kind} licence numbered {number} is already registered' },
  'licence-validity': { 'zh-CN': '有效期截止日不得早于起始日', 'en-US': 'validUntil must not be before validFrom' },
  'licence-kind-unknown': { 'zh-CN': '许可证类别「{kind}」不存在', 'en-US': 'Unknown licence kind "{kind}"' },
  'licence-not-found': { 'zh-CN': '许可证不存在', 'en-US': 'Licence not found' },
  'licence-status-change': { 'zh-CN': '许可证当前状态为「{status}」，不能改为「{to}」', 'en-US': 'A licence in status "{status}" cannot become "{to}"' },
  'licence-department': { 'zh-CN': '仅药品监管部门人员可登记和变更许可证', 'en-US': 'Only drug-regulation staff register and change licences' },
  'licence-windows': { 'zh-CN': '提醒窗口应为 1–3650 之间互不相同的天数', 'en-US': 'Reminder windows must be distinct day counts between 1 and 3650' },
  'import-licence-field': { 'zh-CN': '{column}「{value}」无法识别', 'en-US': 'Unrecognised {column}: "{value}"' },
  'import-licence-required': { 'zh-CN': '未填写{column}', 'en-US': '{column} is required' },
  'import-licence-repeated': { 'zh-CN': '许可证 {number} 与第 {firstRow} 行重复', 'en-US': 'Licence {number} already appears in row {firstRow}' },
  'import-licence-other-holder': {
    'zh-CN': '许可证 {number} 已登记在另一持证主体名下',
    'en-US': 'Licence {number} is registered to another holder',
  },
  'no-compliance-notice': { 'zh-CN': '该企业不属于需发放合规告知书的行业', 'en-US': 'No compliance notice: the enterprise is not of a covered industry' },
  'warning-not-found': { 'zh-CN': '风险预警不存在', 'en-US': 'Warning not found' },
  'rectification-not-found': { 'zh-CN': '整改事项不存在', 'en-US': 'Rectification item not found' },
  'rectification-closed': { 'zh-CN': '整改事项已销号', 'en-US': 'The rectification item is closed' },
  'rectification-not-reported': { 'zh-CN': '企业尚未报告整改情况，不能核查销号', 'en-US': 'The enterprise has not reported progress yet' },
  'rectification-deadline-past': { 'zh-CN': '整改期限 {deadline} 已过', 'en-US': 'The deadline {deadline} is in the past' },
  'rectification-source': { 'zh-CN': '检查或案件不属于该企业或本部门', 'en-US': 'The inspection or case is not of this enterprise and department' },
  'inspection-not-found': { 'zh-CN': '检查不存在', 'en-US': 'Inspection not found' },
  'penalty-not-found': { 'zh-CN': '处罚记录不存在', 'en-US': 'Penalty record not found' },
  'followup-not-found': { 'zh-CN': '回头看调查表不存在', 'en-US': 'Follow-up form not found' },
  'followup-answered': { 'zh-CN': '调查表已填报', 'en-US': 'The form has already been answered' },
  'followup-answers': { 'zh-CN': '应逐题作答（共 {count} 题）', 'en-US': 'Answer each question ({count})' },
  'file-not-found': { 'zh-CN': '附件不存在', 'en-US': 'File not found' },
  'notify.licence-expiry': {
    'zh-CN': '您的{kindName}（编号 {number}）将于 {validUntil} 到期（{windowDays} 天提醒）。如需继续经营，请于 {applyBy} 前向发证机关申请延续/换证。',
    'en-US': 'Your {kindName} ({number}) expires on {validUntil} ({windowDays}-day reminder). To continue, apply for renewal by {applyBy}.',
  },
  'notify.risk-warning': { 'zh-CN': '风险预警：{title}', 'en-US': 'Risk warning: {title}' },
  'notify.compliance-notice': {
    'zh-CN': '您已收到《{industryName}合规告知书》（{noticeNo}），请在“许可证与合规”中查看或下载。',
    'en-US': 'You have received the compliance notice for {industryName} ({noticeNo}); open it under Licences & compliance.',
  },
  'notify.rectification-assigned': {
    'zh-CN': '{department}下达整改事项「{title}」，请于 {deadline} 前完成并报告整改情况。',
    'en-US': '{department} set a rectification item "{title}"; complete and report it by {deadline}.',
  },
  'notify.rectification-reported': { 'zh-CN': '企业已报告整改情况：「{title}」，请核查。', 'en-US': 'Progress reported on "{title}"; please verify.' },
  'notify.rectification-verified': { 'zh-CN': '整改事项「{title}」已核查销号。', 'en-US': 'Rectification item "{title}" was verified and closed.' },
  'notify.rectification-returned': {
    'zh-CN': '整改事项「{title}」核查未通过：{note}。请继续整改。',
    'en-US': 'Rectification item "{title}" was not accepted: {note}. Please continue.',
  },
  'notify.followup-form': { 'zh-CN': '请填写回头看调查表：{subject}', 'en-US': 'Please fill in the follow-up form: {subject}' },
};
