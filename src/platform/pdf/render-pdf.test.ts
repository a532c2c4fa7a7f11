import { describe, expect, it } from 'vitest';
import { renderPdf } from './render-pdf.js';
import { pdfFonts, pdfText } from '../../../test/support/pdf-text.js';

describe('Chinese PDF', () => {
  it('round-trips Chinese text through pdftotext, with the npm font embedded as a subset', async () => {
    const pdf = await renderPdf({
      title: '合规告知书',
      subtitle: '芜药监告〔2026〕1号',
      blocks: [
        { kind: 'fields', rows: [{ label: '企业名称', value: '芜湖市康宁大药房有限公司' }] },
        { kind: 'heading', text: '一、法律对您的要求' },
        { kind: 'paragraph', text: '从事药品零售活动，应当取得药品经营许可证（Drug Retail Licence）。' },
        { kind: 'list', items: ['按规定储存药品', '凭处方销售处方药'] },
      ],
      signature: ['芜湖市药品监督管理局', '2026年12月6日'],
      createdAt: new Date('2026-12-06T00:00:00Z'),
    });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = await pdfText(pdf);
    for (const s of ['合规告知书', '芜湖市康宁大药房有限公司', '一、法律对您的要求', '凭处方销售处方药', 'Drug Retail Licence']) {
      expect(text).toContain(s);
    }
    const fonts = await pdfFonts(pdf);
    expect(fonts).toMatch(/\+NotoSansHans-Regular\s+CID Type 0C\s+Identity-H\s+yes\s+yes\s+yes/);
    // a subset, not the 8 MB font
    expect(pdf.length).toBeLessThan(400_000);
  });
});
