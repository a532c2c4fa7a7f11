/**
 * An enterprise's two years of inspections, as COPY lines: dates drawn over the period, kinds and triggers, the
 * A3 rule kept (one planned code per 7 days; a planned visit that would break it became a triggered one with the
 * over-frequency flag, as the application decides), joint visits (a scenario or a merge), officers of every
 * department, results with the A7 deadline, evaluations and complaints (A8), and the supervision signals the
 * application raises on the way (A9 frequency, over-frequency, late result, low rating, complaint, back-fill).
 * Codes are signed with the platform's code format, so every one verifies.
 */
import { signCode } from '../../src/codes/code-text.js';
import { contentDigest } from '../../src/codes/payload.js';
import { loadKey, type CodeKey } from '../../src/codes/signers.js';
import { ruleSetInForce, type InspectionRuleSet } from '../../src/inspections/rules/rule-set.js';
import { frequencySignalKey } from '../../src/inspections/rules/visit-frequency.js';
import { resultDueAt } from '../../src/inspections/rules/result-deadline.js';
import { TRIGGERS } from '../../src/inspections/schema.js';
import { sourceOfKind, type SignalKind } from '../../src/supervision/schema.js';
import type { Random } from '../../src/platform/demo/random.js';
import type { GenEnterprise } from './enterprises.js';
import type { Plan, PlanItem, PlanOfficer, PlanScenario } from './base.js';
import { DAY_MS, HOUR_MS, TAG, chinaDay, idOf, iso, line, weighted } from './lib.js';

export const INSPECTION_COLUMNS = [
  'id', 'enterprise_id', 'kind', 'trigger', 'random_draw_id', 'lead_department_id', 'department_ids', 'item_ids', 'officer_ids', 'scenario_id',
  'window_start', 'window_end', 'status', 'code_version', 'code', 'applied_by', 'approved_by', 'over_frequency', 'backfilled', 'merged_count',
  'result_due_at', 'result', 'result_recorded_at', 'result_late', 'arrival_confirmed_at', 'revoked_at', 'revoked_reason', 'created_at',
  'rule_set_id', 'rule_set_version',
] as const;
export const EVALUATION_COLUMNS = ['enterprise_id', 'inspection_id', 'overall', 'conduct', 'integrity', 'efficiency', 'service', 'comment', 'user_id', 'created_at'] as const;
export const COMPLAINT_COLUMNS = ['id', 'enterprise_id', 'inspection_id', 'category', 'content', 'user_id', 'created_at'] as const;
export const SIGNAL_COLUMNS = ['id', 'kind', 'source', 'severity', 'enterprise_id', 'inspection_id', 'department_id', 'dedupe_key', 'detail', 'status', 'dismiss_reason', 'handled_by', 'handled_at', 'created_at'] as const;

export interface Sink {
  inspection(l: string): void;
  evaluation(l: string): void;
  complaint(l: string): void;
  signal(l: string): void;
}

/** Two years back from now, and two weeks ahead (codes already issued for coming visits). */
export const PERIOD_DAYS = 730;
const AHEAD_DAYS = 14;

const TRIGGER_WEIGHTS: readonly (readonly [(typeof TRIGGERS)[number], number])[] = [
  ['complaint', 35], ['superior', 15], ['referral', 15], ['enterprise-request', 10], ['non-site-lead', 15], ['emergency', 10],
];
const NOTES_OK = ['现场检查未发现问题。', '经营资质齐全，台账记录完整，未发现违法违规行为。', '各项制度落实到位，现场整洁规范。', '抽查相关记录和现场，均符合要求。'];
const NOTES_FIX = ['部分台账记录不完整，已当场指出并责令限期整改。', '发现消防通道堆放杂物，责令立即清理。', '从业人员健康证明过期一人，责令限期办理。', '危险废物贮存标识不规范，责令整改。'];
const NOTES_CASE = ['发现涉嫌违法行为，已依法立案调查。', '现场查获过期产品，已登记保存并立案。'];
const FIXES = ['完善进货查验记录', '清理消防通道杂物', '补办从业人员健康证明', '规范危险废物贮存标识', '更换过期灭火器'];
const REVOKE_REASONS = ['企业停业，检查取消', '检查计划调整', '执法人员变更，重新申请', '与其他部门联合检查合并'];
const COMMENTS_GOOD = ['检查规范，讲解耐心', '执法人员态度好，指导到位', '检查高效，不影响正常经营', null, null];
const COMMENTS_BAD = ['等待时间较长', '检查时间过长，影响经营', '对检查依据解释不清'];
const COMPLAINTS: readonly (readonly [string, string])[] = [
  ['excessive', '一周内多次上门检查，影响正常经营。'],
  ['misconduct', '执法人员态度生硬。'],
  ['no-code', '检查人员未出示检查码。'],
];

