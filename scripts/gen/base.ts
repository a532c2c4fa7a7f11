/**
 * The small, fixed part of a generated province: divisions, the demo departments and their teams, officers with
 * certificates (and an account each), the demo accounts of CONTRACT.md, the catalog's items and joint scenarios,
 * a code-signing key derived from the seed, and the credit rule sets when the credit part's tables exist.
 * Returns the plan the workers need (serialisable).
 */
import { createHash, createPrivateKey, createPublicKey } from 'node:crypto';
import type pg from 'pg';
import { DIVISIONS } from '../../src/identifiers/divisions.js';
import { DEMO_DEPARTMENTS, WUHU } from '../../src/demo/departments.js';
import { DEMO_ITEMS, DEMO_SCENARIOS } from '../../src/catalog/demo-catalog.js';
import { DEMO_API_KEY, DEMO_PASSWORD } from '../../src/demo/seed.js';
import { hashPassword } from '../../src/platform/auth/password.js';
import { sha256 } from '../../src/platform/auth/tokens.js';
import { personName } from '../../src/demo/data/names.js';
import { DAY_MS, TAG, chinaDay, idOf, streamOf } from './lib.js';
import { enterpriseAt } from './enterprises.js';

export interface PlanDepartment {
  id: string;
  code: string;
  name: string;
  shortName: string;
  field: string;
  kind: string;
}
export interface PlanItem {
  id: string;
  departmentId: string;
  code: string;
  name: string;
  industries: string[];
}
export interface PlanScenario {
  id: string;
  industry: string;
  itemIds: string[];
  departmentIds: string[];
}
export interface PlanOfficer {
  id: string;
  userId: string;
  departmentId: string;
}
export interface Plan {
  seed: number;
  nowMs: number;
  enterprises: number;
  departments: PlanDepartment[];
  items: PlanItem[];
  scenarios: PlanScenario[];
  /** Officers whose certificates are valid over the whole generated period. */
  officers: PlanOfficer[];
  /** The supervisor who handles (dismisses) old signals. */
  supervisorUserId: string;
  key: { kid: string; privateKey: string; publicKey: string };
  /** Present when the credit part's tables exist: rule-set id by code. */
  credit: { ruleSetIds: Record<string, string> } | null;
  /** Present when the drugs part's licence register exists: the department issuing the licences. */
  drugs: { issuingDepartmentId: string | null } | null;
}

/** Officers per department, as a share of all officers (a province has thousands). */
const OFFICER_SHARE: Record<string, number> = { market: 30, ecology: 12, drugs: 10, transport: 10, culture: 6, emergency: 12, fire: 12, health: 8 };

