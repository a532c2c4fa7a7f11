import type { Statement } from '../platform/db/pipeline.js';
import { reachDays, type InspectionRuleSet } from './rules/rule-set.js';
import { DAY_MS } from './rules/windows.js';
import type { ItemRow } from './resolve-items.js';
import type { OfficerRow } from './check-officers.js';
import type { Nearby } from './load-nearby.js';
import type { CatalogFacts } from './issuance-catalog.js';

/** Everything the issuance rules read, for an enterprise already locked. */
export interface IssuanceFacts extends CatalogFacts {
  /** As `loadNearby` reads them (A3/A4/A9). */
  nearby: Nearby[];
  /** This enterprise's planned visits by the applying department this year — counted only under a cap (else 0). */
  plannedThisYear: number;
}

interface FactsRow {
  items: ItemRow[];
  scenario_item_ids: string[];
  officers: OfficerRow[];
  nearby: (Omit<Nearby, 'windowStart' | 'windowEnd'> & { windowStart: string; windowEnd: string })[];
  annual_cap: number | null;
  planned_this_year: number;
}

/**
 * The enterprise an issuance is for: by its id, or — where one statement may read the USCC registry beside the
 * enterprise's rows (not on a Citus cluster, where they are distributed differently) — by its USCC.
 */
export type EnterpriseKey = { id: string } | { uscc: string };

/** The enterprise id as SQL: parameter `$n`, or the registry's row for the USCC in it. */
export const enterpriseIdSql = (key: EnterpriseKey, n: number) =>
  'id' in key ? `$${n}::uuid` : `(SELECT r.enterprise_id FROM enterprise_uscc r WHERE r.uscc = $${n})`;

/** What `issuanceFactsStatement` reads the facts for. */
export interface IssuanceQuery {
  enterprise: EnterpriseKey;
  itemIds: string[];
  scenarioId: string | null;
  officerIds: string[];
  departmentId: string;
  around: Date;
  rules: InspectionRuleSet;
  yearStart: Date;
  /** The catalog's part of the facts, from memory (src/inspections/issuance-catalog.ts): then only the enterprise's are read. */
  known?: CatalogFacts;
}

/**
 * A2–A5, A9 — what an issuance decides on, in one prepared statement (the hot path an officer waits on): the items
 * and the scenario's, the officers with their departments' fields, and the annual cap — unless the catalog already
 * holds them — and the enterprise's visits within the rules' reach (`loadNearby`'s range) with this year's planned
 * count when the department has a cap. Sent after the enterprise's row lock, as a statement of its own (pipelined
 * behind it): its snapshot must see the visits committed by whoever held the lock before. Its one row goes to
 * `issuanceFactsOf`.
 */
export function issuanceFactsStatement(q: IssuanceQuery): Statement {
  const days = reachDays(q.rules);
  const from = new Date(q.around.getTime() - (days + q.rules.maxWindowDays) * DAY_MS);
  const to = new Date(q.around.getTime() + days * DAY_MS);
  const byId = 'id' in q.enterprise;
  const enterprise = 'id' in q.enterprise ? q.enterprise.id : q.enterprise.uscc;
  const visits = (n: number) => {
    const enterpriseId = enterpriseIdSql(q.enterprise, n);
    return {
      nearby: `(SELECT coalesce(json_agg(json_build_object('id', i.id, 'code', i.code, 'kind', i.kind, 'departmentIds', i.department_ids,
              'windowStart', i.window_start, 'windowEnd', i.window_end, 'status', i.status)), '[]')
         FROM inspection i WHERE i.enterprise_id = ${enterpriseId} AND i.status <> 'revoked'
          AND i.window_start >= $${n + 1}::timestamptz AND i.window_start <= $${n + 2}::timestamptz) AS nearby`,
      // This year's planned visits of the enterprise by the department, counted only under a cap (the count is a
      // scan of the enterprise's year): PostgreSQL runs the count's InitPlan only when the CASE reaches it.
      planned: (capped: string) => `CASE WHEN ${capped} THEN
        (SELECT count(*)::int FROM inspection i WHERE i.enterprise_id = ${enterpriseId} AND i.lead_department_id = $${n + 3}::uuid
          AND i.kind = 'planned' AND i.window_start >= $${n + 4}::timestamptz AND i.status <> 'revoked') ELSE 0 END AS planned_this_year`,
    };
  };
  if (q.known) {
    const v = visits(1);
    return {
      name: byId ? 'issuance-visits' : 'issuance-visits-by-uscc',
      text: `SELECT ${v.nearby}, ${v.planned('$6::boolean')}`,
      values: [enterprise, from.toISOString(), to.toISOString(), q.departmentId, q.yearStart.toISOString(), q.known.annualCap !== null],
    };
  }
  const v = visits(4);
  return {
    name: byId ? 'issuance-facts' : 'issuance-facts-by-uscc',
    text: `SELECT
      (SELECT coalesce(json_agg(json_build_object('id', t.id, 'departmentId', t.department_id, 'name', t.name, 'legalBasis', t.legal_basis, 'published', t.published)), '[]')
         FROM inspection_item t WHERE t.id = ANY($1::uuid[])) AS items,
      (SELECT coalesce(json_agg(l.item_id), '[]') FROM joint_scenario_item l JOIN joint_scenario s ON s.id = l.scenario_id
         WHERE l.scenario_id = $2::uuid AND s.published) AS scenario_item_ids,
      (SELECT coalesce(json_agg(json_build_object('id', o.id, 'departmentId', o.department_id, 'name', o.name, 'certificateNo', o.certificate_no,
              'active', o.active, 'certificateFields', o.certificate_fields, 'certificateValidFrom', o.certificate_valid_from,
              'certificateValidUntil', o.certificate_valid_until, 'certificateStatus', o.certificate_status, 'field', d.field)), '[]')
         FROM officer o LEFT JOIN department d ON d.id = o.department_id WHERE o.id = ANY($3::uuid[])) AS officers,
      ${v.nearby},
      (SELECT c.annual_cap FROM inspection_cap c WHERE c.department_id = $7::uuid) AS annual_cap,
      ${v.planned('(SELECT c.annual_cap FROM inspection_cap c WHERE c.department_id = $7::uuid) IS NOT NULL')}`,
    values: [uuidArray(q.itemIds), q.scenarioId, uuidArray(q.officerIds), enterprise, from.toISOString(), to.toISOString(), q.departmentId, q.yearStart.toISOString()],
  };
}

/** A uuid[] parameter as PostgreSQL's array text (each id once). */
const uuidArray = (ids: string[]) => `{${[...new Set(ids)].join(',')}}`;

/** The facts from `issuanceFactsStatement`'s row (the catalog's part from `known` when the statement left it out). */
export function issuanceFactsOf(row: Record<string, unknown>, known?: CatalogFacts): IssuanceFacts {
  const f = row as unknown as FactsRow;
  return {
    ...(known ?? { items: f.items, scenarioItemIds: f.scenario_item_ids, officers: f.officers, annualCap: f.annual_cap }),
    nearby: f.nearby.map((n) => ({ ...n, windowStart: new Date(n.windowStart), windowEnd: new Date(n.windowEnd) })),
    plannedThisYear: f.planned_this_year,
  };
}
