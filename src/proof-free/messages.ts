/** F — error and notice texts by stable code (handed to the platform through the part). */
import type { Message } from '../platform/parts/part.js';

export const proofFreeMessages: Record<string, Message> = {
  'invalid-id-number': { 'zh-CN': '身份证号码不正确：{reason}', 'en-US': 'Invalid ID number: {reason}' },
  'consent-required': {
    'zh-CN': '未取得申请人的查询授权：须先经申请人同意（方式与时间）方可查询',
    'en-US': "The applicant's consent (method and time) is required before any query",
  },
  'consent-stale': {
    'zh-CN': '授权时间 {at} 无效：须为 24 小时内且不晚于当前时间',
    'en-US': 'The consent time {at} is not valid: it must be within the last 24 hours and not in the future',
  },
  'unknown-proof-kind': { 'zh-CN': '证明事项 {proofKind} 不存在', 'en-US': 'Unknown proof kind {proofKind}' },
  'no-interface': {
    'zh-CN': '证明事项 {proofKind} 暂无数据接口，请发起部门协查或采用告知承诺',
    'en-US':
      'No interface answers {proofKind}: ask the holding department (assisted verification) or take a commitment',
  },
  'interface-suspended': {
    'zh-CN': '数据接口 {name} 已暂停使用',
    'en-US': 'The interface {name} is suspended',
  },
  'identity-not-verified': {
    'zh-CN': '申请人身份核验未通过（{method}）',
    'en-US': "The applicant's identity was not verified ({method})",
  },
  'receipt-not-found': { 'zh-CN': '未找到该核验记录', 'en-US': 'No such verification record' },
  'no-holding-department': {
    'zh-CN': '请指定证明材料的持有部门',
    'en-US': 'Name the department holding the record',
  },
  'assist-not-found': { 'zh-CN': '未找到该协查请求', 'en-US': 'Assisted verification request not found' },
  'assist-answered': { 'zh-CN': '该协查请求已答复', 'en-US': 'This request has already been answered' },
  'assist-not-holder': {
    'zh-CN': '只有被协查部门可以答复该请求',
    'en-US': 'Only the department asked may answer this request',
  },
  'material-not-found': { 'zh-CN': '证明材料不存在', 'en-US': 'Proof material not found' },
  'commitment-not-allowed': {
    'zh-CN': '证明材料“{material}”不适用告知承诺（涉及安全、公共安全或生命健康等高风险领域）',
    'en-US':
      'A commitment may not replace "{material}" (a high-risk field: security, public safety, life and health)',
  },
  'commitment-excluded': {
    'zh-CN': '申请人存在{why}，修复前不适用告知承诺',
    'en-US': 'The applicant has {why}; no commitment until it is repaired',
  },
  'commitment-not-found': { 'zh-CN': '未找到该告知承诺', 'en-US': 'Commitment not found' },
  'commitment-checked': {
    'zh-CN': '该告知承诺已核查完毕',
    'en-US': 'This commitment has already been checked',
  },
  'nothing-to-draw': {
    'zh-CN': '没有待核查的告知承诺',
    'en-US': 'No signed commitment is waiting for a check',
  },
  'catalog-row-invalid': { 'zh-CN': '{detail}', 'en-US': '{detail}' },
  'notify.proof-assist-request': {
    'zh-CN': '{from} 请求协查“{proof}”（申请人 {applicant}），请于 {dueOn} 前答复。',
    'en-US': '{from} asks you to verify "{proof}" (applicant {applicant}); answer by {dueOn}.',
  },
  'notify.proof-assist-reminder': {
    'zh-CN': '协查请求“{proof}”（申请人 {applicant}）将于 {dueOn} 到期，请尽快答复。',
    'en-US': 'The assisted verification "{proof}" (applicant {applicant}) is due on {dueOn}; please answer.',
  },
  'notify.proof-assist-answered': {
    'zh-CN': '{by} 已答复协查“{proof}”（申请人 {applicant}）：{answer}。',
    'en-US': '{by} answered the assisted verification "{proof}" (applicant {applicant}): {answer}.',
  },
};
