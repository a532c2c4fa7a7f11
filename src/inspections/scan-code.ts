import type { AppDeps } from '../platform/http/types.js';
import { verifyCode } from '../codes/index.js';
import { contentDigest, type CodePayload } from '../codes/index.js';
import { chinaDayOf } from '../platform/time/china.js';
import { certificateState, type Certificate } from '../organisation/index.js';
import { codeStatus, type CodeStatus } from './rules/code-status.js';
import type { ScanCache } from './scan-cache.js';

export type ScanResult =
  | { status: 'invalid' }
  | {
      status: Exclude<CodeStatus, 'invalid'>;
      inspectionId: string;
      kind: 'planned' | 'triggered';
      /** Always null on the public scan: what triggered a visit (a complaint, a referral…) is internal. */
      trigger: null;
      window: { start: string; end: string };
      enterprise: { uscc: string; name: string; address: string };
      departments: { id: string; name: string }[];
      items: { id: string; departmentId: string; code: string; name: string; legalBasis: string; published: boolean }[];
      officers: { id: string; departmentId: string; name: string; certificateNo: string; validUntil: string; certificateState: string }[];
      arrivalConfirmedAt: string | null;
      /** Why a revoked code no longer holds, as a fixed code — never the officer's free-text reason. */
      revokedReason: RevokedReason | null;
      backfilled: boolean;
      keyId: string;
    };

/** `superseded`: an older code of a visit merged into a joint one; `withdrawn`: the department revoked the visit. */
export type RevokedReason = 'superseded' | 'withdrawn';

interface ScanRow {
  id: string;
  kind: 'planned' | 'triggered';
  window_start: Date;
  window_end: Date;
  status: 'issued' | 'revoked' | 'done';
  code_version: number;
  department_ids: string[];
  item_ids: string[];
  officer_ids: string[];
  approved_by: string;
  arrival_confirmed_at: Date | null;
  backfilled: boolean;
  uscc: string;
  name: string;
  address: string;
  departments: { id: string; name: string }[];
  items: { id: string; departmentId: string; code: string; name: string; legalBasis: string; published: boolean }[];
  officers: ({ id: string; departmentId: string; name: string; certificateNo: string } & Pick<Certificate, 'certificateFields' | 'certificateValidFrom' | 'certificateValidUntil' | 'certificateStatus'>)[];
}

/** The visit with everything the scan page shows, in one round trip (the hot path of a factory gate). */
export const SCAN_SQL = `
SELECT i.id, i.kind, i.window_start, i.window_end, i.status, i.code_version, i.department_ids, i.item_ids,
       i.officer_ids, i.approved_by, i.arrival_confirmed_at, i.backfilled, e.uscc, e.name, e.address,
  (SELECT coalesce(json_agg(json_build_object('id', d.id, 'name', d.name) ORDER BY array_position(i.department_ids, d.id)), '[]')
     FROM department d WHERE d.id = ANY(i.department_ids)) AS departments,
  (SELECT coalesce(json_agg(json_build_object('id', t.id, 'departmentId', t.department_id, 'code', t.code, 'name', t.name, 'legalBasis', t.legal_basis, 'published', t.published) ORDER BY t.code), '[]')
     FROM inspection_item t WHERE t.id = ANY(i.item_ids)) AS items,
  (SELECT coalesce(json_agg(json_build_object('id', o.id, 'departmentId', o.department_id, 'name', o.name, 'certificateNo', o.certificate_no, 'certificateFields', o.certificate_fields,
          'certificateValidFrom', o.certificate_valid_from, 'certificateValidUntil', o.certificate_valid_until, 'certificateStatus', o.certificate_status)
          ORDER BY array_position(i.officer_ids, o.id)), '[]')
     FROM officer o WHERE o.id = ANY(i.officer_ids)) AS officers
FROM inspection i JOIN enterprise e ON e.id = i.enterprise_id
WHERE i.enterprise_id = $2 AND i.id = $1`;

/** The code's enterprise by its USCC (the registry, distributed by uscc on a Citus cluster). */
const OWNER_SQL = 'SELECT enterprise_id FROM enterprise_uscc WHERE uscc = $1';

const seconds = (d: Date) => Math.floor(d.getTime() / 1000);

/**
 * Answers already built from a kept visit row, by the code's text, its status and the China days the officers'
 * certificate states depend on (today, and 30 days on). A changed visit is a new row, so its answers go with the
 * old one. A few entries a row at most.
 */