export interface InspectionContext {
  plan: Plan;
  key: CodeKey;
  deptIndex: Map<string, number>;
  /** Published items applicable to (department, industry). */
  items: Map<string, PlanItem[]>;
  /** Departments that may lead at an enterprise of this industry, with weights. */
  leads: Map<string, [string, number][]>;
  scenarios: Map<string, PlanScenario>;
  officers: Map<string, PlanOfficer[]>;
}

export function inspectionContext(plan: Plan): InspectionContext {
  const key = loadKey({ kid: plan.key.kid, algorithm: 'ed25519', publicKey: plan.key.publicKey, privateKey: plan.key.privateKey });
  const officers = new Map<string, PlanOfficer[]>();
  for (const o of plan.officers) officers.set(o.departmentId, [...(officers.get(o.departmentId) ?? []), o]);
  const items = new Map<string, PlanItem[]>();
  const leads = new Map<string, [string, number][]>();
  const industries = [...new Set(plan.items.flatMap((i) => i.industries))];
  for (const industry of industries) {
    const list: [string, number][] = [];
    for (const d of plan.departments) {
      if ((officers.get(d.id)?.length ?? 0) < 2) continue;
      const applicable = plan.items.filter((i) => i.departmentId === d.id && (i.industries.length === 0 || i.industries.includes(industry)));
      if (!applicable.length) continue;
      items.set(`${d.id}/${industry}`, applicable);
      const specific = applicable.some((i) => i.industries.includes(industry));
      list.push([d.id, (d.field === 'market' ? 2 : 1) * (specific ? 3 : 0.5)]);
    }
    leads.set(industry, list);
  }
  const scenarios = new Map(plan.scenarios.filter((s) => s.departmentIds.every((d) => (officers.get(d)?.length ?? 0) >= 2)).map((s) => [s.industry, s]));
  return { plan, key, deptIndex: new Map(plan.departments.map((d, i) => [d.id, i])), items, leads, scenarios, officers };
}

/** `n` distinct elements (fewer if the list is shorter), without copying the list. */
function pickSome<T>(rng: Random, list: readonly T[], n: number): T[] {
  const out: T[] = [];
  const taken: number[] = [];
  const want = Math.min(n, list.length);
  while (out.length < want) {
    const i = rng.int(0, list.length - 1);
    if (taken.includes(i)) continue;
    taken.push(i);
    out.push(list[i]!);
  }
  return out;
}

/**
 * A9 for a new visit at `t`, later than every earlier visit in `sorted` (ascending): the busiest window of each
 * rule containing `t` starts at the earliest visit less than `days` before it — the application's
 * `frequencyBreaches` for this case, without its quadratic scan.
 */
function breaches(sorted: readonly number[], t: number, alerts: InspectionRuleSet['alerts']) {
  const out: { kind: 'frequency-7d' | 'frequency-30d'; days: number; max: number; count: number; windowFrom: number }[] = [];
  for (const rule of alerts) {
    const len = rule.days * DAY_MS;
    let first = sorted.length;
    while (first > 0 && sorted[first - 1]! > t - len) first--;
    const count = sorted.length - first + 1;
    if (count > rule.max) out.push({ kind: rule.kind, days: rule.days, max: rule.max, count, windowFrom: first < sorted.length ? sorted[first]! : t });
  }
  return out;
}

const arr = (ids: readonly string[]) => `{${ids.join(',')}}`;

export interface Counts {
  inspections: number;
  evaluations: number;
  complaints: number;
  signals: number;
}

