import { useCallback } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { EnterpriseFilter } from './types';

export const DEFAULT_PAGE_SIZE = 20;
const MAX_PAGE_SIZE = 100;

export type ListPatch = Partial<EnterpriseFilter & { page: number; pageSize: number }>;

function positiveInt(raw: string | null, fallback: number, max = Number.MAX_SAFE_INTEGER): number {
  const n = Number(raw);
  return Number.isInteger(n) && n > 0 ? Math.min(n, max) : fallback;
}

/** The list's filter and page live in the URL, so a reload, a shared link or Back shows the same list. */
export function useEnterpriseListParams() {
  const [params, setParams] = useSearchParams();
  const filter: EnterpriseFilter = {
    q: params.get('q') ?? '',
    industry: params.get('industry') ?? '',
    divisionCode: params.get('divisionCode') ?? '',
  };
  const page = positiveInt(params.get('page'), 1);
  const pageSize = positiveInt(params.get('pageSize'), DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);

  const update = useCallback(
    (patch: ListPatch) => {
      setParams((current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(patch)) {
          if (value === undefined || value === '' || value === null) next.delete(key);
          else next.set(key, String(value));
        }
        // A new filter starts at its first page.
        if (patch.page === undefined) next.delete('page');
        if (next.get('pageSize') === String(DEFAULT_PAGE_SIZE)) next.delete('pageSize');
        return next;
      });
    },
    [setParams],
  );

  return { filter, page, pageSize, update };
}
