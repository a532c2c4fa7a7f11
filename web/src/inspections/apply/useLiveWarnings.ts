import { useMemo } from 'react';
import { useApiQuery } from '../../api/useApiQuery';
import { INSPECTIONS_PATH } from '../api';
import type { InspectionKind, TimeWindow } from '../types';

/** A visit the server named in its answer. */
export interface NamedVisit {
  code: string;
  departmentIds: string[];
  window: TimeWindow;
}

export type LiveWarning =
  | { kind: 'planned-refused' | 'over-frequency'; inspection: NamedVisit; days: number }
  | { kind: 'joint'; inspection: NamedVisit; days: number }
  | { kind: 'frequency'; count: number; days: number };

interface Brief {
  inspectionId: string;
  code: string;
  departmentIds: string[];
  windowStart: string;
  windowEnd: string;
}

/** GET /api/inspections/precheck — what the platform would say (A3, A4, A9), across all departments. */
interface Precheck {
  refused: boolean;
  plannedConflict: Brief | null;
  overFrequency: boolean;
  overFrequencyWith: Brief | null;
  alerts: { kind: string; count: number; days: number }[];
  jointProposals: Brief[];
  days: { planned: number; joint: number };
  /** The part A rule set the server applied. */
  ruleSet: AppliedRuleSet;
}

/** The rule set a precheck answer was reached with (named beside the warnings). */
export interface AppliedRuleSet {
  id: string;
  version: number;
  name: string;
  effectiveFrom: string;
  source: string;
}

interface Request {
  uscc?: string;
  kind: InspectionKind;
  /** Window start and end, epoch ms (whole minutes, so the query stays stable). */
  start?: number;
  end?: number;
}

const visit = (b: Brief): NamedVisit => ({ code: b.code, departmentIds: b.departmentIds, window: { start: b.windowStart, end: b.windowEnd } });

/**
 * Live frequency and joint warnings for the form, asked of the server as enterprise, kind or window change: the
 * rules (A3, A4, A9) and their numbers live on the server only.
 */
export function useLiveWarnings({ uscc, kind, start, end }: Request): {
  warnings: LiveWarning[];
  loading: boolean;
  checked: boolean;
  ruleSet: AppliedRuleSet | null;
} {
  const ready = Boolean(uscc) && start !== undefined;
  const query = ready
    ? {
        enterpriseUscc: uscc,
        kind,
        start: new Date(start!).toISOString(),
        ...(end !== undefined ? { end: new Date(end).toISOString() } : {}),
      }
    : undefined;
  const { data, loading } = useApiQuery<Precheck>(ready ? `${INSPECTIONS_PATH}/precheck` : null, query);
  const warnings = useMemo((): LiveWarning[] => {
    if (!ready || !data || loading) return [];
    const out: LiveWarning[] = [];
    if (data.plannedConflict) out.push({ kind: 'planned-refused', inspection: visit(data.plannedConflict), days: data.days.planned });
    if (data.overFrequencyWith) out.push({ kind: 'over-frequency', inspection: visit(data.overFrequencyWith), days: data.days.planned });
    for (const j of data.jointProposals) out.push({ kind: 'joint', inspection: visit(j), days: data.days.joint });
    for (const a of data.alerts) out.push({ kind: 'frequency', count: a.count, days: a.days });
    return out;
  }, [ready, data, loading]);
  return { warnings, loading, checked: ready && Boolean(data) && !loading, ruleSet: ready && data && !loading ? data.ruleSet : null };
}
