import type { Locale } from '../platform/i18n/locale.js';
import { industryName } from '../enterprises/index.js';
import type { inspectionItems, jointScenarios } from './schema.js';

export type ItemRow = typeof inspectionItems.$inferSelect;
export type ScenarioRow = typeof jointScenarios.$inferSelect;
export interface DepartmentRef {
  id: string;
  code: string;
  name: string;
  shortName: string;
}

/** The public JSON shape of an inspection item (检查事项). */
export function presentItem(i: ItemRow, department: DepartmentRef, locale: Locale) {
  return {
    id: i.id,
    code: i.code,
    name: i.name,
    legalBasis: i.legalBasis,
    departmentId: i.departmentId,
    department,
    industries: i.industries,
    industryNames: i.industries.map((c) => industryName(c, locale)),
    published: i.published,
    publishedAt: i.publishedAt?.toISOString() ?? null,
    createdAt: i.createdAt.toISOString(),
  };
}
export type PresentedItem = ReturnType<typeof presentItem>;

/** The public JSON shape of a joint scenario (联查场景) with its items and the departments they involve. */
export function presentScenario(s: ScenarioRow, items: PresentedItem[], locale: Locale) {
  const departments = new Map<string, DepartmentRef & { itemCount: number }>();
  for (const i of items) {
    const d = departments.get(i.departmentId) ?? { ...i.department, itemCount: 0 };
    d.itemCount++;
    departments.set(i.departmentId, d);
  }
  return {
    id: s.id,
    code: s.code,
    name: s.name,
    industry: s.industry,
    industryName: industryName(s.industry, locale),
    description: s.description,
    published: s.published,
    createdAt: s.createdAt.toISOString(),
    departments: [...departments.values()],
    items,
  };
}
