import { and, eq, isNotNull } from 'drizzle-orm';
import type { TestApp } from './app.js';
import { officers } from '../../src/organisation/schema.js';
import { inspections } from '../../src/inspections/schema.js';
import { recordVisitChanges } from '../../src/inspections/visit-changes.js';
import { hotlineTickets } from '../../src/hotline/schema.js';
import { enterprises } from '../../src/enterprises/schema.js';
import { users } from '../../src/platform/auth/schema.js';
import { newId } from '../../src/platform/db/ids.js';

/**
 * Work for revisits written straight into the inspection and hotline tables: `perTeam` inspections by each team
 * with officers (its officers visit), spread over enterprises, at `at`; and one enforcement-related 12345
 * complaint about the first enterprise after its visit. Returns the team of each inspection.
 */
export async function seedRevisitWork(t: TestApp, opts: { perTeam: number; at: Date; teams?: number }) {
  const db = t.database.db;
  const staff = await db.select().from(officers).where(and(eq(officers.active, true), isNotNull(officers.teamId))).orderBy(officers.teamId, officers.id);
  const byTeam = new Map<string, typeof staff>();
  for (const o of staff) byTeam.set(o.teamId!, [...(byTeam.get(o.teamId!) ?? []), o]);
  const teams = [...byTeam.keys()].slice(0, opts.teams ?? byTeam.size);
  const firms = await db.select().from(enterprises).orderBy(enterprises.uscc).limit(30);
  const [admin] = await db.select().from(users).where(eq(users.username, 'admin'));
  const rows: (typeof inspections.$inferInsert)[] = [];
  let k = 0;
  for (const team of teams) {
    const people = byTeam.get(team)!;
    for (let i = 0; i < opts.perTeam; i++) {
      const firm = firms[k++ % firms.length]!;
      const start = new Date(opts.at.getTime() + k * 3_600_000);
      rows.push({
        id: newId(),
        enterpriseId: firm.id,
        kind: 'triggered',
        trigger: 'complaint',
        leadDepartmentId: people[0]!.departmentId,
        departmentIds: [people[0]!.departmentId],
        itemIds: [],
        officerIds: people.map((o) => o.id).slice(0, 2),
        windowStart: start,
        windowEnd: new Date(start.getTime() + 4 * 3_600_000),
        status: 'done',
        code: `TEST-${newId()}`,
        appliedBy: admin!.id,
        approvedBy: admin!.id,
        resultDueAt: new Date(start.getTime() + 7 * 86_400_000),
        ruleSetId: 'part-a',
        ruleSetVersion: 1,
        result: { outcome: i % 3 === 0 ? 'rectification' : 'no-problem', notes: '', photoIds: [] },
        resultRecordedAt: new Date(start.getTime() + 3 * 3_600_000),
        createdAt: start,
      });
    }
  }
  await db.insert(inspections).values(rows);
  await recordVisitChanges(db, rows, 1);
  const first = rows[0]!;
  const ticketId = newId();
  const received = new Date((first.windowStart as Date).getTime() + 86_400_000);
  await db.insert(hotlineTickets).values({
    id: ticketId,
    ticketNo: `T-${ticketId}`,
    receivedAt: received,
    content: '检查人员态度生硬',
    enterpriseId: first.enterpriseId,
    matchedBy: 'uscc',
    matchStatus: 'matched',
    enforcementRelated: true,
    channel: 'api',
    createdAt: received,
    updatedAt: received,
  });
  const teamOf = new Map(rows.map((r) => [r.id!, staff.find((o) => o.id === r.officerIds[0])!.teamId!]));
  return { teams, inspections: rows, teamOf, ticketId, firstTeam: teamOf.get(first.id!)! };
}
