import type { Message } from '../parts/part.js';

/** Texts of the spreadsheet reader's refusals, shared by every import. */
export const sheetMessages: Record<string, Message> = {
  'import-unreadable': {
    'zh-CN': '无法读取文件：请上传 .xlsx 或 .csv 文件',
    'en-US': 'Cannot read the file: upload an .xlsx or .csv file',
  },
  'import-missing-column': {
    'zh-CN': '缺少必需的列：{column}',
    'en-US': 'Missing required column: {column}',
  },
  'import-cell-too-long': {
    'zh-CN': '第 {row} 行 {column} 列的内容超过 {limit} 个字符',
    'en-US': 'The cell in row {row}, column {column} is longer than {limit} characters',
  },
  'import-too-large': {
    'zh-CN': '文件解压后超过 {limit} MB，请分批导入',
    'en-US': 'The file unpacks to more than {limit} MB; split it into several imports',
  },
  'import-too-many-rows': {
    'zh-CN': '文件超过 {limit} 行，请分批导入',
    'en-US': 'The file has more than {limit} rows; split it into several imports',
  },
};
