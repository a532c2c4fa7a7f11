import { describe, expect, it } from 'vitest';
import { ITEM_COLUMNS, SCENARIO_COLUMNS, parseIndustries, parsePublished, resolveDepartment } from './catalog-columns.js';
import { mapHeader } from '../platform/sheets/columns.js';

const known = [
  { id: 'd1', code: 'WH-SCJG', name: '芜湖市市场监督管理局', shortName: '市场监管' },
  { id: 'd2', code: 'WH-XF', name: '芜湖市消防救援支队', shortName: '消防救援' },
];

describe('catalog spreadsheet columns', () => {
  it('maps Chinese, English and alias headers; reports missing required ones', () => {
    const { positions, missing } = mapHeader(ITEM_COLUMNS, ['执法部门', '事项编码（必填）', 'Item name', '法律依据', null]);
    expect(Object.fromEntries(positions)).toEqual({ department: 0, code: 1, name: 2, legalBasis: 3 });
    expect(missing).toEqual([]);
    expect(mapHeader(SCENARIO_COLUMNS, ['场景编码', '部门']).missing).toEqual(['scenarioName', 'industry', 'itemCode']);
  });

  it('reads industries as codes or names in either language, any separator; empty means any', () => {
    expect(parseIndustries('餐饮服务、住宿服务')).toEqual({ ok: true, value: ['restaurant', 'hotel'] });
    expect(parseIndustries('restaurant, Petrol station；hotel')).toEqual({ ok: true, value: ['restaurant', 'petrol-station', 'hotel'] });
    expect(parseIndustries('网吧 娱乐场所')).toEqual({ ok: true, value: ['internet-cafe', 'entertainment'] });
    expect(parseIndustries(null)).toEqual({ ok: true, value: [] });
    expect(parseIndustries('不限')).toEqual({ ok: true, value: [] });
    expect(parseIndustries('餐饮服务、火星采矿')).toEqual({ ok: false, text: '火星采矿' });
  });

  it('reads 是否公布 as yes/no; an empty cell leaves it open', () => {
    expect(parsePublished('是')).toEqual({ ok: true, value: true });
    expect(parsePublished('未公布')).toEqual({ ok: true, value: false });
    expect(parsePublished(true)).toEqual({ ok: true, value: true });
    expect(parsePublished(null)).toEqual({ ok: true, value: undefined });
    expect(parsePublished('也许')).toEqual({ ok: false, text: '也许' });
  });

  it('finds a department by code, full name or short name', () => {
    expect(resolveDepartment('wh-scjg', known)).toMatchObject({ ok: true, value: { id: 'd1' } });
    expect(resolveDepartment('芜湖市消防救援支队', known)).toMatchObject({ ok: true, value: { id: 'd2' } });
    expect(resolveDepartment('市场监管', known)).toMatchObject({ ok: true, value: { id: 'd1' } });
    expect(resolveDepartment('税务局', known)).toEqual({ ok: false, text: '税务局' });
  });
});
