import type { Message } from '../parts/part.js';

/** Texts of the request layer's own refusals. */
export const httpMessages: Record<string, Message> = {
  'request-timeout': { 'zh-CN': '请求发送超时', 'en-US': 'The request took too long to arrive' },
  'headers-too-large': { 'zh-CN': '请求头过大', 'en-US': 'The request headers are too large' },
  'malformed-request': { 'zh-CN': '无法解析的 HTTP 请求', 'en-US': 'The HTTP request could not be parsed' },
  'malformed-url': { 'zh-CN': '网址中含有无效的编码', 'en-US': 'The URL holds an invalid encoding' },
  'uri-too-long': { 'zh-CN': '网址中的参数过长', 'en-US': 'A parameter in the URL is too long' },
  'input-nul': { 'zh-CN': '不得包含空字符（U+0000）', 'en-US': 'must not contain the NUL character (U+0000)' },
  'input-lone-surrogate': {
    'zh-CN': '含有不完整的字符（孤立的 UTF-16 代理项）',
    'en-US': 'contains an incomplete character (a lone UTF-16 surrogate)',
  },
  'input-too-deep': { 'zh-CN': '嵌套层级过深', 'en-US': 'is nested too deeply' },
  'value-out-of-range': {
    'zh-CN': '输入的值超出可保存的范围或含有无法保存的字符，未作任何更改',
    'en-US': 'A value is out of the range that can be stored or holds characters that cannot be stored; nothing was changed',
  },
  'cross-site-request': {
    'zh-CN': '拒绝来自其他网站的请求：请在本系统页面内操作',
    'en-US': 'A request from another site was refused; use the pages of this system',
  },
  'unsupported-charset': {
    'zh-CN': '不支持的字符集 {charset}：JSON 请求体须为 UTF-8 编码',
    'en-US': 'Unsupported charset {charset}: a JSON body must be UTF-8',
  },
  // Uploaded files (upload.ts)
  'import-no-file': { 'zh-CN': '请选择要上传的文件', 'en-US': 'Choose a file to upload' },
  'upload-too-large': { 'zh-CN': '文件不得超过 {mb} MB', 'en-US': 'A file may be at most {mb} MB' },
  'upload-type': { 'zh-CN': '不接受此类文件', 'en-US': 'This kind of file is not accepted' },
};
