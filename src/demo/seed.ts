/**
 * The demo city (芜湖市): divisions, departments, teams, officers with certificates (a few expiring soon, one
 * expired), enterprises across industries with valid USCCs, the demo accounts of CONTRACT.md and the demo
 * integration key. Deterministic for a seed; dates are relative to `now`.
 */
import { eq } from 'drizzle-orm';
import type { Database } from '../platform/db/client.js';
import { newId } from '../platform/db/ids.js';
import { hashPassword } from '../platform/auth/password.js';
import { sha256 } from '../platform/auth/tokens.js';
import { apiClients, users } from '../platform/auth/schema.js';
import type { Role } from '../platform/auth/schema.js';
import { departments, officers, teams } from '../organisation/schema.js';
import { enterpriseUsccs, enterprises } from '../enterprises/schema.js';
import { chinaDay } from '../organisation/certificate.js';
import { DIVISIONS } from '../identifiers/index.js';
import { createRandom } from '../platform/demo/random.js';
import { distinctName, personName } from './data/names.js';
import { generateEnterprises } from './data/enterprises.js';
import { DEMO_DEPARTMENTS, WUHU } from './departments.js';
import { syncDivisions } from '../organisation/sync-divisions.js';
import { demoSeeders, installParts } from '../parts.js';
import { DEMO_KEY_SCOPES } from '../platform/auth/scopes.js';

export const DEMO_PASSWORD = 'Qinqing#2026';
export const DEMO_API_KEY = 'qinqing-demo-key';

const day = (now: Date, days: number) => chinaDay(new Date(now.getTime() + days * 86_400_000));

export async function seedDemoIfEmpty(database: Database, now: Date): Promise<boolean> {
  const [{ n } = { n: 0 }] = await database.query<{ n: number }>('SELECT count(*)::int AS n FROM app_user');
  if (n > 0) return false;
  await seedDemo(database, now);
  return true;
}