/** Multi-row INSERT in batches (the base is small: a few thousand rows). */
export async function insertRows(client: pg.ClientBase, table: string, columns: string[], rows: unknown[][]): Promise<void> {
  const per = Math.max(1, Math.floor(30_000 / columns.length));
  for (let i = 0; i < rows.length; i += per) {
    const batch = rows.slice(i, i + per);
    const params: unknown[] = [];
    const values = batch.map((r) => `(${r.map((v) => (params.push(v), `$${params.length}`)).join(',')})`);
    await client.query(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(',')}) VALUES ${values.join(',')}`, params);
  }
}

/** Ed25519 key pair derived from the seed (RFC 8032 keys are 32 random bytes: here, a hash of the seed). */
export function keyFromSeed(seed: number) {
  const secret = createHash('sha256').update(`qinqing-gen-signing-key:${seed}`).digest();
  const der = Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), secret]);
  const priv = createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
  return {
    kid: `kgen${seed.toString(36)}`,
    privateKey: priv.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicKey: createPublicKey(priv).export({ type: 'spki', format: 'pem' }).toString(),
  };
}

export async function tableExists(client: pg.ClientBase, table: string): Promise<boolean> {
  const r = await client.query<{ t: string | null }>('SELECT to_regclass($1)::text AS t', [`public.${table}`]);
  return r.rows[0]?.t !== null && r.rows[0]?.t !== undefined;
}

export async function writeBase(client: pg.ClientBase, opts: { seed: number; nowMs: number; enterprises: number }): Promise<Plan> {
  const { seed, nowMs } = opts;
  const now = new Date(nowMs);
  const t0 = nowMs - 900 * DAY_MS; // the platform's "go-live": before every generated row
  const rng = streamOf(seed, 0, 99);

  await insertRows(client, 'division', ['code', 'name', 'level', 'parent_code'], DIVISIONS.map((d) => [d.code, d.name, d.level, d.parentCode]));

  const departments: PlanDepartment[] = DEMO_DEPARTMENTS.map((d, i) => ({ id: idOf(t0, TAG.department, i), code: d.code, name: d.name, shortName: d.shortName, field: d.field, kind: d.kind }));
  await insertRows(client, 'department', ['id', 'code', 'name', 'short_name', 'field', 'kind', 'division_code'], departments.map((d) => [d.id, d.code, d.name, d.shortName, d.field, d.kind, WUHU]));
  const teamRows: unknown[][] = [];
  const teamsOf = new Map<string, string[]>();
  let teamSerial = 0;
  DEMO_DEPARTMENTS.forEach((d, i) => {
    const ids = d.teams.map(() => idOf(t0, TAG.team, teamSerial++));
    teamsOf.set(departments[i]!.id, ids);
    d.teams.forEach((name, k) => teamRows.push([ids[k], departments[i]!.id, name]));
  });
  await insertRows(client, 'team', ['id', 'department_id', 'name'], teamRows);
  const dept = (code: string) => departments.find((d) => d.code === code)!;

  // Accounts: one password hash for every generated account (the demo password).
  const hash = await hashPassword(DEMO_PASSWORD);
  const userRows: unknown[][] = [];
  let userSerial = 0;
  const addUser = (username: string, displayName: string, role: string, departmentId: string | null, teamId: string | null, enterpriseId: string | null) => {
    const id = idOf(t0, TAG.user, userSerial++);
    userRows.push([id, username, hash, displayName, role, departmentId, teamId, enterpriseId, now]);
    return id;
  };

  // The first restaurant and pharmacy among the generated enterprises own the two enterprise accounts.
  const firstOf = (industry: string) => {
    for (let i = 0; i < Math.min(opts.enterprises, 10_000); i++) if (enterpriseAt(seed, i).industry === industry) return i;
    return Math.min(1, opts.enterprises - 1);
  };
  const enterpriseId = (index: number) => idOf(t0 + index, TAG.enterprise, index);
  const market = dept('WH-SCJG');
  const ecology = dept('WH-STHJ');
  addUser('admin', '系统管理员', 'admin', null, null, null);
  const supervisorUserId = addUser('supervisor', '司法局监督员 王立新', 'supervisor', dept('WH-SFJ').id, teamsOf.get(dept('WH-SFJ').id)![0]!, null);
  addUser('credit', '信用修复审核员 周敏', 'credit_officer', dept('WH-FGW').id, null, null);
  if (opts.enterprises > 0) {
    const e1 = enterpriseAt(seed, firstOf('restaurant'));
    const e2 = enterpriseAt(seed, firstOf('pharmacy'));
    addUser('enterprise1', `${e1.legalRepresentative}（${e1.name}）`, 'enterprise', null, null, enterpriseId(e1.index));
    if (e2.index !== e1.index) addUser('enterprise2', `${e2.legalRepresentative}（${e2.name}）`, 'enterprise', null, null, enterpriseId(e2.index));
  }
  addUser('market_admin', '市场监管局管理员', 'dept_admin', market.id, null, null);
  addUser('ecology_admin', '生态环境局管理员', 'dept_admin', ecology.id, null, null);
  addUser('expert1', '环保专家 孙文博', 'expert', ecology.id, null, null);

  // Officers: thousands at province scale; the first two of 市场监管 and 生态环境 are officer1–officer4.
  const enforcement = departments.filter((d) => d.kind === 'enforcement');
  const totalOfficers = Math.max(enforcement.length * 4, Math.round(opts.enterprises / 250));
  const shareSum = enforcement.reduce((a, d) => a + (OFFICER_SHARE[d.field] ?? 5), 0);
  const officerRows: unknown[][] = [];
  const usable: PlanOfficer[] = [];
  let serial = 0;
  const demoNames: Record<string, string[]> = { [market.id]: ['张建国', '李晓明'], [ecology.id]: ['陈志强', '刘海燕'] };
  let demoOfficer = 1;
  for (const d of enforcement) {
    const count = Math.max(4, Math.round((totalOfficers * (OFFICER_SHARE[d.field] ?? 5)) / shareSum));
    const teams = teamsOf.get(d.id)!;
    for (let k = 0; k < count; k++) {
      const id = idOf(t0, TAG.officer, serial);
      const teamId = teams[k % teams.length]!;
      const demo = demoNames[d.id]?.[k];
      const name = demo ?? personName(rng);
      const userId = addUser(demo ? `officer${demoOfficer++}` : `${d.code.toLowerCase()}-${String(k + 1).padStart(4, '0')}`, name, 'officer', d.id, teamId, null);
      // Most certificates run well past today; a few expire soon and a few have expired (the system must notice).
      const roll = rng.next();
      const validUntil = demo ? nowMs + 900 * DAY_MS : roll < 0.005 ? nowMs - 10 * DAY_MS : roll < 0.015 ? nowMs + 20 * DAY_MS : nowMs + rng.int(200, 1200) * DAY_MS;
      officerRows.push([id, userId, d.id, teamId, name, `皖${WUHU}${String(++serial).padStart(6, '0')}`, [d.field], chinaDay(nowMs - 1500 * DAY_MS), chinaDay(validUntil), 'active', true, now]);
      if (validUntil > nowMs + 30 * DAY_MS) usable.push({ id, userId, departmentId: d.id });
    }
  }
  await insertRows(client, 'app_user', ['id', 'username', 'password_hash', 'display_name', 'role', 'department_id', 'team_id', 'enterprise_id', 'created_at'], userRows);
  await insertRows(
    client,
    'officer',
    ['id', 'user_id', 'department_id', 'team_id', 'name', 'certificate_no', 'certificate_fields', 'certificate_valid_from', 'certificate_valid_until', 'certificate_status', 'active', 'created_at'],
    officerRows,
  );
  await insertRows(client, 'api_client', ['id', 'name', 'key_hash', 'key_prefix', 'scopes', 'created_at'], [[idOf(t0, TAG.apiClient, 0), '演示集成客户端（12345 热线 / 信用平台）', sha256(DEMO_API_KEY), DEMO_API_KEY.slice(0, 6), ['*'], now]]);

  // Catalog: every demo item (drafts stay unpublished and are never inspected) and the joint scenarios.
  const items: PlanItem[] = [];
  const itemRows: unknown[][] = [];
  const itemKey = new Map<string, string>();
  let itemSerial = 0;
  for (const [code, list] of Object.entries(DEMO_ITEMS)) {
    const d = departments.find((x) => x.code === code);
    if (!d) continue;
    for (const item of list) {
      const id = idOf(t0, TAG.item, itemSerial++);
      itemKey.set(`${code}/${item.code}`, id);
      const published = !item.draft;
      itemRows.push([id, d.id, item.code, item.name, item.legalBasis, item.industries, published, published ? new Date(t0 + DAY_MS) : null, new Date(t0)]);
      if (published) items.push({ id, departmentId: d.id, code: item.code, name: item.name, industries: [...item.industries] });
    }
  }
  await insertRows(client, 'inspection_item', ['id', 'department_id', 'code', 'name', 'legal_basis', 'industries', 'published', 'published_at', 'created_at'], itemRows);
  const scenarios: PlanScenario[] = [];
  DEMO_SCENARIOS.forEach((s, i) => {
    const itemIds = s.items.map((k) => itemKey.get(k)).filter((x): x is string => x !== undefined && items.some((it) => it.id === x));
    if (itemIds.length < 2) return;
    const departmentIds = [...new Set(itemIds.map((id) => items.find((it) => it.id === id)!.departmentId))];
    scenarios.push({ id: idOf(t0, TAG.scenario, i), industry: s.industry, itemIds, departmentIds });
  });
  await insertRows(
    client,
    'joint_scenario',
    ['id', 'code', 'name', 'industry', 'description', 'published', 'created_at'],
    scenarios.map((s) => {
      const d = DEMO_SCENARIOS.find((x) => x.industry === s.industry)!;
      return [s.id, d.code, d.name, d.industry, d.description, true, new Date(t0 + 2 * DAY_MS)];
    }),
  );
  await insertRows(client, 'joint_scenario_item', ['scenario_id', 'item_id'], scenarios.flatMap((s) => s.itemIds.map((i) => [s.id, i])));

  const key = keyFromSeed(seed);
  await client.query(`UPDATE signing_key SET status = 'retired', retired_at = $1 WHERE status = 'active'`, [now]);
  await insertRows(client, 'signing_key', ['kid', 'algorithm', 'public_key', 'private_key', 'status', 'created_at'], [[key.kid, 'ed25519', key.publicKey, key.privateKey, 'active', new Date(t0)]]);

  let credit: Plan['credit'] = null;
  if ((await tableExists(client, 'credit_penalty')) && (await tableExists(client, 'credit_rule_set'))) {
    const { DEFAULT_RULE_SETS } = await import('../../src/credit/rules/rule-set.js');
    const ruleSetIds: Record<string, string> = {};
    let n = 0;
    for (const [code, rules] of Object.entries(DEFAULT_RULE_SETS)) {
      const found = await client.query<{ id: string }>('SELECT id FROM credit_rule_set WHERE code = $1 ORDER BY version DESC LIMIT 1', [code]);
      if (found.rows[0]) ruleSetIds[code] = found.rows[0].id;
      else {
        const id = idOf(t0, TAG.ruleSet, n++);
        await insertRows(client, 'credit_rule_set', ['id', 'code', 'version', 'rules', 'note', 'created_at', 'created_by'], [[id, code, 1, JSON.stringify(rules), 'generated', new Date(t0), 'gen']]);
        ruleSetIds[code] = id;
      }
    }
    credit = { ruleSetIds };
  }
  const drugs: Plan['drugs'] = (await tableExists(client, 'drug_licence')) && (await tableExists(client, 'drug_licence_number')) ? { issuingDepartmentId: departments.find((d) => d.field === 'drugs')?.id ?? null } : null;
  return { seed, nowMs, enterprises: opts.enterprises, departments, items, scenarios, officers: usable, supervisorUserId, key, credit, drugs };
}

