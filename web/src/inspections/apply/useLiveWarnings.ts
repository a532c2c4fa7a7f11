import { useMemo } from 'react';
import { useApiQuery } from '../../api/useApiQuery';
import type { Page } from '../../enterprises/types';
import { INSPECTIONS_PATH } from '../api';
import type { Inspection, InspectionKind } from '../types';
import { DAY_MS, liveWarnings, type LiveWarning } from './frequency';

/** The widest rule (A9: 30 days) either side of the planned start. */
const LOOK_DAYS = 30;

interface Request {
  uscc?: string;
  kind: InspectionKind;
  /** Window start, epoch ms (whole minutes, so the query stays stable). */
  start?: number;
  departmentId?: string;
}

/** Live frequency and joint warnings for the form, recomputed as enterprise, kind or window change. */
export function useLiveWarnings({ uscc, kind, start, departmentId }: Request): {
  warnings: LiveWarning[];
  loading: boolean;
  checked: boolean;
} {
  const ready = Boolean(uscc) && start !== undefined;
  const query = ready
    ? {
        enterpriseUscc: uscc,
        from: new Date(start! - LOOK_DAYS * DAY_MS).toISOString(),
        to: new Date(start! + LOOK_DAYS * DAY_MS).toISOString(),
        pageSize: 200,
      }
    : undefined;
  const { data, loading } = useApiQuery<Page<Inspection>>(ready ? INSPECTIONS_PATH : null, query);
  const warnings = useMemo(
    () => (ready && data && !loading ? liveWarnings(data.items, kind, start!, departmentId) : []),
    [ready, data, loading, kind, start, departmentId],
  );
  return { warnings, loading, checked: ready && Boolean(data) && !loading };
}
