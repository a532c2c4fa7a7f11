import type { Message } from '../platform/parts/part.js';

/** Error texts of the officer routes. */
export const organisationMessages: Record<string, Message> = {
  // Shared by every part that names a department (catalog, credit, proof-free).
  'unknown-department': { 'zh-CN': '部门 {id} 不存在', 'en-US': 'Department {id} does not exist' },
  'officer-department-required': {
    'zh-CN': '请指定执法人员所属部门',
    'en-US': 'Name the department the officer belongs to',
  },
  'officer-unknown-department': { 'zh-CN': '部门不存在', 'en-US': 'Unknown department' },
  'officer-team-other-department': {
    'zh-CN': '所选执法大队不属于该部门',
    'en-US': 'The team chosen does not belong to the department',
  },
  'certificate-no-taken': {
    'zh-CN': '执法证号 {certificateNo} 已被登记',
    'en-US': 'Certificate number {certificateNo} is already registered',
  },
  'certificate-validity-order': {
    'zh-CN': '执法证有效期止（{validUntil}）不得早于有效期起（{validFrom}）',
    'en-US': 'The certificate’s last valid day ({validUntil}) cannot precede its first ({validFrom})',
  },
  'officer-not-found': { 'zh-CN': '执法人员不存在', 'en-US': 'Officer not found' },
  'officer-nothing-to-change': { 'zh-CN': '没有要修改的内容', 'en-US': 'Nothing to change' },
};
