import { useMemo } from 'react';
import { useDepartmentOptions } from '../reference/hooks';

/** Department names by id (the inspection API sends ids), and a joiner for a list of ids. */
export function useDepartmentNames(): (ids: readonly string[]) => string[] {
  const { options } = useDepartmentOptions();
  return useMemo(() => {
    const names = new Map(options.map((o) => [o.value, o.label]));
    return (ids) => ids.map((id) => names.get(id) ?? '…');
  }, [options]);
}
