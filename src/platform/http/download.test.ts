import { describe, expect, it } from 'vitest';
import { attachment } from './download.js';

describe('attachment', () => {
  it('names the file in ASCII, in UTF-8 (RFC 5987), or both', () => {
    expect(attachment({ ascii: 'licences.xlsx' })).toBe('attachment; filename="licences.xlsx"');
    expect(attachment({ name: '证明材料清单.xlsx' })).toBe(
      `attachment; filename*=UTF-8''%E8%AF%81%E6%98%8E%E6%9D%90%E6%96%99%E6%B8%85%E5%8D%95.xlsx`,
    );
    expect(attachment({ ascii: 'catalog-items.xlsx', name: '检查事项 1.xlsx' })).toBe(
      `attachment; filename="catalog-items.xlsx"; filename*=UTF-8''${encodeURIComponent('检查事项 1.xlsx')}`,
    );
  });
});
