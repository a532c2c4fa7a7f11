import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { testApp, type TestApp } from '../support/app.js';
import { seedRevisitWork } from '../support/revisit-work.js';
import { revisits } from '../../src/revisits/schema.js';
import { auditLog } from '../../src/platform/audit/schema.js';

let t: TestApp;
let work: Awaited<ReturnType<typeof seedRevisitWork>>;
beforeAll(async () => {
  t = await testApp({ enterpriseCount: 40 });
  work = await seedRevisitWork(t, { perTeam: 6, at: new Date('2026-08-03T01:00:00Z') });
});
afterAll(async () => t?.close());

type Assignment = { subjectType: string; subjectId: string; enterpriseUscc: string; workTeamId: string; assignedTeamId: string };

describe('POST /api/revisits/draws (G2, contract)', () => {
  it('a dry run draws without saving (200, no id); a saved draw is 201 with an id; the same period and seed give the same assignments', async () => {
    const cookie = await t.login('supervisor');
    const dry = await t.app.inject({ method: 'POST', url: '/api/revisits/draws', headers: { cookie }, payload: { period: '2026H2', seed: '淮南-2026H2', dryRun: true } });
    expect(dry.statusCode).toBe(200);
    expect(dry.json().id).toBeUndefined();
    expect(await t.database.db.select().from(revisits)).toHaveLength(0);

    const saved = await t.app.inject({ method: 'POST', url: '/api/revisits/draws', headers: { cookie }, payload: { period: '2026H2', seed: '淮南-2026H2' } });
    expect(saved.statusCode).toBe(201);
    const body = saved.json();
    expect(body.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(body.seed).toBe('淮南-2026H2');
    expect(body.assignments).toEqual(dry.json().assignments);
    const assignments: Assignment[] = body.assignments;
    // 6 inspections a team at 0.2 → 2 a team, and the complaint's team has one more subject in its pool.
    expect(assignments.length).toBeGreaterThanOrEqual(work.teams.length * 2);
    for (const a of assignments) {
      expect(Object.keys(a).sort()).toEqual(['assignedTeamId', 'enterpriseUscc', 'subjectId', 'subjectType', 'workTeamId']);
      expect(a.assignedTeamId).not.toBe(a.workTeamId);
      if (a.subjectType === 'inspection') expect(a.workTeamId).toBe(work.teamOf.get(a.subjectId));
    }
    const loads = Object.values(body.loads as Record<string, number>);
    expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);

    const again = await t.app.inject({ method: 'POST', url: '/api/revisits/draws', headers: { cookie }, payload: { period: '2026H2', seed: '淮南-2026H2' } });
    expect(again.statusCode).toBe(201);
    expect(again.json().assignments).toEqual(assignments);
    // One revisit a subject and period, however many draws named it.
    expect(await t.database.db.select().from(revisits)).toHaveLength(assignments.length);

    const other = await t.app.inject({ method: 'POST', url: '/api/revisits/draws', headers: { cookie }, payload: { period: '2026H2', seed: 'another seed', dryRun: true } });
    expect(other.json().assignments).not.toEqual(assignments);

    // Without a seed, one is made and returned; re-drawing with it reproduces the draw.
    const unseeded = (await t.app.inject({ method: 'POST', url: '/api/revisits/draws', headers: { cookie }, payload: { period: '2026H2', dryRun: true, ratio: 0.5 } })).json();
    expect(unseeded.seed).toMatch(/^2026H2-/);
    const redo = (await t.app.inject({ method: 'POST', url: '/api/revisits/draws', headers: { cookie }, payload: { period: '2026H2', dryRun: true, ratio: 0.5, seed: unseeded.seed } })).json();
    expect(redo.assignments).toEqual(unseeded.assignments);

    // GET the saved draw: seed, inputs, assignments.
    const got = await t.app.inject({ url: `/api/revisits/draws/${body.id}`, headers: { cookie } });
    expect(got.statusCode).toBe(200);
    const draw = got.json();
    expect(draw.seed).toBe('淮南-2026H2');
    expect(draw.assignments).toEqual(assignments);
    expect(draw.inputs.subjects.length).toBeGreaterThanOrEqual(work.inspections.length + 1);
    expect(draw.inputs.subjects.some((s: Assignment) => s.subjectType === 'complaint' && s.subjectId === work.ticketId && s.workTeamId === work.firstTeam)).toBe(true);
    expect(draw.inputs.ratios.every((r: { ratio: number; reasons: unknown[] }) => r.ratio === 0.2 && r.reasons.length === 1)).toBe(true);
    const audits = await t.database.db.select().from(auditLog).where(eq(auditLog.action, 'revisit.draw'));
    expect(audits).toHaveLength(2);
  });

  it('refuses bad input with a clear 4xx and changes nothing; only the supervisor draws', async () => {
    const cookie = await t.login('supervisor');
    const before = (await t.database.db.select().from(revisits)).length;
    const bad = await t.app.inject({ method: 'POST', url: '/api/revisits/draws', headers: { cookie }, payload: { period: '2026-H2' } });
    expect(bad.statusCode).toBe(422);
    const future = await t.app.inject({ method: 'POST', url: '/api/revisits/draws', headers: { cookie, 'accept-language': 'en-US' }, payload: { period: '2027H2' } });
    expect(future.statusCode).toBe(422);
    expect(future.json().code).toBe('revisit-period-not-started');
    expect(future.json().detail).toContain('2027H2');
    const ratio = await t.app.inject({ method: 'POST', url: '/api/revisits/draws', headers: { cookie }, payload: { period: '2026H2', ratio: 1.5 } });
    expect(ratio.statusCode).toBe(422);
    expect((await t.database.db.select().from(revisits)).length).toBe(before);
    for (const who of ['officer1', 'enterprise1']) {
      const c = await t.login(who);
      expect((await t.app.inject({ method: 'POST', url: '/api/revisits/draws', headers: { cookie: c }, payload: { period: '2026H2' } })).statusCode).toBe(403);
    }
    expect((await t.app.inject({ method: 'POST', url: '/api/revisits/draws', payload: { period: '2026H2' } })).statusCode).toBe(401);
    expect((await t.app.inject({ url: '/api/revisits/draws/0190a1b2-0000-7000-8000-000000000000', headers: { cookie } })).statusCode).toBe(404);
  });
});
