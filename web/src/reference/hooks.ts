import { useMemo } from 'react';
import { useApiQuery } from '../api/useApiQuery';
import type { Department, Division, Industry, ItemList } from './types';

/**
 * The division whose children the division filters offer (芜湖市). Until the API says which division a
 * deployment covers, this is the demo city; see the report to the backend.
 */
export const ROOT_DIVISION = '340200';

export interface Option {
  value: string;
  label: string;
}

/** Reference lists as antd Select options; the query's error is returned so the page can show it. */
function useOptions<T>(
  path: string,
  query: Record<string, string> | undefined,
  toOption: (item: T) => Option,
) {
  const { data, loading, error } = useApiQuery<ItemList<T>>(path, query);
  const options = useMemo(() => (data?.items ?? []).map(toOption), [data, toOption]);
  return { options, loading, error };
}

const departmentOption = (d: Department): Option => ({ value: String(d.id), label: d.name });
const industryOption = (i: Industry): Option => ({ value: i.code, label: i.name });
const divisionOption = (d: Division): Option => ({ value: d.code, label: d.name });

export function useDepartmentOptions() {
  return useOptions('/api/departments', undefined, departmentOption);
}

export function useIndustryOptions() {
  return useOptions('/api/meta/industries', undefined, industryOption);
}

export function useDivisionOptions(parent: string = ROOT_DIVISION) {
  return useOptions('/api/divisions', { parent }, divisionOption);
}
