import { describe, expect, it } from 'vitest';
import { nameVariants, normaliseName, normaliseUscc } from './normalise-name.js';
import { enforcementVerdict } from './enforcement-related.js';

describe('enterprise name normalisation', () => {
  it('treats spaces, bracket width and full-width letters as the same name', () => {
    expect(normaliseName(' 芜湖市 鸠江区(老王)餐饮店 ')).toBe(normaliseName('芜湖市鸠江区（老王）餐饮店'));
    expect(normaliseName('ＡＢＣ商贸有限公司')).toBe('ABC商贸有限公司');
  });
  it('looks up the exact spelling first, then the full-width-bracket form the registry uses', () => {
    const v = nameVariants('芜湖 (老王) 餐饮店');
    expect(v[0]).toBe('芜湖 (老王) 餐饮店');
    expect(v).toContain('芜湖（老王）餐饮店');
  });
  it('normalises a typed USCC', () => {
    expect(normaliseUscc(' 91340200 ma2n0001x ')).toBe('91340200MA2N0001X');
  });
});

describe('enforcement-related tickets', () => {
  it('recognises enforcement by category or text, and misconduct as high severity', () => {
    expect(enforcementVerdict({ category: '涉企执法', content: '反映问题' })).toMatchObject({
      related: true,
      severity: 'medium',
    });
    expect(enforcementVerdict({ content: '一周内被不同部门重复检查三次，影响经营' })).toMatchObject({
      related: true,
      severity: 'medium',
    });
    expect(enforcementVerdict({ content: '执法人员检查时未出示检查码并吃拿卡要' })).toMatchObject({
      related: true,
      severity: 'high',
    });
  });
  it('leaves other tickets alone', () => {
    expect(enforcementVerdict({ category: '市政设施', content: '小区门口路灯不亮' }).related).toBe(false);
  });
});
