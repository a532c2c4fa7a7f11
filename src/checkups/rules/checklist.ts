/**
 * E3 — the check package (体检套餐): 4 categories, 14 items, one visit checks them all (一查清). Version 1 as
 * announced by the 六安市生态环境局 campaign "亲清有约 我帮您检"; a later version is a new checklist row.
 */
export const CHECKLIST_CATEGORIES = ['procedures', 'facilities', 'management', 'risk'] as const;
export type ChecklistCategory = (typeof CHECKLIST_CATEGORIES)[number];

export const CATEGORY_NAMES: Record<ChecklistCategory, { 'zh-CN': string; 'en-US': string }> = {
  procedures: { 'zh-CN': '环保手续', 'en-US': 'Environmental procedures' },
  facilities: { 'zh-CN': '污染防治设施', 'en-US': 'Pollution-control facilities' },
  management: { 'zh-CN': '环境管理制度', 'en-US': 'Environmental management' },
  risk: { 'zh-CN': '风险防控', 'en-US': 'Risk prevention and control' },
};

export interface ChecklistItem {
  code: string;
  category: ChecklistCategory;
  name: string;
  /** The legal or technical basis the item is checked against. */
  basis: string;
}

export const CHECKLIST_V1_SOURCE = '六安市生态环境局“亲清有约 我帮您检”环保帮扶公告（体检套餐 4 大类 14 个分项）';

export const CHECKLIST_V1: readonly ChecklistItem[] = [
  { code: 'P1', category: 'procedures', name: '环境影响评价审批（备案）手续', basis: '《中华人民共和国环境影响评价法》第十六条、第二十二条' },
  { code: 'P2', category: 'procedures', name: '竣工环境保护验收', basis: '《建设项目环境保护管理条例》第十七条' },
  { code: 'P3', category: 'procedures', name: '排污许可证（排污登记）', basis: '《排污许可管理条例》第二条、第二十四条' },
  { code: 'P4', category: 'procedures', name: '危险废物管理计划备案', basis: '《中华人民共和国固体废物污染环境防治法》第七十八条' },
  { code: 'F1', category: 'facilities', name: '废气收集与治理设施运行', basis: '《中华人民共和国大气污染防治法》第二十条、第四十五条' },
  { code: 'F2', category: 'facilities', name: '废水处理设施与排放口', basis: '《中华人民共和国水污染防治法》第二十一条、第二十二条' },
  { code: 'F3', category: 'facilities', name: '噪声污染防治措施', basis: '《中华人民共和国噪声污染防治法》第三十六条' },
  { code: 'F4', category: 'facilities', name: '固体废物与危险废物贮存场所', basis: 'GB 18597-2023《危险废物贮存污染控制标准》' },
  { code: 'M1', category: 'management', name: '环保管理机构与责任制度', basis: '《中华人民共和国环境保护法》第四十二条' },
  { code: 'M2', category: 'management', name: '环境管理台账与自行监测', basis: 'HJ 944-2018《排污单位环境管理台账及排污许可证执行报告技术规范》' },
  { code: 'M3', category: 'management', name: '环境信息依法披露与排污口规范化', basis: '《企业环境信息依法披露管理办法》第七条' },
  { code: 'R1', category: 'risk', name: '突发环境事件应急预案及备案', basis: '《突发环境事件应急管理办法》第十三条' },
  { code: 'R2', category: 'risk', name: '环境风险隐患排查治理', basis: '《企业突发环境事件隐患排查和治理工作指南（试行）》' },
  { code: 'R3', category: 'risk', name: '应急物资、事故应急池与演练', basis: 'HJ 941-2018《企业突发环境事件风险分级方法》' },
];

/** Item codes of a checklist not yet checked at a visit ("一查清": a visit is complete when none is left). */
export function uncheckedItems(items: readonly ChecklistItem[], checkedCodes: Iterable<string>): string[] {
  const done = new Set(checkedCodes);
  return items.filter((i) => !done.has(i.code)).map((i) => i.code);
}
