import { registerMessages } from '../platform/i18n/messages.js';

registerMessages({
  'invalid-uscc': {
    'zh-CN': '统一社会信用代码无效：{reason}',
    'en-US': 'Invalid USCC: {reason}',
  },
  'enterprise-exists': {
    'zh-CN': '统一社会信用代码 {uscc} 已登记',
    'en-US': 'USCC {uscc} is already registered',
  },
  'unknown-division': { 'zh-CN': '行政区划代码 {code} 不存在', 'en-US': 'Unknown division code {code}' },
  'unknown-industry': { 'zh-CN': '行业 {industry} 不在目录中', 'en-US': 'Unknown industry {industry}' },
  'override-reason-required': {
    'zh-CN': '人工确认校验位不符的代码时须填写理由',
    'en-US': 'Accepting a code that fails its check needs a reason',
  },
  'import-no-file': { 'zh-CN': '请选择要导入的文件', 'en-US': 'Choose a file to import' },
});
