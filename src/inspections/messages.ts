import type { Message } from '../platform/parts/part.js';

const inspectionMessagesMain: Record<string, Message> = {
  'planned-frequency-limit': {
    'zh-CN': '该企业 {days} 日内已有计划内检查码 {existingCode}（{existingStart}），不能再生成计划内检查码；可申请加入该次检查形成联查',
    'en-US': 'The enterprise already has planned code {existingCode} ({existingStart}) within {days} days; join that visit instead',
  },
  'annual-cap-reached': {
    'zh-CN': '本部门今年对该企业的计划内检查已达上限（{cap} 次）',
    'en-US': 'Your department reached its annual cap of {cap} planned inspections for this enterprise',
  },
  'enterprise-not-found': { 'zh-CN': '未找到统一社会信用代码为 {uscc} 的企业', 'en-US': 'No enterprise with USCC {uscc}' },
  'enterprise-inactive': { 'zh-CN': '企业 {name} 已注销或吊销，不能检查', 'en-US': 'Enterprise {name} is deregistered or revoked' },
  'not-an-officer': { 'zh-CN': '只有持有执法证的执法人员可以申请检查码', 'en-US': 'Only officers with an enforcement certificate may apply' },
  'too-few-officers': {
    'zh-CN': '现场检查至少需要两名执法人员（行政处罚法第 42 条），且每个参与部门至少一名本部门人员',
    'en-US': 'An on-site inspection needs at least two officers, and at least one of each department involved',
  },
  'officer-not-eligible': {
    'zh-CN': '执法人员 {name}（{certificateNo}）不能参加本次检查：{reason}',
    'en-US': 'Officer {name} ({certificateNo}) may not take part: {reason}',
  },
  'unknown-officer': { 'zh-CN': '执法人员 {id} 不存在或已停用', 'en-US': 'Officer {id} does not exist or is inactive' },
  'item-unpublished': {
    'zh-CN': '检查事项“{name}”尚未公布，不得检查',
    'en-US': 'Inspection item “{name}” is not published and may not be inspected',
  },
  'item-other-department': {
    'zh-CN': '检查事项“{name}”不属于本部门，也不在所选联查场景中',
    'en-US': 'Item “{name}” belongs to another department and to no chosen joint scenario',
  },
  'bad-window': { 'zh-CN': '检查时间窗无效：{reason}', 'en-US': 'Invalid time window: {reason}' },
  'trigger-required': { 'zh-CN': '触发式检查须说明触发来源', 'en-US': 'A triggered inspection needs its trigger' },
  'backfill-not-allowed': {
    'zh-CN': '仅紧急检查可在事后补码，且须在检查后 {days} 日内',
    'en-US': 'Only emergency inspections may be back-filled, within {days} days',
  },
  'join-not-possible': {
    'zh-CN': '无法加入检查 {code}：{reason}',
    'en-US': 'Cannot join inspection {code}: {reason}',
  },
  'inspection-not-found': { 'zh-CN': '检查任务不存在', 'en-US': 'Inspection not found' },
};

export const OFFICER_REASONS = {
  'zh-CN': {
    suspended: '执法证已暂停或注销',
    field: '执法证执法领域不包含本部门领域',
    'not-yet-valid': '执法证尚未生效',
    'expires-in-window': '执法证在检查时间窗内到期',
    expired: '执法证已过期',
    department: '不属于参与检查的部门',
  },
  'en-US': {
    suspended: 'the certificate is suspended or revoked',
    field: 'the certificate does not cover the department’s field',
    'not-yet-valid': 'the certificate is not yet valid',
    'expires-in-window': 'the certificate expires within the window',
    expired: 'the certificate has expired',
    department: 'not of a department taking part',
  },
} as const;

const inspectionMessages1: Record<string, Message> = {
  'inspection-not-open': { 'zh-CN': '该检查已结束或已撤销', 'en-US': 'The inspection is finished or revoked' },
};

const inspectionMessages2: Record<string, Message> = {
  'not-on-visit': { 'zh-CN': '您不是本次检查的执法人员', 'en-US': 'You are not an officer of this visit' },
  'result-already-recorded': { 'zh-CN': '检查结果已上传', 'en-US': 'The result is already recorded' },
  'result-before-visit': { 'zh-CN': '检查尚未开始，不能上传结果', 'en-US': 'The visit has not started yet' },
  'unknown-photo': { 'zh-CN': '照片 {id} 不属于本次检查', 'en-US': 'Photo {id} does not belong to this visit' },
  'already-evaluated': { 'zh-CN': '您已评价过本次检查', 'en-US': 'You have already evaluated this visit' },
  'evaluation-before-visit': { 'zh-CN': '检查尚未开始，暂不能评价', 'en-US': 'The visit has not started yet' },
  'photo-type': { 'zh-CN': '照片须为 JPEG、PNG 或 WebP 格式', 'en-US': 'Photos must be JPEG, PNG or WebP' },
  'photo-too-large': { 'zh-CN': '照片不得超过 {mb} MB', 'en-US': 'A photo may be at most {mb} MB' },
};

export const inspectionMessages: Record<string, Message> = { ...inspectionMessagesMain, ...inspectionMessages1, ...inspectionMessages2 };
