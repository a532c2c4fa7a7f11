/**
 * The demo city's penalty records (about 60 over the last 3 years) and what the sandbox platforms hold about
 * them (fine receipts, rectification records) — one deterministic plan, pure, so the demo seeder and the
 * sandbox (`npm run sandbox`) agree without talking to each other. Dates are relative to `today`; a sandbox
 * started on another day than the seed shifts them (decision numbers carry the decision year).
 */
import { createRandom } from '../platform/demo/random.js';
import { shiftDay } from './rules/days.js';
import type { PenaltyKind, Severity } from './rules/kinds.js';
import type { FineReceipt } from './connectors/fiscal-receipts.js';
import type { Rectification } from './connectors/industry.js';

/**
 * The demo province publishes minor (申诫类) records of its national-rule departments and repairs them
 * automatically — the seed's 免申即享 — which 令第36号 allows where necessary (确有必要); the reason is kept with
 * each department's rule-set assignment.
 */
export const DEMO_MINOR_PUBLISH_REASON = '本省推行申诫类行政处罚信息信用修复“免申即享”，公示期满三个月前履行完毕即自动修复（令第36号“确有必要”）';

export interface PlanEnterprise {
  id: string;
  uscc: string;
  name: string;
  industry: string;
}

export interface DemoPenalty {
  subject: PlanEnterprise;
  departmentCode: string;
  decisionNo: string;
  decisionDate: string;
  kinds: PenaltyKind[];
  fineAmount: number | null;
  severity?: Severity;
  /** The fiscal platform holds the fine's receipt, paid that day. */
  paidOn: string | null;
  /** The industry platform holds a completed rectification, that day. */
  rectifiedOn: string | null;
  /** Already ended in the past: repaired (automatically / on application) or expired, that day. */
  history?: { end: 'automatic' | 'application' | 'expired'; on: string; reviewWorkingDays?: number };
  /** An application now open: under review (pending) or waiting for a proof. */
  open?: 'pending' | 'awaiting-proof';
  invited?: boolean;
}

const ABBR: Record<string, string> = {
  'WH-SCJG': '市监',
  'WH-STHJ': '环',
  'WH-YJ': '药监',
  'WH-JT': '交',
  'WH-WHZF': '文执',
  'WH-YJGL': '应急',
  'WH-XF': '消',
  'WH-WJ': '卫',
};

type Spec = {
  dept: string;
  kinds: PenaltyKind[];
  fine?: number;
  daysAgo: number;
  severity?: Severity;
  paid?: boolean;
  rectified?: boolean;
  history?: DemoPenalty['history'];
  open?: DemoPenalty['open'];
  invited?: boolean;
  who?: PlanEnterprise;
};

/**
 * enterprise1's first record: from it a running system finds the day its demo data was seeded
 * (`demoSeedDay`), so a sandbox started later holds the receipts of that plan.
 */
export const ANCHOR = { departmentCode: 'WH-WJ', fineAmount: 3000, daysAgo: 150 } as const;

const NATIONAL_MINOR_DEPTS = ['WH-STHJ', 'WH-JT', 'WH-WHZF', 'WH-XF', 'WH-WJ'];
const NATIONAL_DEPTS = ['WH-STHJ', 'WH-JT', 'WH-WHZF', 'WH-YJGL', 'WH-XF', 'WH-WJ', 'WH-YJ'];

/**
 * The plan for a demo city. `enterprise1` / `enterprise2` are the demo accounts' enterprises (the first
 * restaurant and the first pharmacy of the registry, as the seed picks them).
 */