const answers = new WeakMap<ScanRow, Map<string, ScanResult>>();
const MONTH_MS = 30 * 86_400_000;

/**
 * A6 — verification of a scanned code, no login needed. The signature is checked with the platform's keys;
 * then the stored visit must match what the code binds (enterprise, window, departments, items, officers,
 * approver) — anything altered, forged or unknown is `invalid`. The answer is public: it shows the enterprise
 * what the law requires it to see (window, departments, items with their legal basis, officers with their
 * certificates, status), never the internal trigger of the visit nor the officer's free-text revoke reason.
 * Verified payloads and the visits behind them are kept in memory (scan-cache.ts); `seen.fromMemory` tells
 * whether this scan read the database.
 */
export async function scanCode(deps: AppDeps, text: string, now: Date, seen: { fromMemory?: boolean } = {}): Promise<ScanResult> {
  const kid = text.split('.')[0] ?? '';
  const cache = deps.scanCache as ScanCache<ScanRow>;
  let payload = cache.verified.get(text);
  if (!payload) {
    const key = await deps.keyring.resolve(kid, now);
    payload = (key ? verifyCode(text, () => key) : null) ?? undefined;
    if (!payload) return { status: 'invalid' };
    cache.verified.set(text, payload);
  }
  let i = cache.visit(payload.inspectionId);
  seen.fromMemory = !!i;
  if (!i) {
    // Named by the enterprise id as well as its own: one shard's read on a Citus cluster (a visit is found by id
    // only within its enterprise).
    let owner = cache.owners.get(payload.uscc);
    if (!owner) {
      const [found] = await deps.database.query<{ enterprise_id: string }>(OWNER_SQL, [payload.uscc], 'scan_code_owner');
      if (!found) return { status: 'invalid' };
      owner = found.enterprise_id;
      cache.owners.set(payload.uscc, owner);
    }
    const startedAt = cache.readStarted();
    [i] = await deps.database.query<ScanRow>(SCAN_SQL, [payload.inspectionId, owner], 'scan_code_v3');
    if (!i) return { status: 'invalid' };
    cache.keep(payload.inspectionId, i, startedAt);
  }
  const row = i;
  const state = codeStatus({ status: i.status, windowStart: i.window_start, windowEnd: i.window_end, codeVersion: i.code_version }, payload.codeVersion, now);
  const key = `${text}\n${state}\n${chinaDayOf(now)}\n${chinaDayOf(now.getTime() + MONTH_MS)}`;
  const built = answers.get(row)?.get(key);
  if (built) return built;
  const result = presentScan(row, payload, state, kid, now);
  if (result.status !== 'invalid') {
    const kept = answers.get(row) ?? new Map<string, ScanResult>();
    if (kept.size >= 16) kept.clear();
    answers.set(row, kept.set(key, result));
  }
  return result;
}

/** The public answer for a code and the stored visit it names (invalid when they do not match). */
function presentScan(i: ScanRow, payload: CodePayload, state: CodeStatus, kid: string, now: Date): ScanResult {
  const bound = contentDigest({ departmentIds: i.department_ids, itemIds: i.item_ids, officerIds: i.officer_ids, approvedBy: i.approved_by });
  const sameVisit = i.uscc === payload.uscc && seconds(i.window_start) === seconds(payload.windowStart) && seconds(i.window_end) === seconds(payload.windowEnd);
  // An older version of a merged visit's code differs in content: it scans as revoked, not invalid.
  if (!sameVisit || (payload.codeVersion === i.code_version && bound !== payload.digest)) return { status: 'invalid' };
  const status = state;
  if (status === 'invalid') return { status };
  return {
    status,
    inspectionId: i.id,
    kind: i.kind,
    trigger: null,
    window: { start: i.window_start.toISOString(), end: i.window_end.toISOString() },
    enterprise: { uscc: i.uscc, name: i.name, address: i.address },
    departments: i.departments,
    items: i.items,
    officers: i.officers.map((o) => ({ id: o.id, departmentId: o.departmentId, name: o.name, certificateNo: o.certificateNo, validUntil: o.certificateValidUntil, certificateState: certificateState(o, now) })),
    arrivalConfirmedAt: i.arrival_confirmed_at?.toISOString() ?? null,
    revokedReason: status !== 'revoked' ? null : i.status === 'revoked' ? 'withdrawn' : 'superseded',
    backfilled: i.backfilled,
    keyId: kid,
  };
}
