import { registerMessages } from '../i18n/messages.js';

/** Texts of the request layer's own refusals. */
registerMessages({
  'unsupported-charset': {
    'zh-CN': '不支持的字符集 {charset}：JSON 请求体须为 UTF-8 编码',
    'en-US': 'Unsupported charset {charset}: a JSON body must be UTF-8',
  },
});