export function demoCreditPlan(enterprises: readonly PlanEnterprise[], today: string): DemoPenalty[] {
  const rng = createRandom(36_2026);
  const enterprise1 = enterprises.find((e) => e.industry === 'restaurant') ?? enterprises[0]!;
  const enterprise2 = enterprises.find((e) => e.industry === 'pharmacy') ?? enterprises[1] ?? enterprise1;
  const others = enterprises.filter((e) => e !== enterprise1 && e !== enterprise2);
  const pick = () => (others.length ? rng.pick(others) : enterprise1);
  const dayOfYear = Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${today.slice(0, 4)}-01-01T00:00:00Z`)) / 86_400_000);
  const thisYear = () => rng.int(0, Math.max(0, dayOfYear - 1));
  const lastYear = () => dayOfYear + rng.int(1, 330);

  const specs: Spec[] = [
    // The demo accounts: enterprise1 can apply and needs no upload; enterprise2's application asks for one proof.
    { who: enterprise1, dept: ANCHOR.departmentCode, kinds: ['fine'], fine: ANCHOR.fineAmount, daysAgo: ANCHOR.daysAgo, paid: true, rectified: true },
    { who: enterprise1, dept: 'WH-SCJG', kinds: ['circulated-criticism'], daysAgo: 100 },
    { who: enterprise2, dept: 'WH-YJ', kinds: ['fine', 'confiscation'], fine: 20_000, daysAgo: 240, paid: true },
    { who: enterprise2, dept: 'WH-YJ', kinds: ['warning'], daysAgo: 5 },
    // 免申即享 due now: minor records (national: no minimum once performed; market: after 3 months).
    ...Array.from({ length: 10 }, (_, i): Spec => ({ dept: NATIONAL_MINOR_DEPTS[i % 5]!, kinds: i % 3 ? ['warning'] : ['circulated-criticism'], daysAgo: 2 + i * 8 })),
    { dept: 'WH-SCJG', kinds: ['circulated-criticism'], daysAgo: 120 },
    { dept: 'WH-SCJG', kinds: ['circulated-criticism'], daysAgo: 95 },
    { dept: 'WH-SCJG', kinds: ['circulated-criticism'], daysAgo: 40 },
    { dept: 'WH-SCJG', kinds: ['fine'], fine: 2000, daysAgo: 30 },
    { dept: 'WH-SCJG', kinds: ['warning'], daysAgo: 60 },
    { dept: 'WH-SCJG', kinds: ['warning'], daysAgo: 200 },
    // Minor fines by summary procedure: one paid (the job finds the receipt), one not.
    { dept: 'WH-JT', kinds: ['fine'], fine: 200, severity: 'minor', daysAgo: 30, paid: true },
    { dept: 'WH-XF', kinds: ['fine'], fine: 100, severity: 'minor', daysAgo: 45 },
    // Ordinary, repairable on application (some with receipts and rectifications held by the platforms).
    ...Array.from({ length: 8 }, (_, i): Spec => ({
      dept: NATIONAL_DEPTS[i % NATIONAL_DEPTS.length]!,
      kinds: i % 4 === 3 ? ['fine', 'confiscation'] : ['fine'],
      fine: [5000, 8000, 12_000, 30_000][i % 4],
      daysAgo: 120 + i * 25,
      paid: i % 2 === 0,
      rectified: i % 3 !== 2,
      invited: i === 1,
    })),
    // Ordinary, minimum not yet passed.
    ...Array.from({ length: 3 }, (_, i): Spec => ({ dept: NATIONAL_DEPTS[(i + 2) % NATIONAL_DEPTS.length]!, kinds: ['fine'], fine: 6000, daysAgo: 20 + i * 20, paid: i === 0 })),
    // Ordinary past their year: the job stops their publicity.
    ...Array.from({ length: 4 }, (_, i): Spec => ({ dept: NATIONAL_DEPTS[(i + 3) % NATIONAL_DEPTS.length]!, kinds: ['fine'], fine: 4000, daysAgo: 400 + i * 90 })),
    // Market regulation, others: repairable after 6 months (1 year for food and drugs); never early.
    ...Array.from({ length: 4 }, (_, i): Spec => ({ dept: 'WH-SCJG', kinds: ['fine'], fine: 50_000 + i * 10_000, daysAgo: 200 + i * 100, paid: i !== 1, rectified: true })),
    { dept: 'WH-SCJG', kinds: ['fine', 'licence-revocation'], fine: 100_000, daysAgo: 300 },
    // The serious one: suspension of production, repairable after a year on application.
    { dept: 'WH-YJGL', kinds: ['fine', 'production-suspension'], fine: 200_000, daysAgo: 430, paid: true, rectified: true },
    // Open applications: two under review, one waiting for a proof.
    { dept: 'WH-STHJ', kinds: ['fine'], fine: 15_000, daysAgo: 180, paid: true, rectified: true, open: 'pending' },
    { dept: 'WH-JT', kinds: ['fine'], fine: 7000, daysAgo: 210, paid: true, rectified: true, open: 'pending' },
    { dept: 'WH-WHZF', kinds: ['fine'], fine: 9000, daysAgo: 160, paid: true, open: 'awaiting-proof' },
  ];

  // History for the year-on-year figures: repaired automatically and on application, this year and last; expired.
  const ended = (end: 'automatic' | 'application' | 'expired', endedAgo: number, reviewWorkingDays?: number): Spec => {
    const national = end === 'automatic' ? 'WH-WJ' : rng.pick(NATIONAL_DEPTS);
    const before = end === 'automatic' ? rng.int(2, 20) : end === 'application' ? 100 + rng.int(0, 150) : 370;
    return end === 'automatic'
      ? { dept: national, kinds: ['warning'], daysAgo: endedAgo + before, history: { end, on: shiftDay(today, -endedAgo) } }
      : {
          dept: national,
          kinds: ['fine'],
          fine: 1000 * rng.int(2, 20),
          daysAgo: endedAgo + before,
          paid: true,
          rectified: true,
          history: { end, on: shiftDay(today, -endedAgo), ...(reviewWorkingDays ? { reviewWorkingDays } : {}) },
        };
  };
  specs.push(
    ended('automatic', lastYear()),
    ended('automatic', lastYear()),
    ended('automatic', thisYear()),
    ended('automatic', thisYear()),
    ended('automatic', thisYear()),
    ended('automatic', thisYear()),
    ended('application', lastYear(), 9),
    ended('application', lastYear(), 8),
    ended('application', lastYear(), 10),
    ended('application', thisYear(), 5),
    ended('application', thisYear(), 6),
    ended('application', thisYear(), 4),
    ended('application', thisYear(), 7),
    ended('application', thisYear(), 5),
    ended('expired', thisYear()),
    ended('expired', lastYear()),
    ended('expired', thisYear()),
  );

  const serial = new Map<string, number>();
  return specs.map((s) => {
    const decisionDate = shiftDay(today, -s.daysAgo);
    const year = decisionDate.slice(0, 4);
    const n = (serial.get(s.dept + year) ?? 100) + 1 + rng.int(0, 6);
    serial.set(s.dept + year, n);
    return {
      subject: s.who ?? pick(),
      departmentCode: s.dept,
      decisionNo: `芜${ABBR[s.dept] ?? ''}罚〔${year}〕${n}号`,
      decisionDate,
      kinds: s.kinds,
      fineAmount: s.fine ?? null,
      ...(s.severity ? { severity: s.severity } : {}),
      paidOn: s.paid && s.fine ? shiftDay(decisionDate, Math.min(s.daysAgo, 7)) : null,
      rectifiedOn: s.rectified ? shiftDay(decisionDate, Math.min(s.daysAgo, 30)) : null,
      ...(s.history ? { history: s.history } : {}),
      ...(s.open ? { open: s.open } : {}),
      ...(s.invited ? { invited: true } : {}),
    };
  });
}

/** What the sandbox's fiscal and industry platforms hold about the plan. */
export function demoSandboxData(plan: readonly DemoPenalty[]): { receipts: FineReceipt[]; rectifications: Rectification[] } {
  return {
    receipts: plan
      .filter((p) => p.paidOn && p.fineAmount)
      .map((p, i) => ({
        receiptNo: `3402${p.paidOn!.replaceAll('-', '')}${String(i + 1).padStart(6, '0')}`,
        decisionNo: p.decisionNo,
        amount: p.fineAmount!,
        payer: p.subject.name,
        paidOn: p.paidOn!,
      })),
    rectifications: plan
      .filter((p) => p.rectifiedOn)
      .map((p, i) => ({
        id: `ZG-${p.rectifiedOn!.slice(0, 4)}-${String(i + 1).padStart(5, '0')}`,
        uscc: p.subject.uscc,
        decisionNo: p.decisionNo,
        completedOn: p.rectifiedOn!,
        summary: '已按整改通知书完成整改，经复查合格',
      })),
  };
}
