/**
 * Chinese person names for demo data (姓 + 名). Surnames carry rough frequency weights, tilted toward
 * names common in Anhui (汪, 程, 方, 章, 吴, 胡 …). Given names are whole, ordinary names rather than
 * random characters, so every result reads naturally.
 */
import type { Random } from '../../platform/demo/random.js';

/** [surname, relative weight]. */
// prettier-ignore
export const SURNAMES: readonly (readonly [string, number])[] = [
  ['王', 70], ['李', 70], ['张', 68], ['刘', 55], ['陈', 50], ['杨', 35], ['黄', 25], ['赵', 22],
  ['吴', 28], ['周', 22], ['徐', 22], ['孙', 18], ['马', 16], ['朱', 18], ['胡', 20], ['郭', 12],
  ['何', 12], ['高', 12], ['林', 10], ['罗', 10], ['郑', 10], ['梁', 8], ['谢', 8], ['宋', 8],
  ['唐', 8], ['许', 10], ['韩', 7], ['冯', 7], ['邓', 6], ['曹', 8], ['彭', 6], ['曾', 5],
  ['肖', 6], ['田', 6], ['董', 6], ['袁', 6], ['潘', 6], ['于', 5], ['蒋', 6], ['蔡', 5],
  ['余', 7], ['杜', 5], ['叶', 6], ['程', 10], ['苏', 5], ['魏', 5], ['吕', 5], ['丁', 6],
  ['任', 4], ['沈', 5], ['姚', 5], ['卢', 4], ['姜', 4], ['崔', 3], ['钟', 3], ['谭', 3],
  ['陆', 5], ['汪', 14], ['范', 4], ['金', 4], ['石', 4], ['廖', 3], ['贾', 3], ['夏', 5],
  ['方', 9], ['章', 6], ['鲍', 3], ['葛', 4], ['储', 3], ['檀', 2], ['查', 2], ['江', 5],
  ['戴', 4], ['倪', 3], ['孔', 2], ['陶', 4], ['俞', 3], ['盛', 2], ['詹', 2], ['操', 2],
];

// prettier-ignore
export const MALE_GIVEN_NAMES: readonly string[] = [
  '伟', '强', '磊', '军', '勇', '杰', '涛', '斌', '超', '明', '刚', '平', '辉', '鹏', '浩', '健',
  '建国', '建华', '建军', '志强', '志刚', '志明', '海涛', '海峰', '国庆', '国华', '俊杰', '子豪',
  '文博', '宇航', '浩然', '家豪', '明辉', '晓东', '晓峰', '春生', '德胜', '立新', '永红', '卫东',
  '红兵', '新民', '长江', '宏伟', '振华', '继光', '光明', '学军', '世杰', '天佑', '一鸣', '思远',
  '昊天', '梓轩', '子涵', '嘉诚', '云飞', '正阳', '守仁', '大鹏',
];

// prettier-ignore
export const FEMALE_GIVEN_NAMES: readonly string[] = [
  '芳', '娜', '敏', '静', '丽', '艳', '娟', '霞', '燕', '玲', '婷', '倩', '洁', '琳', '慧', '颖',
  '秀英', '桂英', '秀兰', '玉兰', '丽华', '美华', '春梅', '红梅', '海燕', '晓燕', '晓丽', '雪梅',
  '文静', '婷婷', '丹丹', '佳怡', '欣怡', '梓涵', '雨萱', '思琪', '诗雨', '语桐', '慧敏', '丽娟',
  '淑芬', '淑珍', '素梅', '凤英', '月琴', '玉珍', '爱华', '小红', '晓琳', '梦瑶', '雅琴', '静怡',
  '若曦', '可欣', '紫薇', '晨曦', '嘉欣', '心怡', '梦洁', '安琪',
];

const SURNAME_TOTAL = SURNAMES.reduce((sum, [, weight]) => sum + weight, 0);

/** A surname drawn by frequency weight. */
export function surname(rng: Random): string {
  let ticket = rng.next() * SURNAME_TOTAL;
  for (const [name, weight] of SURNAMES) {
    ticket -= weight;
    if (ticket < 0) return name;
  }
  return SURNAMES[0]?.[0] ?? '王';
}

/** A full name such as 汪建华 or 程雨萱; the sex is random unless given. */
export function personName(rng: Random, sex?: 'male' | 'female'): string {
  const s = sex ?? (rng.chance(0.5) ? 'male' : 'female');
  return surname(rng) + rng.pick(s === 'male' ? MALE_GIVEN_NAMES : FEMALE_GIVEN_NAMES);
}

/**
 * `name`, or — when another demo person already bears it — the same surname with the next given name of its list
 * that nobody bears yet. No random draw, so the rest of the seeded demo stays as it was. Adds the result to `taken`.
 */
export function distinctName(name: string, taken: Set<string>): string {
  let result = name;
  const family = name.slice(0, 1);
  const given = name.slice(1);
  const list = MALE_GIVEN_NAMES.includes(given) ? MALE_GIVEN_NAMES : FEMALE_GIVEN_NAMES;
  const start = Math.max(0, list.indexOf(given));
  for (let k = 1; taken.has(result) && k <= list.length; k++) result = family + list[(start + k) % list.length]!;
  taken.add(result);
  return result;
}
