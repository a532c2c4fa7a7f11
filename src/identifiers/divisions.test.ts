import { describe, it, expect } from 'vitest';
import { DIVISIONS, childDivisions, findDivision, isAnhuiDivision } from './divisions.js';

describe('divisions', () => {
  it('has unique six-digit codes whose parents exist', () => {
    const codes = DIVISIONS.map((d) => d.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const d of DIVISIONS) {
      expect(d.code).toMatch(/^34\d{4}$/);
      if (d.parentCode !== null) expect(findDivision(d.parentCode)).toBeDefined();
      if (d.level === 'city') expect(d.code.endsWith('00')).toBe(true);
      if (d.level === 'county') expect(d.parentCode).toBe(`${d.code.slice(0, 4)}00`);
    }
  });

  it('lists Anhui, its 16 cities and Wuhu after the 2020 restructuring', () => {
    expect(findDivision('340000')).toEqual({
      code: '340000',
      name: '安徽省',
      level: 'province',
      parentCode: null,
    });
    expect(DIVISIONS.filter((d) => d.level === 'city')).toHaveLength(16);
    expect(findDivision('340200')?.name).toBe('芜湖市');
    expect(childDivisions('340200').map((d) => d.name)).toEqual([
      '镜湖区',
      '鸠江区',
      '弋江区',
      '湾沚区',
      '繁昌区',
      '南陵县',
      '无为市',
    ]);
    expect(findDivision('340203')).toBeUndefined(); // old 弋江区
    expect(findDivision('341400')).toBeUndefined(); // 巢湖市 (prefecture) abolished in 2011
  });

  it('recognises Anhui codes by form', () => {
    expect(isAnhuiDivision('340202')).toBe(true);
    expect(isAnhuiDivision('341882')).toBe(true);
    expect(isAnhuiDivision('320100')).toBe(false);
    expect(isAnhuiDivision('34020')).toBe(false);
    expect(isAnhuiDivision('34020A')).toBe(false);
  });

  it('is frozen', () => {
    expect(Object.isFrozen(DIVISIONS)).toBe(true);
    expect(Object.isFrozen(DIVISIONS[0])).toBe(true);
  });
});
