import { useMemo } from 'react';
import { useApiQuery } from '../../api/useApiQuery';
import { CATALOG_ITEMS_PATH, CATALOG_PAGE_SIZE, CATALOG_SCENARIOS_PATH } from '../../catalog/api';
import type { CatalogItem, Scenario } from '../../catalog/types';
import type { Page } from '../../enterprises/types';
import type { Officer } from '../../officers/types';
import type { ItemList } from '../../reference/types';

/**
 * What the apply form offers: the own department's published items for the enterprise's industry (or all of them
 * when `allIndustries`), or a joint scenario's (A1); how many items the department has published in all (so an
 * empty list can say whether the department has none or none for this industry); the published scenarios of
 * that industry the department takes part in; and the officers of every department involved.
 */
export function useApplySources(
  departmentId: string | undefined,
  scenarioId: string | undefined,
  industry: string | undefined,
  allIndustries = false,
) {
  const own = useApiQuery<Page<CatalogItem>>(departmentId ? CATALOG_ITEMS_PATH : null, {
    departmentId,
    industry: allIndustries ? undefined : industry,
    published: true,
    pageSize: CATALOG_PAGE_SIZE,
  });
  // Only asked when the list is narrowed to an industry: the department's published items of any industry.
  const everyIndustry = useApiQuery<Page<CatalogItem>>(
    departmentId && industry && !allIndustries ? CATALOG_ITEMS_PATH : null,
    { departmentId, published: true, pageSize: 1 },
  );
  const scenarioList = useApiQuery<Page<Scenario>>(CATALOG_SCENARIOS_PATH, {
    published: true,
    pageSize: CATALOG_PAGE_SIZE,
  });
  const officerList = useApiQuery<ItemList<Officer>>('/api/officers');

  const scenarios = useMemo(
    () =>
      (scenarioList.data?.items ?? []).filter(
        (s) => s.departments.some((d) => d.id === departmentId) && (!industry || s.industry === industry),
      ),
    [scenarioList.data, departmentId, industry],
  );
  const scenario = scenarios.find((s) => s.id === scenarioId);
  const items = useMemo(
    () => (scenario ? scenario.items.filter((i) => i.published) : (own.data?.items ?? [])),
    [scenario, own.data],
  );
  const officers = useMemo(() => {
    const departments = new Set([departmentId, ...items.map((i) => i.departmentId)]);
    const involved = (officerList.data?.items ?? []).filter((o) => departments.has(o.department.id));
    // The own department's officers first.
    return involved.sort(
      (a, b) => Number(b.department.id === departmentId) - Number(a.department.id === departmentId),
    );
  }, [officerList.data, items, departmentId]);

  return {
    scenarios,
    scenario,
    items,
    officers,
    /** The department's published items of every industry (undefined while unknown). */
    departmentTotal: allIndustries || !industry ? own.data?.total : everyIndustry.data?.total,
    loading: own.loading || everyIndustry.loading || scenarioList.loading || officerList.loading,
    error: own.error ?? scenarioList.error ?? officerList.error,
    reload: () => {
      own.reload();
      scenarioList.reload();
      officerList.reload();
    },
  };
}