export async function seedDemo(
  database: Database,
  now: Date,
  opts: { enterpriseCount?: number; seed?: number; history?: boolean } = {},
) {
  const rng = createRandom(opts.seed ?? 20261127);
  const { db } = database;
  await db.transaction(async (tx) => {
    await syncDivisions(tx);

    const deptIds = new Map<string, string>();
    const teamIds = new Map<string, string[]>();
    for (const d of DEMO_DEPARTMENTS) {
      const id = newId();
      deptIds.set(d.code, id);
      await tx.insert(departments).values({
        id,
        code: d.code,
        name: d.name,
        shortName: d.shortName,
        field: d.field,
        kind: d.kind,
        divisionCode: WUHU,
      });
      const ids = d.teams.map(() => newId());
      teamIds.set(d.code, ids);
      await tx.insert(teams).values(d.teams.map((name, i) => ({ id: ids[i]!, departmentId: id, name })));
    }

    // Enterprises of the demo city's counties.
    const counties = DIVISIONS.filter((d) => d.parentCode === WUHU).map((d) => ({
      code: d.code,
      name: d.name,
    }));
    const generated = generateEnterprises(rng, opts.enterpriseCount ?? 320, counties);
    const enterpriseRows = generated.map((e) => ({ ...e, id: newId(), createdAt: now, updatedAt: now }));
    for (let i = 0; i < enterpriseRows.length; i += 500)
      await tx.insert(enterprises).values(enterpriseRows.slice(i, i + 500));
    for (let i = 0; i < enterpriseRows.length; i += 500)
      await tx.insert(enterpriseUsccs).values(enterpriseRows.slice(i, i + 500).map((e) => ({ uscc: e.uscc, enterpriseId: e.id })));
    const firstOf = (industry: string) =>
      enterpriseRows.find((e) => e.industry === industry) ?? enterpriseRows[0]!;
    const enterprise1 = firstOf('restaurant');
    const enterprise2 = firstOf('pharmacy');

    // Accounts of CONTRACT.md (plus department administrators and an expert).
    const hash = await Promise.all(Array.from({ length: 18 }, () => hashPassword(DEMO_PASSWORD)));
    const market = DEMO_DEPARTMENTS[0]!.code;
    const ecology = DEMO_DEPARTMENTS[1]!.code;
    const account = (
      i: number,
      username: string,
      displayName: string,
      role: Role,
      dept?: string,
      team?: string | null,
      enterpriseId?: string,
    ) => ({
      id: newId(),
      username,
      passwordHash: hash[i]!,
      displayName,
      role,
      departmentId: dept ? deptIds.get(dept)! : null,
      teamId: team ?? null,
      enterpriseId: enterpriseId ?? null,
      createdAt: now,
    });
    const marketTeam = teamIds.get(market)![0]!;
    const ecologyTeam = teamIds.get(ecology)![0]!;
    const drugTeam = teamIds.get('WH-YJ')![0]!;
    const accounts = [
      account(0, 'admin', '系统管理员', 'admin'),
      account(1, 'supervisor', '司法局监督员 王立新', 'supervisor', 'WH-SFJ', teamIds.get('WH-SFJ')![0]),
      account(2, 'officer1', '张建国', 'officer', market, marketTeam),
      account(3, 'officer2', '李晓明', 'officer', market, marketTeam),
      account(4, 'officer3', '陈志强', 'officer', ecology, ecologyTeam),
      account(5, 'officer4', '刘海燕', 'officer', ecology, ecologyTeam),
      account(6, 'credit', '信用修复审核员 周敏', 'credit_officer', 'WH-FGW'),
      account(
        7,
        'enterprise1',
        `${enterprise1.legalRepresentative}（${enterprise1.name}）`,
        'enterprise',
        undefined,
        null,
        enterprise1.id,
      ),
      account(
        8,
        'enterprise2',
        `${enterprise2.legalRepresentative}（${enterprise2.name}）`,
        'enterprise',
        undefined,
        null,
        enterprise2.id,
      ),
      account(9, 'market_admin', '市场监管局管理员', 'dept_admin', market),
      account(10, 'ecology_admin', '生态环境局管理员', 'dept_admin', ecology),
      account(11, 'expert1', '环保专家 孙文博', 'expert', ecology),
      account(12, 'service1', '帮扶指导员 何美玲', 'service_officer', ecology),
      account(13, 'officer5', '吴卫东', 'officer', 'WH-YJ', drugTeam),
      account(14, 'officer6', '郑丽华', 'officer', 'WH-YJ', drugTeam),
      account(15, 'drug_admin', '药品监督管理局管理员', 'dept_admin', 'WH-YJ'),
      // Every demo account has the same password: its hash is shared.
      account(0, 'clerk1', '综合窗口 吴佳怡', 'service_officer', 'WH-ZWFW', teamIds.get('WH-ZWFW')![0]),
    ];
    await tx.insert(users).values(accounts);

    // Officers: the four with accounts, then three more per enforcement department.
    const officerRows: (typeof officers.$inferInsert)[] = [];
    let serial = 1;
    const certificate = (field: string, validUntil: string) => ({
      certificateNo: `皖${WUHU}${String(serial++).padStart(6, '0')}`,
      certificateFields: [field],
      certificateValidFrom: day(now, -700),
      certificateValidUntil: validUntil,
    });
    for (const a of accounts.filter((x) => x.role === 'officer')) {
      const dept = DEMO_DEPARTMENTS.find((d) => deptIds.get(d.code) === a.departmentId)!;
      officerRows.push({
        id: newId(),
        userId: a.id,
        departmentId: a.departmentId!,
        teamId: a.teamId,
        name: a.displayName,
        ...certificate(dept.field, day(now, 900)),
      });
    }
    let extra = 0;
    // No two officers share a name (a list of officers, a joint visit's team): a drawn name already borne is changed.
    const officerNames = new Set(officerRows.map((o) => o.name));
    for (const d of DEMO_DEPARTMENTS.filter((x) => x.kind === 'enforcement')) {
      for (let k = 0; k < 3; k++) {
        extra++;
        // A few certificates expire soon, one has expired: the system must notice.
        const validUntil =
          extra === 3 ? day(now, -10) : extra % 7 === 0 ? day(now, 20) : day(now, 300 + rng.int(0, 700));
        const ids = teamIds.get(d.code)!;
        officerRows.push({
          id: newId(),
          userId: null,
          departmentId: deptIds.get(d.code)!,
          teamId: ids[k % ids.length]!,
          name: distinctName(personName(rng), officerNames),
          ...certificate(d.field, validUntil),
        });
      }
    }
    await tx.insert(officers).values(officerRows);

    // Revisiting staff (part G, seed 经验做法六): accounts for an officer of each of the culture-market detachment's
    // two teams, linked to officers already drawn above (so the rest of the demo city stays as it was).
    for (const [i, username, k] of [[16, 'culture1', 0], [17, 'culture2', 1]] as const) {
      const team = teamIds.get('WH-WHZF')![k]!;
      const officer = officerRows.find((o) => o.teamId === team && o.userId === null)!;
      const user = account(i, username, officer.name, 'officer', 'WH-WHZF', team);
      await tx.insert(users).values(user);
      await tx.update(officers).set({ userId: user.id }).where(eq(officers.id, officer.id!));
    }

    await tx.insert(apiClients).values({
      id: newId(),
      name: '演示集成客户端（12345 热线 / 信用平台）',
      keyHash: sha256(DEMO_API_KEY),
      keyPrefix: DEMO_API_KEY.slice(0, 6),
      scopes: [...DEMO_KEY_SCOPES],
      createdAt: now,
    });
    installParts();
    const demo = { now, rng, deptIds, enterprises: enterpriseRows, history: opts.history ?? true };
    for (const seed of demoSeeders()) await seed(tx, demo);
  });
}