/** The enterprise's `k` inspections, written to `sink`. `enterpriseId` is the id the enterprise row got. */
export function writeInspections(ctx: InspectionContext, e: GenEnterprise, enterpriseId: string, k: number, rng: Random, sink: Sink, counts: Counts): void {
  if (k <= 0) return;
  const { plan } = ctx;
  const now = plan.nowMs;
  const leads = ctx.leads.get(e.industry) ?? [];
  if (!leads.length) return;
  // The built-in part A rule set of today (its first version covers the generated period).
  const rules = ruleSetInForce(new Date(now));
  const firstDay = Math.floor((now - PERIOD_DAYS * DAY_MS) / DAY_MS);

  // Start times: a day in the period, 08:00–16:30 China time (00:00–08:30 UTC), on the half hour.
  const starts: number[] = [];
  for (let j = 0; j < k; j++) starts.push((firstDay + rng.int(0, PERIOD_DAYS + AHEAD_DAYS - 1)) * DAY_MS + rng.int(0, 17) * 30 * 60_000);
  starts.sort((a, b) => a - b);

  const counted: number[] = []; // starts of visits not revoked (A9 counts them)
  let lastPlanned = -Infinity;
  const keys = new Set<string>();
  let signalSeq = 0;
  const userOfEnterprise = idOf(plan.nowMs - 900 * DAY_MS, TAG.enterpriseUser, e.index);
  const signal = (kind: SignalKind, severity: string, dedupeKey: string, inspectionId: string, departmentId: string, detail: Record<string, unknown>, at: number) => {
    if (keys.has(dedupeKey) || at > now) return;
    keys.add(dedupeKey);
    // Older signals were handled: most dismissed after a look (cases are opened by the supervision part).
    const handled = at < now - 60 * DAY_MS && rng.chance(0.7);
    sink.signal(
      line([
        idOf(at, TAG.signal, e.index, signalSeq++), kind, sourceOfKind(kind), severity, enterpriseId, inspectionId, departmentId, dedupeKey, JSON.stringify(detail),
        handled ? 'dismissed' : 'open', handled ? '核查后无需督办' : null, handled ? plan.supervisorUserId : null, handled ? iso(at + rng.int(1, 20) * DAY_MS) : null, iso(at),
      ]),
    );
    counts.signals++;
  };

  for (let j = 0; j < k; j++) {
    const start = starts[j]!;
    const long = rng.chance(0.08);
    const end = start + (long ? rng.int(1, 5) * DAY_MS : rng.int(2, 8) * HOUR_MS);
    const past = end < now;
    let status: 'issued' | 'revoked' | 'done' = past ? (rng.chance(0.03) ? 'revoked' : end < now - 30 * DAY_MS ? (rng.chance(0.01) ? 'issued' : 'done') : rng.chance(0.12) ? 'issued' : 'done') : rng.chance(0.02) ? 'revoked' : 'issued';
    const revoked = status === 'revoked';

    let kind: 'planned' | 'triggered' = rng.chance(0.62) ? 'planned' : 'triggered';
    let trigger: string | null = kind === 'triggered' ? weighted(rng, TRIGGER_WEIGHTS) : null;
    // A3: a second planned code within 7 days is refused; what was done instead is a triggered visit.
    if (kind === 'planned' && !revoked && start - lastPlanned < rules.plannedWindowDays * DAY_MS) {
      kind = 'triggered';
      trigger = rng.chance(0.5) ? 'superior' : 'complaint';
    }
    if (kind === 'planned' && !revoked) lastPlanned = start;
    const overFrequency = kind === 'triggered' && !revoked && counted.length > 0 && start - counted[counted.length - 1]! < rules.plannedWindowDays * DAY_MS;
    const backfilled = trigger === 'emergency' && rng.chance(0.5);

    // Departments, items, officers: one lead; a joint visit through a scenario or a merge (A4).
    const lead = weighted(rng, leads);
    let departmentIds = [lead];
    let scenarioId: string | null = null;
    let itemIds: string[] = [];
    let mergedCount = 0;
    const joint = rng.chance(0.12);
    const scenario = joint ? ctx.scenarios.get(e.industry) : undefined;
    if (scenario && scenario.departmentIds.includes(lead) && rng.chance(0.6)) {
      scenarioId = scenario.id;
      departmentIds = [lead, ...scenario.departmentIds.filter((d) => d !== lead)];
      itemIds = [...scenario.itemIds];
    } else {
      if (joint && leads.length > 1) {
        const others = pickSome(rng, leads.filter(([d]) => d !== lead).map(([d]) => d), rng.int(1, 2));
        departmentIds = [lead, ...others];
        if (rng.chance(0.5)) mergedCount = others.length;
      }
      for (const d of departmentIds) itemIds.push(...pickSome(rng, ctx.items.get(`${d}/${e.industry}`) ?? [], rng.int(1, 3)).map((i) => i.id));
    }
    const officerIds: string[] = [];
    let leadOfficer: PlanOfficer | undefined;
    departmentIds.forEach((d, n) => {
      const chosen = pickSome(rng, ctx.officers.get(d) ?? [], n === 0 ? (rng.chance(0.1) ? 3 : 2) : 1);
      if (n === 0) leadOfficer = chosen[0];
      officerIds.push(...chosen.map((o) => o.id));
    });
    const approvedBy = leadOfficer!.userId;

    let createdAt = backfilled ? start + rng.int(2, 72) * HOUR_MS : start - rng.int(1, 120) * HOUR_MS;
    if (createdAt > now) createdAt = now - rng.int(1, 48) * HOUR_MS;
    const id = idOf(createdAt, TAG.inspection, e.index, j);
    const codeVersion = 1 + mergedCount;
    const content = { departmentIds, itemIds, officerIds, approvedBy };
    const code = signCode(ctx.key, { inspectionId: id, codeVersion, uscc: e.uscc, windowStart: new Date(start), windowEnd: new Date(end), digest: contentDigest(content) });
    const due = resultDueAt(new Date(end), rules.resultDueDays).getTime();

    let result: string | null = null;
    let recordedAt: number | null = null;
    let late = false;
    let outcome = '';
    if (status === 'done') {
      late = rng.chance(0.05);
      recordedAt = late ? due + rng.int(1, 7 * 24) * HOUR_MS : end + rng.int(1, 70) * HOUR_MS;
      if (recordedAt > now) {
        status = 'issued';
        recordedAt = null;
        late = false;
      } else {
        const roll = rng.next();
        outcome = roll < 0.72 ? 'no-problem' : roll < 0.95 ? 'rectification' : 'case-opened';
        const r: Record<string, unknown> = { outcome, notes: rng.pick(outcome === 'no-problem' ? NOTES_OK : outcome === 'rectification' ? NOTES_FIX : NOTES_CASE), photoIds: [] };
        if (outcome === 'rectification') r.rectification = [{ item: rng.pick(FIXES), deadline: chinaDay(recordedAt + rng.int(7, 30) * DAY_MS) }];
        if (outcome === 'case-opened') r.caseNo = `皖${ctx.plan.departments[ctx.deptIndex.get(lead)!]!.shortName}立〔${chinaDay(recordedAt).slice(0, 4)}〕${e.index}-${j}号`;
        result = JSON.stringify(r);
      }
    }
    const revokedAt = revoked ? Math.min(now, createdAt + rng.int(1, 48) * HOUR_MS) : null;
    const arrival = status === 'done' && rng.chance(0.4) ? start + rng.int(5, 40) * 60_000 : null;

    sink.inspection(
      line([
        id, enterpriseId, kind, trigger, null, lead, arr(departmentIds), arr(itemIds), arr(officerIds), scenarioId,
        iso(start), iso(end), status, codeVersion, code, approvedBy, approvedBy, overFrequency, backfilled, mergedCount,
        iso(due), result, recordedAt === null ? null : iso(recordedAt), late, arrival === null ? null : iso(arrival),
        revokedAt === null ? null : iso(revokedAt), revoked ? rng.pick(REVOKE_REASONS) : null, iso(createdAt),
        rules.id, rules.version,
      ]),
    );
    counts.inspections++;

    // Signals the application raises when the code is issued or the result and rating come in.
    if (!revoked) {
      for (const b of breaches(counted, start, rules.alerts)) {
        const from = iso(b.windowFrom);
        signal(b.kind, b.kind === 'frequency-7d' ? 'high' : 'medium', frequencySignalKey({ ...b, windowFrom: new Date(b.windowFrom) }, enterpriseId), id, lead, { count: b.count, days: b.days, max: b.max, windowFrom: from }, createdAt);
      }
      counted.push(start);
      if (counted.length > 64) counted.splice(0, counted.length - 64);
      if (overFrequency) signal('over-frequency', 'medium', `over-frequency:${id}`, id, lead, { trigger }, createdAt);
      if (backfilled) signal('backfilled-code', 'medium', `backfilled-code:${id}`, id, lead, { windowStart: iso(start) }, createdAt);
    }
    if (late && recordedAt !== null) signal('late-result', 'medium', `late-result:${id}`, id, lead, { dueAt: iso(due), recordedAt: iso(recordedAt) }, recordedAt);

    if (status === 'done' && recordedAt !== null) {
      if (rng.chance(0.25)) {
        const at = Math.min(now, recordedAt + rng.int(1, 120) * HOUR_MS);
        const roll = rng.next();
        const overall = roll < 0.6 ? 5 : roll < 0.87 ? 4 : roll < 0.94 ? 3 : roll < 0.98 ? 2 : 1;
        const near = () => Math.max(1, Math.min(5, overall + rng.int(-1, 1)));
        const scores = { overall, conduct: near(), integrity: Math.max(overall, near()), efficiency: near(), service: near() };
        sink.evaluation(line([enterpriseId, id, scores.overall, scores.conduct, scores.integrity, scores.efficiency, scores.service, overall >= 4 ? rng.pick(COMMENTS_GOOD) : rng.pick(COMMENTS_BAD), userOfEnterprise, iso(at)]));
        counts.evaluations++;
        const lowest = Math.min(scores.overall, scores.conduct, scores.integrity, scores.efficiency, scores.service);
        if (lowest <= 2) signal('low-rating', lowest === 1 ? 'high' : 'medium', `low-rating:${id}`, id, lead, scores, at);
      }
      if (rng.chance(0.003)) {
        const at = Math.min(now, recordedAt + rng.int(1, 72) * HOUR_MS);
        const complaintId = idOf(at, TAG.complaint, e.index, j);
        const [category, content] = rng.pick(COMPLAINTS);
        sink.complaint(line([complaintId, enterpriseId, id, category, content, userOfEnterprise, iso(at)]));
        counts.complaints++;
        signal('complaint', 'high', `complaint:${complaintId}`, id, lead, { complaintId, category, content }, at);
      }
    }
  }
}
