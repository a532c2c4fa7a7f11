import { eq } from 'drizzle-orm';
import type { Db } from '../../src/platform/db/client.js';
import { newId } from '../../src/platform/db/ids.js';
import { sessions, users } from '../../src/platform/auth/schema.js';
import { sha256, randomToken } from '../../src/platform/auth/tokens.js';
import { departments, officers } from '../../src/organisation/schema.js';

/**
 * Officer accounts of a department with valid certificates and live sessions — no password hashing, so tests
 * and benchmarks can have hundreds. Returns each officer id with a `Cookie` header value.
 */
export async function createOfficerSessions(db: Db, deptCode: string, count: number, now: Date) {
  const [d] = await db.select().from(departments).where(eq(departments.code, deptCode));
  if (!d) throw new Error(`no department ${deptCode}`);
  const out: { officerId: string; cookie: string }[] = [];
  const userRows = [];
  const officerRows = [];
  const sessionRows = [];
  for (let k = 0; k < count; k++) {
    const userId = newId();
    const officerId = newId();
    const token = randomToken();
    userRows.push({ id: userId, username: `o-${userId}`, passwordHash: 'x', displayName: `测试执法员${k}`, role: 'officer' as const, departmentId: d.id });
    officerRows.push({
      id: officerId,
      userId,
      departmentId: d.id,
      name: `测试执法员${k}`,
      certificateNo: `T${officerId.replace(/-/g, '').slice(-16)}`,
      certificateFields: [d.field],
      certificateValidFrom: '2020-01-01',
      certificateValidUntil: '2099-12-31',
    });
    sessionRows.push({ tokenHash: sha256(token), userId, createdAt: now, lastSeenAt: now });
    out.push({ officerId, cookie: `qq_session=${token}` });
  }
  await db.insert(users).values(userRows);
  await db.insert(officers).values(officerRows);
  await db.insert(sessions).values(sessionRows);
  return out;
}
