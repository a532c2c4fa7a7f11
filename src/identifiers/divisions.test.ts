import { describe, it, expect } from 'vitest';
import { DIVISIONS, childDivisions, findDivision, isAnhuiDivision, resolveDivision } from './divisions.js';

describe('divisions', () => {
  it('has unique six-digit codes whose parents exist', () => {
    const codes = DIVISIONS.map((d) => d.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const d of DIVISIONS) {
      expect(d.code).toMatch(/^\d{6}$/);
      if (d.parentCode !== null) expect(findDivision(d.parentCode)).toBeDefined();
      if (d.level === 'province') expect(d.code.endsWith('0000')).toBe(true);
      if (d.level === 'city') expect(d.code.endsWith('00')).toBe(true);
      if (d.level === 'county') expect([`${d.code.slice(0, 4)}00`, `${d.code.slice(0, 2)}0000`]).toContain(d.parentCode);
    }
  });

  it('covers the whole country: every province, its cities and counties', () => {
    expect(DIVISIONS.filter((d) => d.level === 'province').length).toBeGreaterThanOrEqual(31);
    expect(DIVISIONS.filter((d) => d.level === 'county').length).toBeGreaterThan(2800);
    expect(findDivision('340104')).toMatchObject({ name: '蜀山区', level: 'county', parentCode: '340100' }); // 合肥市蜀山区
    expect(findDivision('110101')).toMatchObject({ name: '东城区', level: 'county' });
    expect(findDivision(findDivision('110101')!.parentCode!)).toBeDefined();
    expect(findDivision('440300')?.name).toBe('深圳市');
  });

  it('lists Anhui, its 16 cities and Wuhu after the 2020 restructuring', () => {
    expect(findDivision('340000')).toEqual({ code: '340000', name: '安徽省', level: 'province', parentCode: null });
    expect(childDivisions('340000').filter((d) => d.level === 'city')).toHaveLength(16);
    expect(findDivision('340200')?.name).toBe('芜湖市');
    expect(childDivisions('340200').map((d) => d.name).sort()).toEqual(
      ['镜湖区', '鸠江区', '弋江区', '湾沚区', '繁昌区', '南陵县', '无为市'].sort(),
    );
    expect(findDivision('340203')).toBeUndefined(); // old 弋江区
    expect(findDivision('341400')).toBeUndefined(); // 巢湖市 (prefecture) abolished in 2011
  });

  it('maps codes of earlier revisions to the current division that holds them', () => {
    const old = resolveDivision('340221'); // 芜湖县, 湾沚区 since 2020
    expect(old?.historical).toMatchObject({ code: '340221', name: '芜湖县' });
    expect(old?.division.code).toBe('340200');
    expect(resolveDivision('341400')?.division.code).toBe('340000'); // 巢湖市 → 安徽省
    expect(resolveDivision('340202')).toEqual({ division: findDivision('340202') });
    expect(resolveDivision('999999')).toBeUndefined();
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
