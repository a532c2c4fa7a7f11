import { and, eq, isNotNull } from 'drizzle-orm';
import type { TestApp } from './app.js';
import { departments, officers } from '../../src/organisation/schema.js';
import { inspectionItems } from '../../src/catalog/schema.js';
import { enterprises } from '../../src/enterprises/schema.js';
import { users } from '../../src/platform/auth/schema.js';
import { newId } from '../../src/platform/db/ids.js';
import { createOfficerSessions } from './officers.js';

export async function departmentByCode(t: TestApp, code: string) {
  const [d] = await t.database.db.select().from(departments).where(eq(departments.code, code));
  return d!;
}

/** A published (or not) inspection item of a department, created directly for a test. */
export async function makeItem(t: TestApp, deptCode: string, opts: { published?: boolean; name?: string } = {}) {
  const d = await departmentByCode(t, deptCode);
  const id = newId();
  await t.database.db.insert(inspectionItems).values({
    id,
    departmentId: d.id,
    code: `T-${id.slice(-8)}`,
    name: opts.name ?? `测试检查事项 ${id.slice(-4)}`,
    legalBasis: '《中华人民共和国行政处罚法》第四十二条',
    published: opts.published ?? true,
    publishedAt: opts.published === false ? null : t.clock.now,
  });
  return id;
}

/** The officer ids of the demo accounts (officer1 … officer4). */
export async function officerIdOf(t: TestApp, username: string) {
  const [row] = await t.database.db
    .select({ id: officers.id })
    .from(officers)
    .innerJoin(users, eq(users.id, officers.userId))
    .where(and(eq(users.username, username), isNotNull(officers.userId)));
  return row!.id;
}

export async function enterpriseOf(t: TestApp, username: string) {
  const [row] = await t.database.db.select({ e: enterprises }).from(enterprises).innerJoin(users, eq(users.enterpriseId, enterprises.id)).where(eq(users.username, username));
  return row!.e;
}

export async function anyEnterprise(t: TestApp, index: number) {
  const rows = await t.database.db.select().from(enterprises).orderBy(enterprises.uscc).limit(index + 1).offset(index);
  return rows[0]!;
}

/** Officer accounts with live sessions (see `officers.ts`), as cookies for `app.inject`. */
export async function makeOfficers(t: TestApp, deptCode: string, count: number) {
  return createOfficerSessions(t.database.db, deptCode, count, t.clock.now);
}

/**
 * The demo's two inspecting departments as part A tests use them: 市场监管 (officer1, officer2) and 生态环境
 * (officer3, officer4), signed in as officer1 and officer3, with a published item of each.
 */
export async function twoDepartmentTeams(t: TestApp) {
  return {
    market: await t.login('officer1'),
    ecology: await t.login('officer3'),
    marketItem: await makeItem(t, 'WH-SCJG'),
    ecologyItem: await makeItem(t, 'WH-STHJ'),
    o1: await officerIdOf(t, 'officer1'),
    o2: await officerIdOf(t, 'officer2'),
    o3: await officerIdOf(t, 'officer3'),
    o4: await officerIdOf(t, 'officer4'),
  };
}

/** Applies for an inspection code as the officer behind `cookie` (`POST /api/inspections`); the answer as it is. */
export function applyForCode(t: TestApp, cookie: string, payload: Record<string, unknown>) {
  return t.app.inject({ method: 'POST', url: '/api/inspections', headers: { cookie }, payload });
}
